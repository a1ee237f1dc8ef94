import type { ActorRef } from '../model/actor.js';
import { CareerPlanError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { policyOf } from '../model/policy.js';
import { processOf } from '../model/process.js';
import type { Revision } from '../model/revision.js';
import { roleOf } from './authorize.js';
import { planAt } from './plan-at.js';
import { restoreHistory } from './restore.js';
import { revisions } from './revisions.js';
import { isLoaded, markLoaded } from './loaded.js';
import { historyOf } from './node.js';

const touchesPrivate = (revision: Revision): boolean => revision.ops.some((op) => op.kind === 'privateNote');

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
  const kept = revisions(plan)
    .filter((revision) => !touchesPrivate(revision))
    .map((revision, index) => {
      if (revision.seq === index + 1) return revision;
      const renumbered = Object.freeze({ ...revision, seq: index + 1 });
      // A copy of a revision read from a document is still one: past states built from it are checked.
      if (isLoaded(revision)) markLoaded([renumbered]);
      return renumbered;
    });
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
  ) as P;
}
