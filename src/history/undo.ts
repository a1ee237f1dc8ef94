import { CareerPlanError } from '../model/errors.js';
import { invertOperations } from '../model/operation.js';
import type { Plan, PlanData } from '../model/plan.js';
import type { Revision } from '../model/revision.js';
import type { ActorRef } from '../model/actor.js';
import { authorize, roleOf } from './authorize.js';
import { checkEntities } from './check-entities.js';
import { checkEditOptions, refuseView, resolveActor, type EditOptions } from './edit-options.js';
import { historyOf, notLoaded, revisionById, rootOf, type HistoryNode } from './node.js';
import { OperationMismatch, applyOperations, type Applied } from './operations.js';
import { commit, type RevisionInfo } from './record.js';

/**
 * What {@link canUndo} and {@link canRedo} accept: whose change to look for.
 *
 * @example
 * ```ts
 * import type { UndoQuery } from 'career-plan';
 *
 * const query: UndoQuery = { by: 'sam' };
 * ```
 * @category History
 */
export interface UndoQuery {
  /** The person whose own changes count (default: the plan's owner). */
  readonly by?: string | ActorRef;
}

/**
 * Whether {@link undo} has something to revert for that person (by default the owner): a change
 * of theirs is still in effect. The undo may still fail with `conflict` when someone has changed
 * it since.
 *
 * @throws CareerPlanError `history-not-loaded` for a plan loaded from a snapshot when their
 *   latest change is before it
 *
 * @example
 * ```ts
 * import { canUndo, createPlan } from 'career-plan';
 *
 * canUndo(createPlan({ owner: { id: 'alex' } })); // false
 * ```
 * @category History
 */
export function canUndo(plan: Plan, query: UndoQuery = {}): boolean {
  const node = historyOf(plan);
  checkEditOptions(query);
  return findStep(node, resolveActor(plan, query.by).id, 'undo') !== null;
}

/**
 * Whether {@link redo} has something to re-apply for that person (by default the owner): they
 * undid a change and have made no ordinary edit since. The redo may still fail with `conflict`.
 *
 * @throws CareerPlanError `history-not-loaded`, as {@link canUndo}
 *
 * @example
 * ```ts
 * import { canRedo, createPlan } from 'career-plan';
 *
 * canRedo(createPlan({ owner: { id: 'alex' } })); // false
 * ```
 * @category History
 */
export function canRedo(plan: Plan, query: UndoQuery = {}): boolean {
  const node = historyOf(plan);
  checkEditOptions(query);
  return findStep(node, resolveActor(plan, query.by).id, 'redo') !== null;
}

/**
 * Reverts the latest change still in effect that the person undoing made (`options.by`, by
 * default the owner), even when others have changed the plan since, by appending a new revision
 * (action `undo`, whose `target` names the one reverted). Changes are found by what they name
 * (ids), not by positions, so other people's changes in between stay. History is
 * append-only: nothing is removed, and the undone change can be brought back with {@link redo}
 * until that person's next ordinary edit. Stage moves are undone like any edit.
 *
 * With nothing of theirs to undo, returns the same plan. The actor must be a participant allowed
 * to make the change being undone (see `Policy`), or `forbidden`, even with nothing to undo. When
 * someone has since changed what the change changed (a field set again, an entity added and then
 * edited), the undo fails with `conflict` and nothing changes: it would otherwise throw their work
 * away.
 *
 * @param plan - the plan
 * @param options - `by`, `reason` and `env`, as for every edit
 * @throws CareerPlanError `forbidden`, `conflict`, `history-not-loaded` (a plan loaded from a
 *   snapshot whose person's latest change is before it)
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
 * Re-applies the change the person (`options.by`, by default the owner) most recently undid, as
 * a new revision (action `redo`). That person's next ordinary edit after an undo ends their redo
 * chain, as in any editor; other people's edits do not. With nothing to redo, returns the same
 * plan. Fails with `conflict`, changing nothing, when someone has since changed what the change
 * would change.
 *
 * @param plan - the plan
 * @param options - `by`, `reason` and `env`, as for every edit
 * @throws CareerPlanError `forbidden`, `conflict`, `history-not-loaded`
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
 * The revision that `person`'s next undo reverts, or their next redo re-applies, walking back
 * from `node`: their latest change still in effect (an ordinary change or a redo that no later
 * undo of theirs reverted), or the change their latest undo reverted, unless they redid it or
 * made an ordinary edit since. Other people's revisions are passed over. Walking reaches back as
 * far as the person's changes go; a history loaded from a snapshot fails with
 * `history-not-loaded` when it would need to reach before it.
 */
