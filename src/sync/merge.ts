import type { ActorRef } from '../model/actor.js';
import type { Edit } from '../model/edit.js';
import { CareerPlanError, optionsObject, shown } from '../model/errors.js';
import { envOf, type Env } from '../model/env.js';
import { jsonEqual, type JsonValue } from '../model/json.js';
import { REGISTRY } from '../model/kinds.js';
import type { Operation } from '../model/operation.js';
import type { Plan } from '../model/plan.js';
import type { Revision } from '../model/revision.js';
import { authorize } from '../history/authorize.js';
import { refuseView, resolveActor } from '../history/edit-options.js';
import { attach, hiddenPart, historyOf, notLoaded, revisionById, type HistoryNode } from '../history/node.js';
import { applyStep, findStep } from '../history/undo.js';
import { applyEdit } from '../edits/apply-edit.js';
import { pointOf } from './points.js';

/**
 * A field that both copies changed since they parted (or, with no `field`, an entity one side
 * removed and the other changed): where it is, and the value each side gave it.
 *
 * @example
 * ```ts
 * import type { FieldChange } from 'career-plan';
 *
 * const change: FieldChange = { kind: 'goal', id: 'g1', field: 'title', ours: 'Get A+', theirs: 'Get Network+' };
 * ```
 * @category Documents
 */
export interface FieldChange {
  /** The kind of entity (`goal`, `strategy`, ...; `plan` for the plan's own fields). */
  readonly kind: string;
  /** The entity's id (absent for the plan and for stage data). */
  readonly id?: string;
  /** The field; absent when one side removed the entity the other changed. */
  readonly field?: string;
  /** The value our copy gave it (`undefined`: removed, or the entity is gone). */
  readonly ours: JsonValue | undefined;
  /** The value their copy gave it. */
  readonly theirs: JsonValue | undefined;
}

/**
 * One of their revisions that {@link merge} could not simply re-run: either it changes what our
 * copy also changed since the copies parted (`fields` lists what both changed, and `kept` says
 * whose change the merged plan holds), or it could not be made at all on our copy (its goal was
 * removed, its author may no longer make it: `fields` is empty, `kept` is `ours`). `error` says
 * why, as the edit itself would have (`conflict` for a change both made).
 *
 * @example
 * ```ts
 * import type { MergeConflict } from 'career-plan';
 *
 * const describe = (c: MergeConflict): string =>
 *   `${c.revision.by.id}'s change was ${c.kept === 'theirs' ? 'kept' : 'not kept'}: ${c.error.message}`;
 * ```
 * @category Documents
 */
export interface MergeConflict {
  /** Their revision. */
  readonly revision: Revision;
  /** Its edit (absent for an undo or redo, or a revision migrated without one). */
  readonly edit: Edit | undefined;
  /** Why it was not simply re-run. */
  readonly error: CareerPlanError;
  /** The fields (or entities) both copies changed; empty when the change could not be made at all. */
  readonly fields: readonly FieldChange[];
  /** Our revisions since the copies parted that changed those fields. */
  readonly ours: readonly Revision[];
  /** Whose change the merged plan holds. */
  readonly kept: 'ours' | 'theirs';
}

/**
 * How {@link merge} works: where the ids of the new revisions come from, and who wins a field
 * both copies changed.
 *
 * @example
 * ```ts
 * import type { MergeOptions } from 'career-plan';
 *
 * // Keep our change whenever both copies changed the same field.
 * const options: MergeOptions = { resolve: () => 'ours' };
 * ```
 * @category Documents
 */
export interface MergeOptions {
  /** Where the new revisions' ids come from (their times are the original revisions' times). */
  readonly env?: Env;
  /**
   * Who wins when both copies changed the same field: given the fields, our revisions and
   * theirs. The default keeps the later change (by the revisions' times; ours on a tie).
   */
  readonly resolve?: (conflict: {
    readonly fields: readonly FieldChange[];
    readonly ours: readonly Revision[];
    readonly theirs: Revision;
  }) => 'ours' | 'theirs';
}

/**
 * What {@link merge} returns: the merged plan, and their revisions that were not simply re-run.
 *
 * @example
 * ```ts
 * import type { MergeResult, Plan } from 'career-plan';
 *
 * const count = (result: MergeResult<Plan>): number => result.conflicts.length;
 * ```
 * @category Documents
 */
