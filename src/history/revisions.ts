import type { Plan } from '../model/plan.js';
import type { Revision } from '../model/revision.js';
import { historyOf, notLoaded, type HistoryNode } from './node.js';

const listed = new WeakMap<HistoryNode, readonly Revision[]>();

/**
 * Every revision of a plan, oldest first: each with its id, sequence number, time, actor,
 * action, reason, edit and operations. The list is frozen and computed once per plan. For a
 * plan loaded from a snapshot, whose earlier revisions are not loaded, it fails with
 * `history-not-loaded`: list the revisions after a point with `revisionsSince`, or load the
 * earlier ones with `loadEarlier`.
 *
 * @example
 * ```ts
 * import { addGoal, createPlan, revisions } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' },
 *   { reason: 'First step' });
 * console.log(revisions(plan).map((r) => `${r.seq} ${r.action} ${r.reason}`)); // ['1 goal.add First step']
 * ```
 * @category History
 */
export function revisions(plan: Plan): readonly Revision[] {
  const head = historyOf(plan);
  const cached = listed.get(head);
  if (cached !== undefined) return cached;
  const list = new Array<Revision>(head.seq);
  let node: HistoryNode = head;
  for (; node.revision !== null; node = node.prev as HistoryNode) list[node.seq - 1] = node.revision;
  if (node.seq > 0) throw notLoaded(node, 'listing every revision');
  const frozen = Object.freeze(list);
  listed.set(head, frozen);
  return frozen;
}

/**
 * The number of revisions in a plan's history, without listing them.
 *
 * @example
 * ```ts
 * import { createPlan, revisionCount } from 'career-plan';
 *
 * revisionCount(createPlan({ owner: { id: 'alex' } })); // 0
 * ```
 * @category History
 */
export function revisionCount(plan: Plan): number {
  return historyOf(plan).seq;
}
