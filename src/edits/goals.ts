import type { Draft } from 'immer';
import { goalInputSchema, goalSchema, type Goal, type GoalInput } from '../model/goal.js';
import type { PlanData, Plan } from '../model/plan.js';
import type { EditOptions } from '../history/record.js';
import type { Changes } from './changes.js';
import { addEntity, dropId, moveEntity, removeEntity, updateEntity, type Collection } from './collection.js';
import { ensureRefs } from './shared.js';
import { CareerPlanError } from '../model/errors.js';

/** Removes every link to a goal from the rest of the plan, on a draft. */
function unlinkGoal(draft: Draft<PlanData>, id: string): void {
  for (const goal of draft.goals) dropId(goal as { [key: string]: unknown }, 'supports', id);
  for (const barrier of draft.barriers) dropId(barrier as { [key: string]: unknown }, 'goalIds', id);
  for (const milestone of draft.milestones) dropId(milestone as { [key: string]: unknown }, 'goalIds', id);
}

const goals: Collection<Goal> = {
  kind: 'goal',
  noun: 'goal',
  schema: goalSchema,
  input: goalInputSchema,
  list: (plan) => plan.goals,
  draftList: (draft) => draft.goals,
  label: (goal) => goal.title,
  fixed: ['strategies'],
  build: (input, env) => ({
    ...input,
    strategies: ((input.strategies ?? []) as readonly Record<string, unknown>[]).map((strategy) => ({ ...strategy, id: strategy.id ?? env.newId() })),
  }),
  nestedIds: (goal) => goal.strategies.map((strategy) => strategy.id),
  checkRefs: (plan: Plan, goal: Goal) => {
    if (goal.supports?.includes(goal.id)) {
      throw new CareerPlanError('invalid-reference', 'A goal cannot support itself', { field: 'supports', id: goal.id });
    }
    ensureRefs(plan.goals, goal.supports, 'supports', 'goal');
    ensureRefs(plan.resources, goal.resourceIds, 'resourceIds', 'resource');
  },
  unlink: unlinkGoal,
};

/**
 * Adds a goal, with its first strategies if given. Status defaults to `open` and priority to
 * `medium`.
 *
 * @param plan - the plan
 * @param input - the goal; its id and its strategies' ids may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`, `invalid-reference` (`supports` or
 *   `resourceIds` naming what the plan lacks)
 * @example
 * ```ts
 * import { addGoal, createPlan } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), {
 *   title: 'Finish the CompTIA A+ certificate',
 *   kind: 'education',
 *   horizon: 'short',
 *   targetDate: '2026-09-30',
 *   successMeasure: 'Both exams passed',
 *   strategies: [{ title: 'Enroll in the evening course', byWho: 'me', dueDate: '2026-02-15' }],
 * });
 * ```
 */
export function addGoal<P extends Plan>(plan: P, input: GoalInput, options: EditOptions = {}): P {
  return addEntity(goals, plan, input, options);
}

/**
 * Changes a goal's fields (its strategies have edits of their own).
 *
 * @param plan - the plan
 * @param id - the goal's id
 * @param changes - the fields to change; `undefined` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`, `invalid-reference`
 * @example
 * ```ts
 * import { addGoal, createPlan, updateGoal } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short' });
 * plan = updateGoal(plan, 'g1', { targetDate: '2026-12-15', priority: 'high' }, { reason: 'Exam dates moved' });
 * ```
 */
export function updateGoal<P extends Plan>(plan: P, id: string, changes: Changes<Omit<Goal, 'strategies'>>, options: EditOptions = {}): P {
  return updateEntity(goals, plan, id, changes, options);
}

/**
 * Removes a goal with its strategies, and every link to it (from barriers, milestones and
 * goals it supported).
 *
 * @param plan - the plan
 * @param id - the goal's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addGoal, createPlan, removeGoal } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short' });
 * plan = removeGoal(plan, 'g1', { reason: 'No longer relevant' });
 * ```
 */
export function removeGoal<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return removeEntity(goals, plan, id, options);
}

/**
 * Moves a goal to another position in the plan's order of goals.
 *
 * @param plan - the plan
 * @param id - the goal's id
 * @param toIndex - its new position, from 0
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input` (a position outside the list)
 * @example
 * ```ts
 * import { addGoal, createPlan, moveGoal } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short' });
 * plan = addGoal(plan, { id: 'g2', title: 'Work in IT support', kind: 'occupational', horizon: 'long' });
 * plan = moveGoal(plan, 'g2', 0);
 * console.log(plan.goals.map((g) => g.id)); // ['g2', 'g1']
 * ```
 */
export function moveGoal<P extends Plan>(plan: P, id: string, toIndex: number, options: EditOptions = {}): P {
  return moveEntity(goals, plan, id, toIndex, options);
}
