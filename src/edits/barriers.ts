import { barrierInputSchema, barrierSchema, type Barrier, type BarrierInput } from '../model/barrier.js';
import type { Plan } from '../model/plan.js';
import type { EditOptions } from '../history/edit-options.js';
import type { Changes } from '../model/content-edit.js';
import { addEditor, removeEditor, updateEditor, type Collection } from './collection.js';
import { run } from './run.js';

const barriers: Collection<Barrier> = {
  kind: 'barrier',
  schema: barrierSchema,
  input: barrierInputSchema,
};

/** The editors of the barriers edits. */
export const barriersEditors = {
  addBarrier: /* @__PURE__ */ addEditor(barriers, 'addBarrier'),
  updateBarrier: /* @__PURE__ */ updateEditor(barriers, 'updateBarrier'),
  removeBarrier: /* @__PURE__ */ removeEditor(barriers, 'removeBarrier'),
};

/**
 * Adds a barrier, how it will be overcome, and the goals it stands in the way of.
 *
 * @param plan - the plan
 * @param input - the barrier; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`, `invalid-reference` (an unknown goal)
 * @example
 * ```ts
 * import { addBarrier, addGoal, createPlan } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = addBarrier(plan, { description: 'Caring for my son in the evenings',
 *   overcome: 'My sister babysits on class nights', goalIds: ['g1'] });
 * ```
 * @category Edits
 */
export function addBarrier<P extends Plan>(plan: P, input: BarrierInput, options: EditOptions = {}): P {
  return run(plan, barriersEditors.addBarrier, { kind: 'addBarrier', input }, options);
}

/**
 * Changes a barrier: how it will be overcome, its status, the goals it blocks.
 *
 * @param plan - the plan
 * @param id - the barrier's id
 * @param changes - the fields to change; `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`, `invalid-reference`
 * @example
 * ```ts
 * import { addBarrier, createPlan, updateBarrier } from 'career-plan';
 *
 * let plan = addBarrier(createPlan({ owner: { id: 'alex' } }), { id: 'b1', description: 'No car' });
 * plan = updateBarrier(plan, 'b1', { status: 'overcome', overcome: 'Bought a bus pass' });
 * ```
 * @category Edits
 */
export function updateBarrier<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Barrier>,
  options: EditOptions = {},
): P {
  return run(plan, barriersEditors.updateBarrier, { kind: 'updateBarrier', id, changes }, options);
}

/**
 * Removes a barrier.
 *
 * @param plan - the plan
 * @param id - the barrier's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addBarrier, createPlan, removeBarrier } from 'career-plan';
 *
 * let plan = addBarrier(createPlan({ owner: { id: 'alex' } }), { id: 'b1', description: 'No car' });
 * plan = removeBarrier(plan, 'b1');
 * ```
 * @category Edits
 */
export function removeBarrier<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, barriersEditors.removeBarrier, { kind: 'removeBarrier', id }, options);
}
