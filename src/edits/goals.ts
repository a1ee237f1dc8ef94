import { CareerPlanError } from '../model/errors.js';
import { goalInputSchema, goalSchema, type Goal, type GoalInput } from '../model/goal.js';
import type { Changes } from '../model/content-edit.js';
import type { Plan } from '../model/plan.js';
import type { EditOptions } from '../history/edit-options.js';
import { addEditor, moveEditor, removeEditor, updateEditor, type Collection } from './collection.js';
import { run } from './run.js';

const goals: Collection<Goal> = {
  kind: 'goal',
  schema: goalSchema,
  input: goalInputSchema,
  fixed: ['strategies'],
  build: (input, { env }) => ({
    ...input,
    strategies: ((input.strategies ?? []) as readonly Record<string, unknown>[]).map((strategy) => ({
      ...strategy,
      id: strategy.id ?? env.newId(),
    })),
  }),
  resolve: (input, goal) => ({
    ...input,
    id: goal.id,
    ...(input.strategies === undefined ? {} : { strategies: goal.strategies }),
  }),
  nestedIds: (goal) => goal.strategies.map((strategy) => strategy.id),
  checkRefs: (_plan: Plan, goal: Goal) => {
    if (goal.supports?.includes(goal.id)) {
      throw new CareerPlanError('invalid-reference', 'A goal cannot support itself', {
        field: 'supports',
        id: goal.id,
      });
    }
  },
};

/** The editors of the goal edits. */
export const goalEditors = {
  addGoal: /* @__PURE__ */ addEditor(goals, 'addGoal'),
  updateGoal: /* @__PURE__ */ updateEditor(goals, 'updateGoal'),
  removeGoal: /* @__PURE__ */ removeEditor(goals, 'removeGoal'),
  moveGoal: /* @__PURE__ */ moveEditor(goals, 'moveGoal'),
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
 * @category Edits
 */
export function addGoal<P extends Plan>(plan: P, input: GoalInput, options: EditOptions = {}): P {
  return run(plan, goalEditors.addGoal, { kind: 'addGoal', input }, options);
}

/**
 * Changes a goal's fields (its strategies have edits of their own).
 *
 * @param plan - the plan
 * @param id - the goal's id
 * @param changes - the fields to change; `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`, `invalid-reference`
 * @example
 * ```ts
 * import { addGoal, createPlan, updateGoal } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = updateGoal(plan, 'g1', { targetDate: '2026-12-15', priority: 'high' }, { reason: 'Exam dates moved' });
 * ```
 * @category Edits
 */
export function updateGoal<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Omit<Goal, 'strategies'>>,
  options: EditOptions = {},
): P {
  return run(plan, goalEditors.updateGoal, { kind: 'updateGoal', id, changes }, options);
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
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = removeGoal(plan, 'g1', { reason: 'No longer relevant' });
 * ```
 * @category Edits
 */
export function removeGoal<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, goalEditors.removeGoal, { kind: 'removeGoal', id }, options);
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
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = addGoal(plan, { id: 'g2', title: 'Work in IT support', kind: 'occupational', horizon: 'long' });
 * plan = moveGoal(plan, 'g2', 0);
 * console.log(plan.goals.map((g) => g.id)); // ['g2', 'g1']
 * ```
 * @category Edits
 */
export function moveGoal<P extends Plan>(plan: P, id: string, toIndex: number, options: EditOptions = {}): P {
  return run(plan, goalEditors.moveGoal, { kind: 'moveGoal', id, toIndex }, options);
}
