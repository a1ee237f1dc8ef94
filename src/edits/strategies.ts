import { castDraft } from 'immer';
import { defaultEnv } from '../model/env.js';
import type { Goal } from '../model/goal.js';
import type { Plan } from '../model/plan.js';
import { strategyInputSchema, strategySchema, type Strategy, type StrategyInput } from '../model/strategy.js';
import { parseOrThrow } from '../model/validate.js';
import { permit, record, unchanged, type EditOptions } from '../history/record.js';
import type { Changes } from './changes.js';
import { applyChanges, changedKeys, dropUndefined, ensureIndex, ensureNewIds, indexById, notFound, writeKeys } from './shared.js';

/** Where a strategy is: its goal's index and its own, found on the base plan. */
function locate(plan: Plan, id: string): { goal: number; strategy: number; found: Strategy; parent: Goal } {
  if (typeof id === 'string') {
    for (let g = 0; g < plan.goals.length; g++) {
      const parent = plan.goals[g] as Goal;
      const s = indexById(parent.strategies, id);
      if (s >= 0) return { goal: g, strategy: s, found: parent.strategies[s] as Strategy, parent };
    }
  }
  return notFound('strategy', id);
}

const subject = (strategy: Strategy) => ({ kind: 'strategy', id: strategy.id, label: strategy.title });

/** Writes a changed strategy back as one revision. */
function replaceStrategy<P extends Plan>(plan: P, at: ReturnType<typeof locate>, next: Strategy, action: string, options: EditOptions, now?: string): P {
  const keys = changedKeys(at.found, next);
  if (keys.length === 0) return unchanged(plan, action, options);
  return record(plan, { action, subject: subject(next), ...(now === undefined ? {} : { at: now }) }, options, (draft) => {
    writeKeys(draft.goals[at.goal]?.strategies[at.strategy] as object, next, keys);
  });
}

/**
 * Adds a strategy (an action step) to a goal: what, by whom, due when, with what resources
 * and how success is measured. Status defaults to `todo`.
 *
 * @param plan - the plan
 * @param goalId - the goal it serves
 * @param input - the strategy; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found` (no such goal), `invalid-input`, `duplicate-id`
 * @example
 * ```ts
 * import { addGoal, addStrategy, createPlan } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short' });
 * plan = addStrategy(plan, 'g1', { title: 'Enroll in the evening course', byWho: 'me', dueDate: '2026-02-15' });
 * ```
 */
export function addStrategy<P extends Plan>(plan: P, goalId: string, input: StrategyInput, options: EditOptions = {}): P {
  permit(plan, 'strategy.add', options);
  const goalIndex = indexById(plan.goals, goalId);
  if (goalIndex < 0) notFound('goal', goalId);
  const env = options.env ?? defaultEnv;
  const parsed = parseOrThrow(strategyInputSchema, dropUndefined(input), 'strategy input');
  const strategy = parseOrThrow(strategySchema, { ...parsed, id: parsed.id ?? env.newId() }, 'strategy');
  ensureNewIds(plan, [strategy.id]);
  return record(plan, { action: 'strategy.add', subject: subject(strategy) }, options, (draft) => {
    draft.goals[goalIndex]?.strategies.push(castDraft(strategy));
  });
}

/**
 * Changes a strategy's fields. Setting `status` to `done` also records `completedAt` (from the
 * environment) unless the changes give it; any other status removes it.
 *
 * @param plan - the plan
 * @param id - the strategy's id
 * @param changes - the fields to change; `undefined` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`
 * @example
 * ```ts
 * import { addGoal, createPlan, updateStrategy } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short',
 *   strategies: [{ id: 's1', title: 'Enroll in the evening course' }] });
 * plan = updateStrategy(plan, 's1', { status: 'in-progress', dueDate: '2026-03-01' });
 * ```
 */
