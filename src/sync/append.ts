import { conformance } from '../model/conforms.js';
import { CareerPlanError, shown } from '../model/errors.js';
import { jsonEqual } from '../model/json.js';
import type { Plan, PlanData, StageDataMap } from '../model/plan.js';
import { policyOf } from '../model/policy.js';
import { processOf, type Process } from '../model/process.js';
import type { Revision } from '../model/revision.js';
import { parseOrThrow } from '../model/validate.js';
import { refuseView } from '../history/edit-options.js';
import { freezeNew } from '../history/freeze.js';
import { attach, formerAuthorsOf, hiddenPart, historyOf, type HistoryNode } from '../history/node.js';
import { attachCheckpoints, extendNodes, restoreHistory } from '../history/restore.js';
import type { CareerStageId } from '../process/career-process.js';
import { checkPlan, isCreated } from '../format/check-plan.js';
import { replay } from '../format/replay.js';
import { FORMAT_VERSION } from '../format/document.js';
import { migrateLog } from '../format/migrations.js';
import { checkOptions, deserialize, processFor, readObject, type DeserializeOptions } from '../format/deserialize.js';
import {
  SNAPSHOT_FORMAT,
  TAIL_FORMAT,
  planSnapshotSchema,
  revisionTailSchema,
  type PlanSnapshot,
  type RevisionTail,
} from '../format/log.js';
import { pointOf } from './points.js';

const invalid = (message: string, details: Record<string, unknown> = {}): CareerPlanError =>
  new CareerPlanError('invalid-document', message, details);

/** Reads a tail or a snapshot: JSON, its format name and version, its schema (checked in place first). */
function readLog<T>(
  input: unknown,
  options: DeserializeOptions,
  format: string,
  schema: typeof revisionTailSchema | typeof planSnapshotSchema,
  what: string,
): T {
  let raw = readObject(input, options, what);
  if (raw.format !== format)
    throw invalid(`This is not a ${what} (its "format" is not "${format}")`, { format: raw.format });
  const version = raw.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > FORMAT_VERSION) {
    throw new CareerPlanError(
      'unsupported-version',
      `The ${what} has format version ${version}; this library reads versions up to ${FORMAT_VERSION}. Upgrade ` +
        'career-plan to read it.',
      { version, supported: FORMAT_VERSION },
    );
  }
  if (typeof version === 'number' && Number.isInteger(version) && version < FORMAT_VERSION)
    raw = migrateLog(raw, schema === planSnapshotSchema ? 'snapshot' : 'tail', version, FORMAT_VERSION);
  const value = conformance(schema as never)(raw) ? raw : parseOrThrow(schema as never, raw, what, 'invalid-document');
  freezeNew(value);
  return value as T;
}

/** Catches what is not a CareerPlanError (a getter in a parsed value, or a bug) at the boundary. */
function guarded<T>(what: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof CareerPlanError) throw error;
    throw invalid(`The ${what} could not be read: ${error instanceof Error ? error.message : shown(error)}`, {
      cause: error,
    });
  }
}

/** The ids of the revisions of the history ending at `node` (so that a tail's are new to it). */
function revisionIds(node: HistoryNode): Set<string> {
  const ids = new Set<string>();
  for (let at: HistoryNode | null = node; at !== null && at.revision !== null; at = at.prev) ids.add(at.revision.id);
  return ids;
}

/**
 * Extends `plan` (whose history ends at `head`) with `revisions`, checked as loading checks a
 * history (see `replay`): each value an operation puts in fits its schema; each step fits the
 * state exactly (so each revision's undo data leads back to the state it came from); sequence
 * numbers count on, revision ids are new, each undo and redo names its author's own latest
 * change; the plan they lead to meets the process and has unique ids and resolving references.
 * Checkpoints are kept on the way. Returns the new plan; nothing is changed when a check fails.
 */
function extend(plan: Plan, head: HistoryNode, revisions: readonly Revision[], process: Process): Plan {
  if (revisions.length === 0) return plan;
  const hidden = hiddenPart(plan);
  const policy = policyOf(plan);
  const replayed = replay(plan as PlanData, head.seq + 1, revisions, process, policy, formerAuthorsOf(head));
  const last = extendNodes(head, replayed.revisions, true, revisionIds(head));
  checkPlan(replayed.state, process);
  attachCheckpoints(last, replayed.checkpoints, hidden);
  const next = { ...replayed.state };
  attach(next, last, hidden);
  Object.freeze(next);
  if (last.boundary !== undefined) last.checkpoint = next as Plan;
  return next as Plan;
}