export interface MergeResult<P extends Plan> {
  /** Our plan with their work re-run on it as new revisions. */
  readonly plan: P;
  /** Their revisions that changed what ours changed, or could not be made; in their order. */
  readonly conflicts: readonly MergeConflict[];
}

/** The entity an operation changes, as a key (`kind:parent:id`; unkeyed entities by position). */
function entityKey(op: Operation): string {
  const id = idOf(op);
  const position = op.op === 'move' ? op.from : op.index;
  return `${op.kind}:${op.parent ?? ''}:${id ?? `#${position ?? ''}`}`;
}

/** The key of the parent entity an operation on a child kind changes (a strategy added to a goal changes the goal). */
function parentKey(op: Operation): string | undefined {
  if (op.op === 'set' && (op.kind === 'plan' || op.kind === 'stageData')) return undefined;
  const parent = op.parent === undefined ? undefined : REGISTRY.kindOf(op.kind)?.parent;
  return parent === undefined ? undefined : `${parent}::${op.parent}`;
}

/** What our revisions since the parting changed: each field's latest value and revisions, each entity touched. */
interface Ours {
  readonly fields: Map<string, { value: JsonValue | undefined; revisions: Revision[] }>;
  readonly entities: Map<string, Revision[]>;
  readonly removed: Set<string>;
}

function oursChanged(revisions: readonly Revision[]): Ours {
  const fields: Ours['fields'] = new Map();
  const entities: Ours['entities'] = new Map();
  const removed = new Set<string>();
  const touch = (key: string, revision: Revision): void => {
    const list = entities.get(key);
    if (list === undefined) entities.set(key, [revision]);
    else if (list.at(-1) !== revision) list.push(revision);
  };
  for (const revision of revisions) {
    for (const op of revision.ops) {
      const parent = parentKey(op);
      if (parent !== undefined) touch(parent, revision);
      if (op.op === 'remove') removed.add(entityKey(op));
      if (op.op !== 'set') continue;
      const key = entityKey(op);
      touch(key, revision);
      for (const field of new Set([...Object.keys(op.set), ...Object.keys(op.old)])) {
        const at = `${key}:${field}`;
        const entry = fields.get(at) ?? { value: undefined, revisions: [] };
        entry.value = op.set[field];
        if (entry.revisions.at(-1) !== revision) entry.revisions.push(revision);
        fields.set(at, entry);
      }
    }
  }
  return { fields, entities, removed };
}

/** Whether ours made every step of their revision already: removed the same entities, set the same values. */
function madeAlready(revision: Revision, ours: Ours): boolean {
  return revision.ops.every((op) => {
    if (op.op === 'remove') return ours.removed.has(entityKey(op));
    if (op.op !== 'set') return false;
    const key = entityKey(op);
    return [...new Set([...Object.keys(op.set), ...Object.keys(op.old)])].every((field) => {
      const entry = ours.fields.get(`${key}:${field}`);
      return entry !== undefined && jsonEqual(entry.value, op.set[field]);
    });
  });
}

/** The fields (and removed entities) that their revision changes and ours changed too, to different values. */
function overlap(revision: Revision, ours: Ours): { fields: FieldChange[]; revisions: Revision[] } {
  const fields: FieldChange[] = [];
  const revisions = new Set<Revision>();
  for (const op of revision.ops) {
    const key = entityKey(op);
    const id = idOf(op);
    const where = id === undefined ? {} : { id };
    if (op.op === 'remove') {
      const touched = ours.entities.get(key);
      if (touched === undefined) continue;
      fields.push({ kind: op.kind, ...where, ours: undefined, theirs: undefined });
      for (const r of touched) revisions.add(r);
      continue;
    }
    if (op.op !== 'set') continue;
    for (const field of new Set([...Object.keys(op.set), ...Object.keys(op.old)])) {
      const entry = ours.fields.get(`${key}:${field}`);
      if (entry === undefined || jsonEqual(entry.value, op.set[field])) continue;
      fields.push({ kind: op.kind, ...where, field, ours: entry.value, theirs: op.set[field] });
      for (const r of entry.revisions) revisions.add(r);
    }
  }
  return { fields, revisions: [...revisions] };
}

function idOf(op: Operation): string | undefined {
  if (op.op === 'set') return op.kind === 'plan' || op.kind === 'stageData' ? undefined : op.id;
  if (op.op === 'move') return op.id;
  const id = (op.value as { id?: unknown }).id;
  return typeof id === 'string' ? id : undefined;
}

