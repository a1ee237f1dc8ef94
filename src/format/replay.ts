import type { ActorRef } from '../model/actor.js';
import type { Edit } from '../model/edit.js';
import { CareerPlanError } from '../model/errors.js';
import { REGISTRY, listAt, type KindDescriptor } from '../model/kinds.js';
import type { Operation } from '../model/operation.js';
import type { PlanData } from '../model/plan.js';
import { defaultPolicy, type Policy } from '../model/policy.js';
import type { Process } from '../model/process.js';
import type { Revision } from '../model/revision.js';
import { checkRevisionAuthor } from '../history/authorize.js';
import { EntityIndex } from '../history/check-entities.js';
import { actionOf, checkClaims, checkLabels } from '../history/claims.js';
import { freezeNew } from '../history/freeze.js';
import { CHECKPOINT_INTERVAL } from '../history/node.js';
import {
  OperationMismatch,
  applyOperations,
  completeStep,
  freezeFresh,
  type Positions,
  type StoredStep,
} from '../history/operations.js';
import { makeRevision } from '../history/record.js';
import { checkOperations } from './check-operations.js';
import { stepOfEdit, type StoredRevision } from './stored.js';

/** What replaying stored revisions gives. */
export interface Replayed {
  /** The revisions, whole: with their sequence numbers, actions, authors' names and undo data. */
  readonly revisions: readonly Revision[];
  /** The plan after the last one (frozen). */
  readonly state: PlanData;
  /** The plan after each revision whose sequence number is a multiple of CHECKPOINT_INTERVAL. */
  readonly checkpoints: ReadonlyMap<number, PlanData>;
}

const corrupt = (message: string, details: Record<string, unknown>): CareerPlanError =>
  new CareerPlanError('corrupt-history', message, details);

/** Whether a stored step leaves out its undo data. */
export const incomplete = (step: StoredStep): boolean =>
  (step.op === 'set' && step.old === undefined) || (step.op === 'remove' && step.value === undefined);

/** The author as the plan before the revision names them: their name from the plan where the revision leaves it out. */
function author(by: ActorRef, before: PlanData, names: WeakMap<object, ActorRef>): ActorRef {
  if (by.name !== undefined) return by;
  // The owner is recorded as the plan holds them, as an edit records them.
  if (by.id === before.owner.id) return before.owner.name === undefined ? by : before.owner;
  const who = before.advisors.find((advisor) => advisor.id === by.id);
  if (who?.name === undefined) return by;
  // One author object per participant as named, shared by their revisions.
  let named = names.get(who);
  if (named === undefined) names.set(who, (named = Object.freeze({ id: who.id, name: who.name })));
  return named;
}

/** Notes in `known` which entity holds each child of `kind` in `state`, by the child's id. */
function noteParents(state: PlanData, kind: KindDescriptor, known: Map<string, string>): void {
  const owner = REGISTRY.kindOf(kind.parent) as KindDescriptor;
  for (const holder of listAt(state, owner.path) ?? [])
    for (const child of listAt(holder, kind.path) ?? [])
      known.set((child as { readonly id: string }).id, (holder as { readonly id: string }).id);
}

/**
 * The one step an update edit stands for on `state`, whole: `set` of its changes on the entity
 * it names (with its parent, for a child kind, found where it was last seen or by a search).
 */
function stepOfUpdate(
  state: PlanData,
  edit: Edit | undefined,
  positions: Positions,
  parents: Map<string, string>,
): Operation {
  const step = stepOfEdit(edit);
  if (step === undefined) throw new OperationMismatch('it has no steps, and its edit does not say them');
  const { id, set } = step;
  const kind = REGISTRY.kindOf(step.kind) as KindDescriptor;
  const name = kind.name as 'goal';
  if (kind.parent === undefined) return completeStep(state, { op: 'set', kind: name, id, set }, positions);
  // Ids are unique in a plan, so where a child was last seen is where it is, unless it has left
  // (its parent removed, its id used again elsewhere): then the plan is searched once more.
  const known = parents.get(id);
  if (known !== undefined) {
    try {
      return completeStep(state, { op: 'set', kind: name, parent: known, id, set }, positions);
    } catch (error) {
      if (!(error instanceof OperationMismatch)) throw error;
    }
  }
  noteParents(state, kind, parents);
  const parent = parents.get(id);
  if (parent === undefined || parent === known) throw new OperationMismatch(`the plan has no ${kind.noun} "${id}"`);
  return completeStep(state, { op: 'set', kind: name, parent, id, set }, positions);
}