/** Options of {@link appendRevisions}: the size limits of {@link deserialize}. */
export type AppendOptions = Pick<DeserializeOptions, 'maxLength' | 'maxRevisions'>;

/**
 * Adds a tail of revisions (read from a store, or made on another device by `revisionsSince`)
 * to `plan`, checked as `deserialize` checks a history: the schemas, each step exact, sequence
 * numbers, undo and redo targets, and the plan they lead to. The tail must follow the plan's
 * head: one that names another point (the copies have parted, or a revision is missing) fails
 * with `conflict`, whose details give the plan's `head` and the tail's `expected` head; bring
 * parted copies together with `merge`. Nothing changes when a check fails. An empty tail that
 * follows the head returns the same plan.
 *
 * @param plan - the plan to extend
 * @param tail - a {@link RevisionTail}, as a value or a JSON string
 * @param options - the size limits, as for `deserialize`
 * @throws CareerPlanError `conflict`, `corrupt-history`, `invalid-document`, `invalid-json`,
 *   `invalid-input` (a tail of another plan), `unsupported-version`, `too-large`
 * @example
 * ```ts
 * import { addGoal, appendRevisions, createPlan, deserialize, revisionsSince, serialize } from 'career-plan';
 *
 * const laptop = createPlan({ owner: { id: 'alex' } });
 * const phone = deserialize(serialize(laptop));
 * const edited = addGoal(laptop, { title: 'Get certified', kind: 'education', horizon: 'short' });
 * const synced = appendRevisions(phone, revisionsSince(edited, 0));
 * console.log(synced.goals.length); // 1
 * ```
 * @category Documents
 */
export function appendRevisions<P extends Plan>(plan: P, tail: unknown, options: AppendOptions = {}): P {
  const head = historyOf(plan);
  refuseView(plan);
  const checked = checkOptions(options, 'appendRevisions');
  return guarded('revision tail', () => {
    const read = readLog<RevisionTail>(tail, checked, TAIL_FORMAT, revisionTailSchema, 'revision tail');
    if (read.plan !== plan.id) {
      throw new CareerPlanError(
        'invalid-input',
        `These revisions belong to the plan "${read.plan}", not to "${plan.id}"`,
        { plan: read.plan, expected: plan.id },
      );
    }
    const at = pointOf(head);
    if (read.after.seq !== at.seq || read.after.id !== at.id) {
      throw new CareerPlanError(
        'conflict',
        `The revisions follow revision ${read.after.seq} (${read.after.id ?? 'the plan as created'}), but the plan's ` +
          `head is revision ${at.seq} (${at.id ?? 'the plan as created'}): the copies have parted; merge them`,
        { head: at, expected: read.after },
      );
    }
    const process = processOf(plan) as Process | undefined;
    if (process === undefined) throw new CareerPlanError('invalid-plan', 'This plan carries no process', {});
    return extend(plan, head, read.revisions, process) as P;
  });
}

/**
 * Loads a plan from a snapshot (`toSnapshot`) and the revisions after it (`revisionsSince`, or
 * the rows a store holds after the snapshot), checking only those: the snapshot's plan as
 * `deserialize` checks a plan (schemas, stages, ids, references), the tail as
 * `appendRevisions` does. Loading the latest snapshot and a short tail costs a fraction of
 * loading the whole history.
 *
 * The plan works like any other, except that the revisions before the snapshot are not loaded:
 * `revisions`, `planAt`, `undo`, `redo`, `viewFor` and `serialize` fail with
 * `history-not-loaded` when they would need them (an undo whose author's latest change is before
 * the snapshot, say). `loadEarlier` adds them. An undo or redo in the tail whose target is before
 * the snapshot is checked then.
 *
 * @param snapshot - a {@link PlanSnapshot}, as a value or a JSON string
 * @param tail - the revisions after it (default none), as a {@link RevisionTail}
 * @param options - as for `deserialize`: the process (or processes), the policy, the limits
 * @throws CareerPlanError as `deserialize` and `appendRevisions` do; `conflict` for a tail that
 *   does not follow the snapshot
 * @example
 * ```ts
 * import { addGoal, createPlan, fromSnapshot, revisionsSince, toSnapshot } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * const later = addGoal(plan, { title: 'Find a mentor', kind: 'personal', horizon: 'short' });
 * const loaded = fromSnapshot(toSnapshot(plan), revisionsSince(later, 1));
 * console.log(loaded.goals.length); // 2
 * ```
 * @category Documents
 */
