import type { Patch as ImmerPatch } from 'immer';
import type { Plan, PlanData } from '../model/plan.js';
import type { Revision } from '../model/revision.js';
import { authorize } from './authorize.js';
import { checkEditOptions, commit, refuseView, resolveActor, type EditOptions, type RevisionInfo } from './record.js';
import { historyOf, immer, isLoaded, verifyState } from './store.js';

/**
 * Whether {@link undo} would change anything: some revision is still in effect.
 *
 * @example
 * ```ts
 * import { canUndo, createPlan } from 'career-plan';
 *
 * canUndo(createPlan({ owner: { id: 'alex' } })); // false
 * ```
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
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education', horizon: 'short' });
 * const back = undo(plan);
 * console.log(back.goals.length); // 0
 * ```
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
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education', horizon: 'short' });
 * const again = redo(undo(plan));
 * console.log(again.goals.length); // 1
 * ```
 */
export function redo<P extends Plan>(plan: P, options: EditOptions = {}): P {
  return step(plan, 'redo', options);
}

/**
 * Undo or redo: takes the revision on top of that stack and applies its inverse patches (undo)
 * or its patches (redo) as a new revision whose `target` names it.
 */
function step<P extends Plan>(plan: P, direction: 'undo' | 'redo', options: EditOptions): P {
  const node = historyOf(plan);
  checkEditOptions(options);
  const top = node[direction]?.revision;
  if (top === undefined) return plan;
  refuseView(plan);
  const action = top.target?.action ?? top.action;
  authorize(plan, resolveActor(plan, options.by), action);
  const [forward, backward] = direction === 'undo' ? [top.inversePatches, top.patches] : [top.patches, top.inversePatches];
  const next = immer.applyPatches(plan as PlanData, forward as ImmerPatch[]);
  if (isLoaded(top)) verifyState(next, historyOf(plan).seq + 1);
  return commit(plan, next, forward as ImmerPatch[], backward as ImmerPatch[], { action: direction, target: { id: top.id, action }, ...subjectOf(top) }, options, direction);
}

/** The subject (and, for stage moves, the stage left) that an undo or redo carries over. */
function subjectOf(revision: Revision): Pick<RevisionInfo, 'subject' | 'from'> {
  return {
    ...(revision.subject === undefined ? {} : { subject: revision.subject }),
    ...(revision.from === undefined ? {} : { from: revision.from }),
  };
}
