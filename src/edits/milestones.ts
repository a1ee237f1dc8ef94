import { milestoneInputSchema, milestoneSchema, type Milestone, type MilestoneInput } from '../model/milestone.js';
import type { Plan } from '../model/plan.js';
import type { EditOptions } from '../history/edit-options.js';
import type { Changes } from '../model/content-edit.js';
import { addEditor, removeEditor, updateEditor, type Collection } from './collection.js';
import { run } from './run.js';

const milestones: Collection<Milestone> = {
  kind: 'milestone',
  schema: milestoneSchema,
  input: milestoneInputSchema,
};

/** The editors of the milestones edits. */
export const milestonesEditors = {
  addMilestone: /* @__PURE__ */ addEditor(milestones, 'addMilestone'),
  updateMilestone: /* @__PURE__ */ updateEditor(milestones, 'updateMilestone'),
  removeMilestone: /* @__PURE__ */ removeEditor(milestones, 'removeMilestone'),
};

/**
 * Adds a milestone to the plan's timeline.
 *
 * @param plan - the plan
 * @param input - the milestone; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`, `invalid-reference` (an unknown goal)
 * @example
 * ```ts
 * import { addMilestone, createPlan } from 'career-plan';
 *
 * const plan = addMilestone(createPlan({ owner: { id: 'alex' } }), { title: 'A+ certificate earned',
 *   date: '2026-09-30' });
 * ```
 * @category Edits
 */
export function addMilestone<P extends Plan>(plan: P, input: MilestoneInput, options: EditOptions = {}): P {
  return run(plan, milestonesEditors.addMilestone, { kind: 'addMilestone', input }, options);
}

/**
 * Changes a milestone, for example to record the day it was reached.
 *
 * @param plan - the plan
 * @param id - the milestone's id
 * @param changes - the fields to change; `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`, `invalid-reference`
 * @example
 * ```ts
 * import { addMilestone, createPlan, updateMilestone } from 'career-plan';
 *
 * let plan = addMilestone(createPlan({ owner: { id: 'alex' } }), { id: 'm1', title: 'Certificate earned',
 *   date: '2026-09-30' });
 * plan = updateMilestone(plan, 'm1', { reachedOn: '2026-09-12' });
 * ```
 * @category Edits
 */
export function updateMilestone<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Milestone>,
  options: EditOptions = {},
): P {
  return run(plan, milestonesEditors.updateMilestone, { kind: 'updateMilestone', id, changes }, options);
}

/**
 * Removes a milestone.
 *
 * @param plan - the plan
 * @param id - the milestone's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addMilestone, createPlan, removeMilestone } from 'career-plan';
 *
 * let plan = addMilestone(createPlan({ owner: { id: 'alex' } }), { id: 'm1', title: 'Certificate earned',
 *   date: '2026-09-30' });
 * plan = removeMilestone(plan, 'm1');
 * ```
 * @category Edits
 */
export function removeMilestone<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, milestonesEditors.removeMilestone, { kind: 'removeMilestone', id }, options);
}