export function updateStrategy<P extends Plan>(plan: P, id: string, changes: Changes<Strategy>, options: EditOptions = {}): P {
  permit(plan, 'strategy.update', options);
  const at = locate(plan, id);
  let next = applyChanges(strategySchema, at.found, changes, [], 'strategy');
  let now: string | undefined;
  if (next.status === 'done' && next.completedAt === undefined) {
    now = (options.env ?? defaultEnv).now();
    next = { ...next, completedAt: now };
  } else if (next.status !== 'done' && next.completedAt !== undefined) {
    const { completedAt: _dropped, ...rest } = next;
    next = rest;
  }
  return replaceStrategy(plan, at, next, 'strategy.update', options, now);
}

/**
 * Marks a strategy done, with `completedAt` from the environment. A strategy already done is
 * left as it is (the same plan comes back).
 *
 * @param plan - the plan
 * @param id - the strategy's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addGoal, completeStrategy, createPlan } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short',
 *   strategies: [{ id: 's1', title: 'Enroll in the evening course' }] });
 * plan = completeStrategy(plan, 's1');
 * console.log(plan.goals[0]?.strategies[0]?.status); // 'done'
 * ```
 */
export function completeStrategy<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  permit(plan, 'strategy.complete', options);
  const at = locate(plan, id);
  if (at.found.status === 'done') return unchanged(plan, 'strategy.complete', options);
  const now = (options.env ?? defaultEnv).now();
  return replaceStrategy(plan, at, { ...at.found, status: 'done', completedAt: now }, 'strategy.complete', options, now);
}

/**
 * Reopens a strategy that was done or skipped: its status goes back to `todo` and
 * `completedAt` is removed. An open strategy is left as it is.
 *
 * @param plan - the plan
 * @param id - the strategy's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addGoal, completeStrategy, createPlan, reopenStrategy } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short',
 *   strategies: [{ id: 's1', title: 'Pass exam 1' }] });
 * plan = reopenStrategy(completeStrategy(plan, 's1'), 's1', { reason: 'Failed the exam; retaking it' });
 * ```
 */
export function reopenStrategy<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  permit(plan, 'strategy.reopen', options);
  const at = locate(plan, id);
  if (at.found.status !== 'done' && at.found.status !== 'skipped') return unchanged(plan, 'strategy.reopen', options);
  const { completedAt: _dropped, ...rest } = at.found;
  return replaceStrategy(plan, at, { ...rest, status: 'todo' }, 'strategy.reopen', options);
}

/**
 * Removes a strategy from its goal.
 *
 * @param plan - the plan
 * @param id - the strategy's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addGoal, createPlan, removeStrategy } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short',
 *   strategies: [{ id: 's1', title: 'Buy the study guide' }] });
 * plan = removeStrategy(plan, 's1');
 * ```
 */
export function removeStrategy<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  permit(plan, 'strategy.remove', options);
  const at = locate(plan, id);
  return record(plan, { action: 'strategy.remove', subject: subject(at.found) }, options, (draft) => {
    draft.goals[at.goal]?.strategies.splice(at.strategy, 1);
  });
}

/**
 * Moves a strategy to another position within its goal.
 *
 * @param plan - the plan
 * @param id - the strategy's id
 * @param toIndex - its new position among its goal's strategies, from 0
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input` (a position outside the list)
 * @example
 * ```ts
 * import { addGoal, createPlan, moveStrategy } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short',
 *   strategies: [{ id: 's1', title: 'Study' }, { id: 's2', title: 'Book the exam' }] });
 * plan = moveStrategy(plan, 's2', 0);
 * ```
 */
export function moveStrategy<P extends Plan>(plan: P, id: string, toIndex: number, options: EditOptions = {}): P {
  permit(plan, 'strategy.move', options);
  const at = locate(plan, id);
  const target = ensureIndex(toIndex, at.parent.strategies.length, 'strategy');
  if (target === at.strategy) return unchanged(plan, 'strategy.move', options);
  return record(plan, { action: 'strategy.move', subject: subject(at.found) }, options, (draft) => {
    const list = draft.goals[at.goal]?.strategies;
    if (list === undefined) return;
    const [moved] = list.splice(at.strategy, 1);
    if (moved !== undefined) list.splice(target, 0, moved);
  });
}
