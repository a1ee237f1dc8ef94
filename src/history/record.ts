import type { Action } from '../model/action.js';
import type { ActorRef } from '../model/actor.js';
import { CareerPlanError } from '../model/errors.js';
import type { Edit } from '../model/edit.js';
import { envOf } from '../model/env.js';
import type { Operation } from '../model/operation.js';
import type { Plan, PlanData } from '../model/plan.js';
import type { Revision, RevisionSubject } from '../model/revision.js';
import type { EditOptions } from './edit-options.js';
import { freezeNew } from './freeze.js';
import { addRevisionId, handOverIds } from './ids.js';
import { attach, hiddenPart, historyOf, nextNode } from './node.js';
import { OperationMismatch, applyOperations, freezeFresh, type Applied } from './operations.js';

/** What a change says about the revision it records, besides its operations. */
export interface RevisionInfo {
  readonly action: Action;
  readonly subject?: RevisionSubject;
  readonly from?: RevisionSubject;
  readonly target?: { readonly id: string; readonly action: Action };
  /** The revision's time, when the change already read the clock (so both agree). */
  readonly at?: string;
  /** For an accepted suggestion: the advisor credited, and the suggestion's id. */
  readonly credit?: ActorRef;
  readonly suggestion?: string;
  /** The edit that made the change, with every id and default it resolved. */
  readonly edit?: Edit;
  /** Why, when the edit itself carries the reason (a declined suggestion); otherwise `options.reason`. */
  readonly reason?: string;
}

/** A change ready to record: what the revision says, and the operations that make it. */
export interface Change {
  readonly info: RevisionInfo;
  readonly ops: readonly Operation[];
}

/**
 * A revision of these fields (those undefined left out), in the order revisions keep them. The
 * common shape (an edit with its subject) is one literal, which the engine keeps with every field
 * in the object itself (24 bytes less a revision than fields added one by one). Not frozen.
 */
export function makeRevision(fields: { readonly [K in keyof Revision]-?: Revision[K] | undefined }): Revision {
  const { id, seq, at, by, action, ops, reason, subject, from, target, credit, suggestion, edit } = fields;
  return (
    subject && edit && reason === undefined && from === undefined && target === undefined && !credit && !suggestion
      ? { id, seq, at, by, action, ops, subject, edit }
      : Object.fromEntries(
          Object.entries({
            id,
            seq,
            at,
            by,
            action,
            ops,
            reason,
            subject,
            from,
            target,
            credit,
            suggestion,
            edit,
          }).filter(([, value]) => value !== undefined),
        )
  ) as Revision;
}

/**
 * Appends a revision to the history of `plan` and returns the plan its operations made
 * (`applied`: new, unfrozen containers sharing unchanged parts with `plan`) finished: its hidden
 * part attached (the history node, the plan's process, policy and view marker, and the id index
 * handed over), new parts frozen.
 */
export function commit<P extends Plan>(
  plan: P,
  applied: Applied,
  change: Change,
  by: ActorRef,
  options: EditOptions,
): P {
  const node = historyOf(plan);
  const env = envOf(options.env);
  const { info, ops } = change;
  const id = env.newId();
  const seq = node.seq + 1;
  const at = info.at ?? env.now();
  const { action, subject, edit, from, target, credit, suggestion } = info;
  const reason = info.reason ?? options.reason;
  // The common shape as a literal here, not through `makeRevision`: V8 tracks what an allocation
  // site makes, and sharing that site with loading's long-lived revisions made edits 15% slower.
  const revision =
    subject && edit && reason === undefined && from === undefined && target === undefined && !credit && !suggestion
      ? ({ id, seq, at, by, action, ops, subject, edit } as Revision)
      : makeRevision({
          ...{ id, seq, at, by, action, ops, reason, subject, from, target, credit, suggestion },
          edit: edit as Revision['edit'],
        });
  const revisionIds = addRevisionId(plan, revision.id);
  const added = nextNode(node, revision);
  const next = applied.state;
  attach(next, added, hiddenPart(plan), handOverIds(plan, ops), revisionIds);
  freezeFresh(applied.fresh);
  freezeNew(revision);
  if (added.boundary !== undefined) added.checkpoint = next as Plan;
  return next as P;
}

/**
 * Records a change made by an edit: applies its operations to `plan` (by id) and appends one
 * revision by `by`, who has been authorized already. A change
 * with no operations records nothing and returns the same plan.
 */
export function record<P extends Plan>(plan: P, change: Change, by: ActorRef, options: EditOptions): P {
  if (change.ops.length === 0) return plan;
  let applied: Applied;
  try {
    applied = applyOperations(plan as PlanData, change.ops, false);
  } catch (error) {
    // An edit's operations are made from the plan itself: the one way they can fail is a full list.
    if (error instanceof OperationMismatch)
      throw new CareerPlanError('too-large', `The edit cannot be made: ${error.message}`);
    throw error;
  }
  return commit(plan, applied, change, by, options);
}
