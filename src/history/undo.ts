import type { Patch as ImmerPatch } from 'immer';
import type { Plan, PlanData } from '../model/plan.js';
import type { Revision } from '../model/revision.js';
import { authorize } from './authorize.js';
import { commit, refuseView, resolveActor, type EditOptions, type RevisionInfo } from './record.js';
import { historyOf, immer } from './store.js';

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
  const top = historyOf(plan).undo?.revision;
  if (top === undefined) return plan;
  refuseView(plan);
  authorize(plan, resolveActor(plan, options.by), top.target?.action ?? top.action);
  const next = immer.applyPatches(plan as PlanData, top.inversePatches as ImmerPatch[]);
  return commit(
    plan,
    next,
    top.inversePatches as ImmerPatch[],
    top.patches as ImmerPatch[],
    { action: 'undo', target: { id: top.id, action: top.target?.action ?? top.action }, ...subjectOf(top) },
    options,
    'undo',
  );
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
  const top = historyOf(plan).redo?.revision;
  if (top === undefined) return plan;
  refuseView(plan);
  authorize(plan, resolveActor(plan, options.by), top.target?.action ?? top.action);
  const next = immer.applyPatches(plan as PlanData, top.patches as ImmerPatch[]);
  return commit(
    plan,
    next,
    top.patches as ImmerPatch[],
    top.inversePatches as ImmerPatch[],
    { action: 'redo', target: { id: top.id, action: top.target?.action ?? top.action }, ...subjectOf(top) },
    options,
    'redo',
  );
}

/** The subject (and, for stage moves, the stage left) that an undo or redo carries over. */
function subjectOf(revision: Revision): Pick<RevisionInfo, 'subject' | 'from'> {
  return {
    ...(revision.subject === undefined ? {} : { subject: revision.subject }),
    ...(revision.from === undefined ? {} : { from: revision.from }),
  };
}
