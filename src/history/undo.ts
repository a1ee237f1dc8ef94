import { CareerPlanError } from '../model/errors.js';
import { invertOperations } from '../model/operation.js';
import type { Plan, PlanData } from '../model/plan.js';
import type { Revision } from '../model/revision.js';
import { authorize } from './authorize.js';
import { checkEditOptions, refuseView, resolveActor, type EditOptions } from './edit-options.js';
import { historyOf } from './node.js';
import { OperationMismatch, applyOperations, type Applied } from './operations.js';
import { commit, type RevisionInfo } from './record.js';

/**
 * Whether {@link undo} would change anything: some revision is still in effect.
 *
 * @example
 * ```ts
 * import { canUndo, createPlan } from 'career-plan';
 *
 * canUndo(createPlan({ owner: { id: 'alex' } })); // false
 * ```
 * @category History
 */
export function canUndo(plan: Plan): boolean {
  return historyOf(plan).undo !== null;
}

/**
 * Whether {@link redo} would change anything: an undo has not been followed by an ordinary edit.
 *
 * @example
 * ```ts
 * import { canRedo, createPlan } from 'career-plan';
 *
 * canRedo(createPlan({ owner: { id: 'alex' } })); // false
 * ```
 * @category History
 */
export function canRedo(plan: Plan): boolean {
  return historyOf(plan).redo !== null;
}

/**
 * Reverts the latest revision still in effect by appending a new revision (action `undo`,
 * whose `target` names the one reverted). History is append-only: nothing is removed, and the
 * undone change can be brought back with {@link redo} until the next ordinary edit. Stage moves
 * are undone like any edit. With nothing to undo, returns the same plan. The actor must be
 * allowed to make the change being undone (see `Policy`).
 *
 * @param plan - the plan
 * @param options - `by`, `reason` and `env`, as for every edit
 * @example
 * ```ts
 * import { addGoal, createPlan, undo } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * const back = undo(plan);
 * console.log(back.goals.length); // 0
 * ```
 * @category History
 */
export function undo<P extends Plan>(plan: P, options: EditOptions = {}): P {
  return step(plan, 'undo', options);
}

/**
 * Re-applies the change most recently undone, as a new revision (action `redo`). An ordinary
 * edit after an undo ends the redo chain, as in any editor. With nothing to redo, returns the
 * same plan.
 *
 * @param plan - the plan
 * @param options - `by`, `reason` and `env`, as for every edit
 * @example
 * ```ts
 * import { addGoal, createPlan, redo, undo } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * const again = redo(undo(plan));
 * console.log(again.goals.length); // 1
 * ```
 * @category History
 */
export function redo<P extends Plan>(plan: P, options: EditOptions = {}): P {
  return step(plan, 'redo', options);
}

/**
 * Undo or redo: takes the revision on top of that stack and applies the inverse of its
 * operations (undo) or its operations (redo) as a new revision whose `target` names it. The
 * revision on top is the latest change in effect, so each step must fit the plan exactly.
 */
function step<P extends Plan>(plan: P, direction: 'undo' | 'redo', options: EditOptions): P {
  const node = historyOf(plan);
  checkEditOptions(options);
  const top = node[direction]?.revision;
  if (top === undefined) return plan;
  refuseView(plan);
  const action = top.target?.action ?? top.action;
  const actor = resolveActor(plan, options.by);
  authorize(plan, actor, action);
  const ops = direction === 'undo' ? invertOperations(top.ops) : top.ops;
  let next: Applied;
  try {
    next = applyOperations(plan as PlanData, ops, true);
  } catch (error) {
    if (!(error instanceof OperationMismatch)) throw error;
    throw new CareerPlanError('corrupt-history', `The change to ${direction} does not fit the plan: ${error.message}`, {
      revision: top.id,
    });
  }
  return commit(
    plan,
    next,
    { info: { action: direction, target: { id: top.id, action }, ...subjectOf(top) }, ops },
    actor,
    options,
    direction,
  );
}

/** The subject (and, for stage moves, the stage left) that an undo or redo carries over. */
function subjectOf(revision: Revision): Pick<RevisionInfo, 'subject' | 'from'> {
  return {
    ...(revision.subject === undefined ? {} : { subject: revision.subject }),
    ...(revision.from === undefined ? {} : { from: revision.from }),
  };
}
