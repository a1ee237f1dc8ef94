import type { EditOf } from '../model/edit.js';
import type { Changes } from '../model/content-edit.js';
import type { Goal } from '../model/goal.js';
import type { JsonValue } from '../model/json.js';
import type { Plan } from '../model/plan.js';
import { strategyInputSchema, strategySchema, type Strategy, type StrategyInput } from '../model/strategy.js';
import { parseOrThrow } from '../model/validate.js';
import type { EditOptions } from '../history/edit-options.js';
import type { Change, RevisionInfo } from '../history/record.js';
import { run, type Editor } from './run.js';
import {
  applyChanges,
  changedKeys,
  dropUndefined,
  ensureIndex,
  ensureNewIds,
  indexById,
  notFound,
  recordedChanges,
  setStep,
} from './shared.js';

/** Where a strategy is: its goal's index and its own, found on the plan. */
function locate(plan: Plan, id: unknown): { goal: number; strategy: number; found: Strategy; parent: Goal } {
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

/** The change that writes a changed strategy back, or `null` when nothing changed. */
function replaceStrategy(
  at: ReturnType<typeof locate>,
  next: Strategy,
  info: Omit<RevisionInfo, 'subject'>,
  recorded?: Readonly<Record<string, JsonValue>>,
): Change | null {
  const keys = changedKeys(at.found, next);
  if (keys.length === 0) return null;
  const { set, old } = setStep(at.found, next, keys, recorded);
  // One literal with every field (not a spread), so that the step keeps its fields in the object itself.
  return {
    info: { ...info, subject: subject(next) },
    ops: [{ op: 'set', kind: 'strategy', parent: at.parent.id, id: at.found.id, set, old }],
  };
}

/** The editors of the strategy edits. */
export const strategyEditors: {
  readonly addStrategy: Editor<EditOf<'addStrategy'>>;
  readonly updateStrategy: Editor<EditOf<'updateStrategy'>>;
  readonly completeStrategy: Editor<EditOf<'completeStrategy'>>;
  readonly reopenStrategy: Editor<EditOf<'reopenStrategy'>>;
  readonly removeStrategy: Editor<EditOf<'removeStrategy'>>;
  readonly moveStrategy: Editor<EditOf<'moveStrategy'>>;
} = {
  addStrategy: {
    action: 'strategy.add',
    prepare: (plan, { goalId, input }, { env }) => {
      const goalIndex = indexById(plan.goals, goalId);
      if (goalIndex < 0) notFound('goal', goalId);
      const goal = plan.goals[goalIndex] as Goal;
      const parsed = parseOrThrow(strategyInputSchema, dropUndefined(input), 'strategy input');
      const strategy = parseOrThrow(strategySchema, { ...parsed, id: parsed.id ?? env.newId() }, 'strategy');
      ensureNewIds(plan, [strategy.id]);
      return {
        info: {
          action: 'strategy.add',
          subject: subject(strategy),
          edit: { kind: 'addStrategy', goalId: goal.id, input: { ...parsed, id: strategy.id } },
        },
        ops: [
          {
            op: 'add',
            kind: 'strategy',
            parent: goal.id,
            index: goal.strategies.length,
            value: strategy as unknown as Record<string, JsonValue>,
          },
        ],
      };
    },
  },
  updateStrategy: {
    action: 'strategy.update',
    prepare: (plan, { id, changes }, { env }) => {
      const at = locate(plan, id);
      let next = applyChanges(strategySchema, at.found, changes, [], 'strategy', strategyInputSchema);
      let now: string | undefined;
      if (next.status === 'done' && next.completedAt === undefined) {
        now = env.now();
        next = { ...next, completedAt: now };
      } else if (next.status !== 'done' && next.completedAt !== undefined) {
        const { completedAt: _dropped, ...rest } = next;
        next = rest;
      }
      const recorded = recordedChanges(changes, next);
      const edit = { kind: 'updateStrategy', id: at.found.id, changes: recorded } as EditOf<'updateStrategy'>;
      return replaceStrategy(
        at,
        next,
        { action: 'strategy.update', edit, ...(now === undefined ? {} : { at: now }) },
        recorded,
      );
    },
  },
  completeStrategy: {
    action: 'strategy.complete',
    prepare: (plan, { id }, { env }) => {
      const at = locate(plan, id);
      if (at.found.status === 'done') return null;
      const now = env.now();
      return replaceStrategy(
        at,
        { ...at.found, status: 'done', completedAt: now },
        { action: 'strategy.complete', at: now, edit: { kind: 'completeStrategy', id: at.found.id } },
      );
    },
  },
  reopenStrategy: {
    action: 'strategy.reopen',
    prepare: (plan, { id }) => {
      const at = locate(plan, id);
      if (at.found.status !== 'done' && at.found.status !== 'skipped') return null;
      const { completedAt: _dropped, ...rest } = at.found;
      return replaceStrategy(
        at,
        { ...rest, status: 'todo' },
        { action: 'strategy.reopen', edit: { kind: 'reopenStrategy', id: at.found.id } },
      );
    },
  },
  removeStrategy: {
    action: 'strategy.remove',
    prepare: (plan, { id }) => {
      const at = locate(plan, id);
      return {
        info: {
          action: 'strategy.remove',
          subject: subject(at.found),
          edit: { kind: 'removeStrategy', id: at.found.id },
        },
        ops: [
          {
            op: 'remove',
            kind: 'strategy',
            parent: at.parent.id,
            index: at.strategy,
            value: at.found as unknown as Record<string, JsonValue>,
          },
        ],
      };
    },
  },
  moveStrategy: {
    action: 'strategy.move',
    prepare: (plan, { id, toIndex }) => {
      const at = locate(plan, id);
      const target = ensureIndex(toIndex, at.parent.strategies.length, 'strategy');
      if (target === at.strategy) return null;
      return {
        info: {
          action: 'strategy.move',
          subject: subject(at.found),
          edit: { kind: 'moveStrategy', id: at.found.id, toIndex: target },
        },
        ops: [{ op: 'move', kind: 'strategy', parent: at.parent.id, id: at.found.id, from: at.strategy, to: target }],
      };
    },
  },
};

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
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = addStrategy(plan, 'g1', { title: 'Enroll in the evening course', byWho: 'me', dueDate: '2026-02-15' });
 * ```
 * @category Edits
 */
export function addStrategy<P extends Plan>(
  plan: P,
  goalId: string,
  input: StrategyInput,
  options: EditOptions = {},
): P {
  return run(plan, strategyEditors.addStrategy, { kind: 'addStrategy', goalId, input }, options);
}

/**
 * Changes a strategy's fields. Setting `status` to `done` also records `completedAt` (from the
 * environment) unless the changes give it; any other status removes it.
 *
 * @param plan - the plan
 * @param id - the strategy's id
 * @param changes - the fields to change; `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`
 * @example
 * ```ts
 * import { addGoal, createPlan, updateStrategy } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short',
 *   strategies: [{ id: 's1', title: 'Enroll in the evening course' }] });
 * plan = updateStrategy(plan, 's1', { status: 'in-progress', dueDate: '2026-03-01' });
 * ```
 * @category Edits
 */
export function updateStrategy<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Strategy>,
  options: EditOptions = {},
): P {
  return run(plan, strategyEditors.updateStrategy, { kind: 'updateStrategy', id, changes }, options);
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
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short',
 *   strategies: [{ id: 's1', title: 'Enroll in the evening course' }] });
 * plan = completeStrategy(plan, 's1');
 * console.log(plan.goals[0]?.strategies[0]?.status); // 'done'
 * ```
 * @category Edits
 */
export function completeStrategy<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, strategyEditors.completeStrategy, { kind: 'completeStrategy', id }, options);
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
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short',
 *   strategies: [{ id: 's1', title: 'Pass exam 1' }] });
 * plan = reopenStrategy(completeStrategy(plan, 's1'), 's1', { reason: 'Failed the exam; retaking it' });
 * ```
 * @category Edits
 */
export function reopenStrategy<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, strategyEditors.reopenStrategy, { kind: 'reopenStrategy', id }, options);
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
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short',
 *   strategies: [{ id: 's1', title: 'Buy the study guide' }] });
 * plan = removeStrategy(plan, 's1');
 * ```
 * @category Edits
 */
export function removeStrategy<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, strategyEditors.removeStrategy, { kind: 'removeStrategy', id }, options);
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
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short',
 *   strategies: [{ id: 's1', title: 'Study' }, { id: 's2', title: 'Book the exam' }] });
 * plan = moveStrategy(plan, 's2', 0);
 * ```
 * @category Edits
 */
export function moveStrategy<P extends Plan>(plan: P, id: string, toIndex: number, options: EditOptions = {}): P {
  return run(plan, strategyEditors.moveStrategy, { kind: 'moveStrategy', id, toIndex }, options);
}