export function findStep(node: HistoryNode, person: string, direction: 'undo' | 'redo'): Revision | null {
  const skipped = new Set<string>();
  for (let at: HistoryNode = node; ; at = at.prev as HistoryNode) {
    const revision = at.revision;
    if (revision === null) {
      if (at.seq > 0)
        throw notLoaded(at, direction === 'undo' ? 'finding the change to undo' : 'finding the change to redo');
      return null;
    }
    if (revision.by.id !== person) continue;
    const target = revision.target?.id;
    if (direction === 'undo') {
      if (revision.action === 'undo') skipped.add(target as string);
      else if (!skipped.has(revision.id)) return revision;
    } else if (revision.action === 'redo') {
      skipped.add(target as string);
    } else if (revision.action === 'undo') {
      if (!skipped.has(target as string)) return findRevision(at, target as string);
    } else {
      return null;
    }
  }
}

/** The revision with this id at or before `node` (an undo's target is always before it). */
function findRevision(node: HistoryNode, id: string): Revision {
  const found = revisionById(node, id);
  if (found !== undefined) return found;
  const root = rootOf(node);
  if (root.seq > 0) throw notLoaded(root, 'finding the change to redo');
  throw new CareerPlanError('corrupt-history', `The history names a revision it does not hold ("${id}")`, { id });
}

/**
 * Undo or redo: finds the person's revision to revert or re-apply and applies the inverse of its
 * operations (undo) or its operations (redo) strictly, as a new revision whose `target` names it.
 */
function step<P extends Plan>(plan: P, direction: 'undo' | 'redo', options: EditOptions): P {
  const node = historyOf(plan);
  checkEditOptions(options);
  refuseView(plan);
  const actor = resolveActor(plan, options.by);
  if (roleOf(plan, actor.id) === undefined) authorize(plan, actor, direction);
  const top = findStep(node, actor.id, direction);
  if (top === null) return plan;
  const action = top.target?.action ?? top.action;
  authorize(plan, actor, action);
  return applyStep(plan, top, direction, actor, options);
}

/**
 * Reverts (undo) or re-applies (redo) `target` on `plan` as a new revision by `actor`, who has
 * been authorized: its operations must fit the plan exactly, or `conflict`.
 */
export function applyStep<P extends Plan>(
  plan: P,
  target: Revision,
  direction: 'undo' | 'redo',
  actor: ActorRef,
  options: EditOptions,
): P {
  const action = target.target?.action ?? target.action;
  const ops = direction === 'undo' ? invertOperations(target.ops) : target.ops;
  let next: Applied;
  try {
    next = applyOperations(plan as PlanData, ops, 'values');
  } catch (error) {
    if (!(error instanceof OperationMismatch)) throw error;
    throw conflict(target, direction, error.message);
  }
  if (historyOf(plan).revision !== target) {
    // Others changed the plan since: what this step removes may be named by their changes.
    try {
      checkEntities(next.state as PlanData);
    } catch (error) {
      if (!(error instanceof CareerPlanError)) throw error;
      throw conflict(target, direction, error.message);
    }
  }
  return commit(
    plan,
    next,
    { info: { action: direction, target: { id: target.id, action }, ...subjectOf(target) }, ops: next.ops },
    actor,
    options,
  );
}

const conflict = (target: Revision, direction: 'undo' | 'redo', why: string): CareerPlanError =>
  new CareerPlanError(
    'conflict',
    `The change cannot be ${direction === 'undo' ? 'undone' : 'redone'}: it has been changed since (${why})`,
    { revision: target.id },
  );

/** The subject (and, for stage moves, the stage left) that an undo or redo carries over. */
function subjectOf(revision: Revision): Pick<RevisionInfo, 'subject' | 'from'> {
  return {
    ...(revision.subject === undefined ? {} : { subject: revision.subject }),
    ...(revision.from === undefined ? {} : { from: revision.from }),
  };
}