/** The revisions after `node` down to `stop` (not included), oldest first. */
function revisionsAfter(node: HistoryNode, stop: HistoryNode): Revision[] {
  const list: Revision[] = [];
  for (let at = node; at !== stop && at.seq > stop.seq; at = at.prev as HistoryNode) list.push(at.revision as Revision);
  return list.reverse();
}

/** The last point both histories share: their nodes there. */
function parting(ours: HistoryNode, theirs: HistoryNode): [HistoryNode, HistoryNode] {
  let a = ours;
  let b = theirs;
  const back = (node: HistoryNode): HistoryNode => {
    if (node.prev === null) throw notLoaded(node, 'finding where the copies parted');
    return node.prev;
  };
  while (a.seq > b.seq) a = back(a);
  while (b.seq > a.seq) b = back(b);
  while (a !== b && pointOf(a).id !== pointOf(b).id) {
    a = back(a);
    b = back(b);
  }
  return [a, b];
}

/** A field for people: `goal "g1".title`. */
const describeField = (f: FieldChange): string =>
  `${f.kind}${f.id === undefined ? '' : ` "${f.id}"`}${f.field === undefined ? '' : `.${f.field}`}`;

const later = (theirs: Revision, ours: readonly Revision[]): 'ours' | 'theirs' =>
  ours.every((revision) => Date.parse(theirs.at) > Date.parse(revision.at)) ? 'theirs' : 'ours';

/**
 * Brings two copies of a plan together. Both hold the same history up to some revision and have
 * parted since (edits on a phone and a laptop, or a save that a store refused with `conflict`).
 * The merged plan is ours with their revisions since the parting re-run on it, in order, as new
 * revisions: each recorded edit is made again through `applyEdit`, by its author (whose
 * permission is checked on our copy), with its reason and its time; an undo or redo is made
 * again on the change it targets. Nothing of ours changes.
 *
 * What cannot be re-run comes back in `conflicts`, never dropped silently: an edit that fails on
 * our copy (its goal was removed; its author may no longer make it), with that error; and an
 * edit that changes a field ours also changed since the parting, to another value (or removes an
 * entity ours changed), with both values. For those, `options.resolve` chooses whose change the
 * plan keeps; by default the later one (the other is in the conflict). A change both made alike
 * is made once. When ours has nothing since the parting, their plan is returned with its history
 * as it is (the same revisions, not re-run), so a copy that only fell behind catches up.
 *
 * To save to a store that refused a tail with `conflict`: read the store's revisions since the
 * parting onto the last saved state (`appendRevisions`), merge the local plan into that
 * (`merge(stored, local)`), and save `revisionsSince(merged, stored head)`.
 *
 * @param ours - the copy to keep as it is (for a save, the store's)
 * @param theirs - the copy whose new revisions are re-run on it
 * @param options - where new ids come from, and who wins a field both changed
 * @throws CareerPlanError `invalid-input` for copies of different plans or processes;
 *   `history-not-loaded` when they parted before the snapshot a copy was loaded from
 * @example
 * ```ts
 * import { addGoal, completeStrategy, createPlan, deserialize, merge, serialize } from 'career-plan';
 *
 * const stored = serialize(addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified',
 *   kind: 'education', horizon: 'short', strategies: [{ id: 's1', title: 'Book the exam' }] }));
 * const laptop = addGoal(deserialize(stored), { title: 'Find a mentor', kind: 'personal', horizon: 'short' });
 * const phone = completeStrategy(deserialize(stored), 's1');
 * const { plan, conflicts } = merge(laptop, phone);
 * console.log(plan.goals.length, plan.goals[0]?.strategies[0]?.status, conflicts.length); // 2 done 0
 * ```
 * @category Documents
 */
