import type { ActorRef } from '../model/actor.js';
import { CareerPlanError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { policyOf } from '../model/policy.js';
import { processOf } from '../model/process.js';
import type { Revision } from '../model/revision.js';
import { roleOf } from './authorize.js';
import { planAt } from './plan-at.js';
import { restoreHistory } from './restore.js';
import { formerAuthorsOf, historyOf, type HistoryNode } from './node.js';

/** Whether a revision is about the owner's private notes (advisors' views leave it out). */
export const touchesPrivate = (revision: Revision): boolean => revision.ops.some((op) => op.kind === 'privateNote');

/**
 * The plan as an actor may see it. The owner sees everything (the same plan comes back); an
 * advisor sees the plan without the owner's private notes, and a history without any revision
 * that touched them (the rest renumbered), on which `revisions`, `planAt` and the views work as
 * usual. A view cannot be edited (`invalid-plan`), because saving it would lose what it leaves
 * out: apply edits to the full plan and show the advisor a new view.
 *
 * @param plan - the full plan
 * @param actor - who will see it: an actor id or reference
 * @throws CareerPlanError `forbidden` for an actor who is not a participant
 * @example
 * ```ts
 * import { addAdvisor, addPrivateNote, createPlan, viewFor } from 'career-plan';
 *
 * let plan = addAdvisor(createPlan({ owner: { id: 'alex' } }), { id: 'dana', role: 'counselor' });
 * plan = addPrivateNote(plan, { text: 'Not sure I can afford the exam fee' });
 * const danaSees = viewFor(plan, 'dana');
 * console.log(danaSees.privateNotes.length); // 0
 * ```
 * @category Participants
 */
export function viewFor<P extends Plan>(plan: P, actor: string | ActorRef): P {
  historyOf(plan);
  const id = typeof actor === 'string' ? actor : actor?.id;
  if (typeof id !== 'string')
    throw new CareerPlanError('invalid-input', 'viewFor needs an actor id or reference', { actor });
  if (id === plan.owner.id) return plan;
  if (roleOf(plan, id) === undefined)
    throw new CareerPlanError('forbidden', `"${id}" is not a participant of this plan and may not see it`, {
      actor: id,
    });
  // The revisions the actor may see, renumbered, each still marked as read from a document if it
  // was (a view marks nothing on the full plan's history: that plan stays as it was).
  const kept: Revision[] = [];
  const loaded: boolean[] = [];
  const nodes: HistoryNode[] = [];
  for (let node: HistoryNode | null = historyOf(plan); node !== null && node.revision !== null; node = node.prev)
    nodes.push(node);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const { revision, loaded: fromDocument } = nodes[i] as HistoryNode & { revision: Revision };
    if (touchesPrivate(revision)) continue;
    const seq = kept.length + 1;
    kept.push(revision.seq === seq ? revision : Object.freeze({ ...revision, seq }));
    loaded.push(fromDocument === true);
  }
  const process = processOf(plan);
  if (process === undefined) throw new CareerPlanError('invalid-plan', 'This plan carries no process', {});
  const base = planAt(plan, 0);
  return restoreHistory(
    { ...base, privateNotes: [] } as Plan,
    kept,
    { ...plan, privateNotes: [] } as Plan,
    process,
    policyOf(plan),
    id,
    loaded,
    { seq: 0, id: null, formerAuthors: formerAuthorsOf(historyOf(plan)) },
  ) as P;
}