/**
 * Replays stored revisions forward from `start`, the plan just before the first of them (whose
 * sequence number is `first`), checking each as it is applied, and returns them whole with the
 * plan they lead to. What a revision leaves out is derived from the plan just before it and
 * from its place: its sequence number, its action (its edit says it), its author's name, the
 * undo data of its steps, and the step of an update edit; what it carries of these is checked
 * against the same. Each revision is then held to the rules it claims: its author was a
 * participant allowed that change by the policy, its claims and labels are true, each step fits
 * the plan exactly, each value fits its schema, and the plan it leaves has unique ids,
 * resolving references and known stages. The states share what their steps do not change; the
 * states at the checkpoints are kept on the way.
 */
export function replay(
  start: PlanData,
  first: number,
  stored: readonly StoredRevision[],
  process: Process,
  policy: Policy = defaultPolicy,
  formerAuthors: readonly string[] = [],
): Replayed {
  const index = new EntityIndex(start, new Set(process.stages.map((stage) => stage.id)));
  const positions: Positions = new Map();
  const parents = new Map<string, string>();
  const names = new WeakMap<object, ActorRef>();
  const checkpoints = new Map<number, PlanData>();
  const revisions = new Array<Revision>(stored.length);
  const custom = policy !== defaultPolicy;
  // Within an interval, a container copied once is changed in place by later steps (`made`). What
  // was copied is frozen where a state is kept (a checkpoint), before an app's policy reads a
  // state, before a stage move (whose stage left is checked against the plan before it), and
  // before a revision of several steps to complete (each against the plan its earlier steps left).
  let state = start;
  let made = new Set<object>();
  const flush = (): void => {
    freezeFresh(made);
    made = new Set();
  };
  for (let i = 0; i < stored.length; i++) {
    const given = stored[i] as StoredRevision;
    const seq = first + i;
    // The stored schema's steps are the steps `completeStep` takes (checked here by the compiler).
    const steps: readonly StoredStep[] | undefined = given.ops;
    const several = steps !== undefined && steps.length > 1 && steps.some(incomplete);
    if ((custom && given.by.id !== state.owner.id) || given.from !== undefined || several) flush();
    const before = state;
    let revision: Revision;
    let after: PlanData | undefined;
    try {
      let ops: readonly Operation[];
      if (steps === undefined) ops = [stepOfUpdate(state, given.edit as Edit | undefined, positions, parents)];
      else if (several) {
        // Each step completed against the plan the steps before it leave, and applied.
        const done: Operation[] = [];
        after = state;
        for (const step of steps) {
          const op = completeStep(after, step, positions);
          after = applyOperations(after, [op], true, REGISTRY, positions, made).state;
          done.push(op);
        }
        ops = done;
      } else {
        // Whole steps, or one to complete.
        ops = steps as readonly Operation[];
        const [step] = steps;
        if (step !== undefined && steps.length === 1 && incomplete(step)) ops = [completeStep(state, step, positions)];
      }
      const edit = given.edit as Edit | undefined;
      const action =
        given.action ??
        (edit === undefined
          ? undefined
          : edit.kind === 'acceptSuggestion' && ops.length === 1
            ? 'suggestion.accept'
            : actionOf(edit, state));
      if (action === undefined) throw new OperationMismatch('it names no action, and its edit says none here');
      const by = author(given.by, state, names);
      revision =
        given.seq !== undefined && given.action !== undefined && ops === given.ops && by === given.by
          ? (given as Revision)
          : makeRevision({
              id: given.id,
              // A sequence number given is kept: the history checks them all (`extendNodes`).
              seq: given.seq ?? seq,
              at: given.at,
              by,
              action,
              ops,
              reason: given.reason,
              subject: given.subject,
              from: given.from,
              target: given.target,
              credit: given.credit,
              suggestion: given.suggestion,
              edit: given.edit,
            });
      if (revision !== given) {
        // What is new: the revision, and its steps where they were completed (the rest was frozen with the document).
        Object.freeze(revision);
        if (ops !== given.ops) for (const op of ops) freezeNew(op);
        Object.freeze(ops);
      }
      checkOperations(revision);
      checkRevisionAuthor(revision, before, policy, formerAuthors);
      checkClaims(revision, before);
      state = after ?? applyOperations(state, ops, true, REGISTRY, positions, made).state;
      index.apply(ops);
      index.check(`After revision ${seq}`, seq);
      checkLabels(revision, state, process, positions)?.(before);
    } catch (error) {
      if (!(error instanceof OperationMismatch)) throw error;
      throw corrupt(`Revision ${seq} does not fit the plan: ${error.message}`, { seq });
    }
    revisions[i] = revision;
    if (seq % CHECKPOINT_INTERVAL === 0) {
      flush();
      checkpoints.set(seq, state);
    }
  }
  flush();
  return { revisions, state, checkpoints };
}