export function merge<P extends Plan>(ours: P, theirs: Plan, options: MergeOptions = {}): MergeResult<P> {
  const oursHead = historyOf(ours);
  const theirsHead = historyOf(theirs);
  refuseView(ours);
  refuseView(theirs);
  const { env: givenEnv, resolve } = optionsObject(options, 'merge');
  const env = envOf(givenEnv);
  if (resolve !== undefined && typeof resolve !== 'function')
    throw new CareerPlanError('invalid-input', 'options.resolve must be a function', { resolve: shown(resolve) });
  // A plan's id, owner, creation time and process never change: copies of one plan share them.
  if (
    ours.id !== theirs.id ||
    ours.owner.id !== theirs.owner.id ||
    ours.createdAt !== theirs.createdAt ||
    ours.process.id !== theirs.process.id ||
    ours.process.version !== theirs.process.version
  )
    throw new CareerPlanError('invalid-input', `These are copies of different plans ("${ours.id}", "${theirs.id}")`, {
      ours: ours.id,
      theirs: theirs.id,
    });
  const [oursBase, theirsBase] = parting(oursHead, theirsHead);
  const theirRevisions = revisionsAfter(theirsHead, theirsBase);
  if (theirRevisions.length === 0) return { plan: ours, conflicts: [] };
  if (oursBase === oursHead) {
    // Ours only fell behind: theirs is ours with more revisions, taken as they are.
    const next = { ...theirs };
    attach(next, theirsHead, hiddenPart(ours));
    Object.freeze(next);
    return { plan: next as P, conflicts: [] };
  }
  const changed = oursChanged(revisionsAfter(oursHead, oursBase));
  const conflicts: MergeConflict[] = [];
  const renamed = new Map<string, string>();
  let plan: P = ours;
  for (const revision of theirRevisions) {
    const edit = revision.edit as Edit | undefined;
    const notMade = (error: CareerPlanError): void => {
      conflicts.push({ revision, edit, error, fields: [], ours: [], kept: 'ours' });
    };
    const { fields, revisions: oursRevisions } = overlap(revision, changed);
    let kept: 'ours' | 'theirs' | undefined;
    if (fields.length > 0) {
      kept = (resolve ?? ((c) => later(c.theirs, c.ours)))({ fields, ours: oursRevisions, theirs: revision });
      if (kept !== 'ours' && kept !== 'theirs')
        throw new CareerPlanError('invalid-input', "options.resolve must return 'ours' or 'theirs'", {
          kept: shown(kept),
        });
      const error = new CareerPlanError('conflict', `Both copies changed ${fields.map(describeField).join(', ')}`, {
        revision: revision.id,
      });
      if (kept !== 'theirs') {
        conflicts.push({ revision, edit, error, fields, ours: oursRevisions, kept: 'ours' });
        continue;
      }
      conflicts.push({ revision, edit, error, fields, ours: oursRevisions, kept: 'theirs' });
    }
    const replay: Env = { now: () => revision.at, newId: () => env.newId() };
    const by: ActorRef = revision.by;
    try {
      let next: P;
      if (revision.action === 'undo' || revision.action === 'redo') {
        const targetId = revision.target?.id as string;
        const mapped = renamed.get(targetId) ?? targetId;
        const node = historyOf(plan);
        const actor = resolveActor(plan, by);
        const target = revisionById(node, mapped);
        if (target === undefined || findStep(node, actor.id, revision.action)?.id !== target.id) {
          const verb = revision.action === 'undo' ? 'reverts' : 're-applies';
          throw new CareerPlanError(
            'conflict',
            `The ${revision.action} cannot be made again: what it ${verb} is not ${actor.id}'s latest change here`,
            { revision: revision.id },
          );
        }
        authorize(plan, actor, target.target?.action ?? target.action);
        next = applyStep(plan, target, revision.action, actor, { env: replay, ...reasonOf(revision) });
      } else if (edit === undefined) {
        throw new CareerPlanError('conflict', `Revision ${revision.seq} records no edit to make again`, {
          revision: revision.id,
        });
      } else {
        next = applyEdit(plan, edit, { by, env: replay, ...reasonOf(revision) });
      }
      if (next !== plan) renamed.set(revision.id, historyOf(next).revision?.id as string);
      else if (kept === 'theirs') {
        // Made again, it changes nothing (completing a strategy ours completed): ours stands.
        conflicts[conflicts.length - 1] = { ...(conflicts.at(-1) as MergeConflict), kept: 'ours' };
      }
      plan = next;
    } catch (error) {
      if (!(error instanceof CareerPlanError)) throw error;
      if (kept === 'theirs') conflicts.pop();
      // Both copies made the same change (removed the same goal, say): it is there once.
      if (error.code === 'not-found' && madeAlready(revision, changed)) continue;
      notMade(error);
    }
  }
  return { plan, conflicts };
}

const reasonOf = (revision: Revision): { reason?: string } =>
  revision.reason === undefined ? {} : { reason: revision.reason };
