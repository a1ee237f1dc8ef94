import { CareerPlanError } from '../model/errors.js';
import type { RevisionPoint } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { Revision } from '../model/revision.js';
import { refuseView } from '../history/edit-options.js';
import { formerAuthorsOf, historyOf, notLoaded, rootOf, type HistoryNode } from '../history/node.js';
import { FORMAT_VERSION } from '../format/document.js';
import { SNAPSHOT_FORMAT, TAIL_FORMAT, type PlanSnapshot, type RevisionTail } from '../format/log.js';

/** The point of a history a node stands at: its sequence number and revision id. */
export function pointOf(node: HistoryNode): RevisionPoint {
  return { seq: node.seq, id: node.revision?.id ?? node.boundary?.after ?? null };
}

/**
 * The head of a plan's history: the sequence number and id of its latest revision (`{ seq: 0,
 * id: null }` for a plan with none). A store keeps it to know what it holds; a tail names the
 * head it follows.
 *
 * @example
 * ```ts
 * import { createPlan, headOf } from 'career-plan';
 *
 * console.log(headOf(createPlan({ owner: { id: 'alex' } }))); // { seq: 0, id: null }
 * ```
 * @category Documents
 */
export function headOf(plan: Plan): RevisionPoint {
  return pointOf(historyOf(plan));
}

/**
 * Where the loaded history of a plan starts: `{ seq: 0, id: null }` for a plan with its whole
 * history, or the revision a snapshot it was loaded from follows (`fromSnapshot`). Revisions
 * after it are loaded; `loadEarlier` adds the ones before.
 *
 * @example
 * ```ts
 * import { addGoal, createPlan, fromSnapshot, historyStart, toSnapshot } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * console.log(historyStart(plan).seq, historyStart(fromSnapshot(toSnapshot(plan))).seq); // 0 1
 * ```
 * @category Documents
 */
export function historyStart(plan: Plan): RevisionPoint {
  return pointOf(rootOf(historyOf(plan)));
}

/**
 * What a save writes: the revisions of `plan` after revision `seq` (the last one saved), with
 * the point they follow, as a {@link RevisionTail}. Its cost follows the number of revisions
 * returned, not the length of the history. `JSON.stringify` it, or store each revision as a row;
 * `appendRevisions` (on another copy) and `fromSnapshot` read it back.
 *
 * @param plan - the plan
 * @param seq - the sequence number of the last revision already saved (0 for none)
 * @throws CareerPlanError `not-found` for a `seq` beyond the plan's head; `history-not-loaded`
 *   for one before the snapshot a plan was loaded from; `invalid-input` for a `seq` that is not
 *   a whole number
 * @example
 * ```ts
 * import { addGoal, createPlan, revisionsSince } from 'career-plan';
 *
 * const created = createPlan({ owner: { id: 'alex' } });
 * const plan = addGoal(created, { title: 'Get certified', kind: 'education', horizon: 'short' });
 * const tail = revisionsSince(plan, 0);
 * console.log(tail.after.seq, tail.revisions.map((revision) => revision.action)); // 0 ['goal.add']
 * ```
 * @category Documents
 */
export function revisionsSince(plan: Plan, seq: number): RevisionTail {
  const head = historyOf(plan);
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 0)
    throw new CareerPlanError('invalid-input', 'revisionsSince takes a sequence number: a whole number of at least 0', {
      seq,
    });
  if (seq > head.seq)
    throw new CareerPlanError('not-found', `This plan has no revision number ${seq} (it has 0 to ${head.seq})`, {
      kind: 'revision',
      seq,
    });
  const list = new Array<Revision>(head.seq - seq);
  let node = head;
  for (; node.seq > seq; node = node.prev as HistoryNode) {
    if (node.revision === null) throw notLoaded(node, `revision ${seq}`);
    list[node.seq - seq - 1] = node.revision;
  }
  return Object.freeze({
    format: TAIL_FORMAT,
    version: FORMAT_VERSION,
    plan: plan.id,
    after: Object.freeze(pointOf(node)),
    revisions: Object.freeze(list),
  });
}

/**
 * The plan as it stands, without its history, naming the revision it follows: a
 * {@link PlanSnapshot} for a store to keep now and then, so that loading reads it and the
 * revisions after it (`fromSnapshot`) instead of the whole history. It shares the plan's frozen
 * data (nothing is copied).
 *
 * @param plan - the plan (not a view made by `viewFor`, whose revisions are numbered apart)
 * @example
 * ```ts
 * import { addGoal, createPlan, toSnapshot } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * const snapshot = toSnapshot(plan);
 * console.log(snapshot.at.seq, snapshot.plan.goals.length); // 1 1
 * ```
 * @category Documents
 */
export function toSnapshot(plan: Plan): PlanSnapshot {
  const head = historyOf(plan);
  refuseView(plan);
  const { ...data } = plan;
  const formerAuthors = formerAuthorsOf(head);
  return Object.freeze({
    format: SNAPSHOT_FORMAT,
    version: FORMAT_VERSION,
    process: plan.process,
    at: Object.freeze(pointOf(head)),
    ...(formerAuthors.length > 0 ? { formerAuthors } : {}),
    plan: data as PlanSnapshot['plan'],
  });
}