export function fromSnapshot<S extends string, D extends StageDataMap>(
  snapshot: unknown,
  tail: unknown,
  options: DeserializeOptions & { readonly process: Process<S, D> },
): Plan<S, D>;
export function fromSnapshot(
  snapshot: unknown,
  tail?: unknown,
  options?: DeserializeOptions & { readonly process?: undefined; readonly processes?: undefined },
): Plan<CareerStageId, {}>;
export function fromSnapshot(snapshot: unknown, tail?: unknown, options?: DeserializeOptions): Plan;
export function fromSnapshot(snapshot: unknown, tail?: unknown, options: DeserializeOptions = {}): Plan {
  const checked = checkOptions(options, 'fromSnapshot');
  return guarded('snapshot', () => {
    const read = readLog<PlanSnapshot>(snapshot, checked, SNAPSHOT_FORMAT, planSnapshotSchema, 'snapshot');
    const { plan, at } = read;
    if (read.process.id !== plan.process.id || read.process.version !== plan.process.version)
      throw invalid("The snapshot's process and the plan's process differ", {
        snapshot: read.process,
        plan: plan.process,
      });
    const process = processFor(plan.process, checked);
    checkPlan(plan, process);
    if ((at.seq === 0) !== (at.id === null))
      throw invalid('A snapshot names a revision id exactly when it is after a revision (seq above 0)', { at });
    if (at.seq === 0 && !isCreated(plan, process))
      throw new CareerPlanError('corrupt-history', 'A snapshot at revision 0 must hold the plan as created', {});
    const loaded = restoreHistory(plan as Plan, [], plan as Plan, process, checked.policy, undefined, true, {
      ...at,
      formerAuthors: read.formerAuthors ?? [],
    });
    return tail === undefined ? loaded : appendRevisions(loaded, tail, checked);
  });
}

/**
 * Adds the history before the snapshot a plan was loaded from (`fromSnapshot`): `earlier` is a
 * document (`serialize`, or a store's rows up to the snapshot with the snapshot's plan) whose
 * last revision is the one the snapshot follows and whose plan is the snapshot's. It is loaded
 * as `deserialize` loads a document, and the revisions after it are checked again against the
 * whole history (undo and redo targets before the snapshot). Returns the plan with its whole
 * history; a plan that has it already is returned as it is.
 *
 * @param plan - a plan loaded from a snapshot
 * @param earlier - the document up to the snapshot, as a value or a JSON string
 * @param options - the size limits, as for `deserialize`
 * @throws CareerPlanError as `deserialize` does; `conflict` for a document that does not end
 *   where the snapshot starts
 * @example
 * ```ts
 * import { addGoal, createPlan, fromSnapshot, loadEarlier, revisions, serialize, toSnapshot } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * const recent = fromSnapshot(toSnapshot(plan));
 * const whole = loadEarlier(recent, serialize(plan));
 * console.log(revisions(whole).length); // 1
 * ```
 * @category Documents
 */
export function loadEarlier<P extends Plan>(plan: P, earlier: unknown, options: AppendOptions = {}): P {
  const head = historyOf(plan);
  const checked = checkOptions(options, 'loadEarlier');
  const later: HistoryNode[] = [];
  let root = head;
  for (; root.revision !== null; root = root.prev as HistoryNode) later.push(root);
  if (root.seq === 0) return plan;
  const process = processOf(plan) as Process | undefined;
  if (process === undefined) throw new CareerPlanError('invalid-plan', 'This plan carries no process', {});
  const policy = policyOf(plan);
  return guarded('document', () => {
    const whole = deserialize(earlier, { ...checked, process, policy });
    const end = historyOf(whole);
    const start = pointOf(root);
    const { ...data } = whole;
    const { ...snapshot } = root.checkpoint as Plan;
    if (end.seq !== start.seq || end.revision?.id !== start.id || !jsonEqual(data, snapshot)) {
      throw new CareerPlanError(
        'conflict',
        `The earlier history ends at revision ${end.seq}, not where the plan's snapshot starts (revision ${start.seq})`,
        { head: pointOf(end), expected: start },
      );
    }
    later.reverse();
    const node = extendNodes(
      end,
      later.map((n) => n.revision as Revision),
      later.map((n) => n.loaded === true),
      revisionIds(end),
    );
    const next = { ...plan };
    attach(next, node, hiddenPart(plan));
    Object.freeze(next);
    return next as P;
  });
}
