import * as z from 'zod';
import type { ActorRef } from '../model/actor.js';
import type { Edit } from '../model/edit.js';
import { jsonEqual, type JsonValue } from '../model/json.js';
import { jsonObjectSchema } from '../model/json-value.js';
import { REGISTRY } from '../model/kinds.js';
import { operationSchema, type Operation } from '../model/operation.js';
import { idSchema } from '../model/primitives.js';
import { revisionSchema, type Revision } from '../model/revision.js';
import { editAction } from '../history/claims.js';

const [addStep, removeStep, moveStep, setStep] = operationSchema.options;

const storedOperations = z.discriminatedUnion('op', [
  addStep,
  removeStep
    .unwrap()
    .extend({
      /** The entity as it was; left out by format version 5, which reads it from the plan before the step. */
      value: jsonObjectSchema.exactOptional(),
      /** The id of the entity removed, when `value` is left out and the entity has one. */
      id: idSchema.exactOptional(),
    })
    .readonly(),
  moveStep,
  setStep
    .unwrap()
    .extend({
      /** The fields as they were; left out by format version 5, which reads them from the plan before the step. */
      old: jsonObjectSchema.exactOptional(),
      /** When `old` is left out: the fields the step removes. */
      unset: z.array(z.string().min(1).max(200)).max(1_000).readonly().exactOptional(),
    })
    .readonly(),
]);
type StoredOperationSchemaType = typeof storedOperations;

/**
 * The type of {@link storedOperationSchema}, named so that the declarations that use it refer to
 * it instead of spelling out the steps' schemas again.
 *
 * @example
 * ```ts
 * import { storedOperationSchema, type StoredOperationSchema } from 'career-plan';
 *
 * const schema: StoredOperationSchema = storedOperationSchema;
 * ```
 * @category Documents
 */
export interface StoredOperationSchema extends StoredOperationSchemaType {}

/**
 * A step of a revision as a document stores it: an {@link operationSchema} step without the undo
 * data that the plan before it holds. A `set` leaves out `old` and names in `unset` the fields it
 * removes; a `remove` leaves out `value` and names the entity's `id`. Loading reads them from
 * the plan just before the step. A step that carries them (as documents of format version 4
 * did) is loaded as well, and checked against the plan.
 *
 * @example
 * ```ts
 * import { storedOperationSchema } from 'career-plan';
 *
 * storedOperationSchema.parse({ op: 'set', kind: 'goal', id: 'g1', set: { priority: 'high' } });
 * storedOperationSchema.parse({ op: 'remove', kind: 'goal', index: 0, id: 'g1' });
 * ```
 * @category Documents
 */
export const storedOperationSchema: StoredOperationSchema = storedOperations;

/**
 * A step as a document stores it. See {@link storedOperationSchema}.
 *
 * @example
 * ```ts
 * import type { StoredOperation } from 'career-plan';
 *
 * const step: StoredOperation = { op: 'set', kind: 'strategy', parent: 'g1', id: 's1', set: { status: 'done' } };
 * ```
 * @category Documents
 */
export type StoredOperation = z.output<typeof storedOperationSchema>;

const storedRevision = revisionSchema
  .unwrap()
  .extend({
    /** Its place in the history, counting from 1; left out by format version 5 (a revision's place says it). */
    seq: z.number().int().min(1).exactOptional(),
    /** What kind of change it was; left out by format version 5 where its edit says it. */
    action: revisionSchema.unwrap().shape.action.exactOptional(),
    /**
     * The steps that make the change, without their undo data; left out by format version 5 where the edit
     * says them (an update of one entity's fields that sets exactly its `changes`).
     */
    ops: z.array(storedOperationSchema).max(100_000).readonly().exactOptional(),
  })
  .readonly();
type StoredRevisionSchemaType = typeof storedRevision;

/**
 * The type of {@link storedRevisionSchema}, named so that the declarations that use it refer to
 * it instead of spelling out the revision's fields again.
 *
 * @example
 * ```ts
 * import { storedRevisionSchema, type StoredRevisionSchema } from 'career-plan';
 *
 * const schema: StoredRevisionSchema = storedRevisionSchema;
 * ```
 * @category Documents
 */
export interface StoredRevisionSchema extends StoredRevisionSchemaType {}

/**
 * A revision as a document stores it (format version 5): a {@link revisionSchema} revision
 * without what loading derives from the plan before it and from the revision's place. Left out
 * are `seq` (its place in the list), `action` where its edit says it, the author's name (the
 * plan names its participants; a former author's name is kept), the undo data of its steps, and
 * the steps themselves where the edit says them: an update edit (`updateGoal`, ...) whose one
 * step sets exactly its changes on the entity it names. Any of them may be present (documents of
 * format version 4 carry them all); loading checks each against what it derives.
 *
 * @example
 * ```ts
 * import { storedRevisionSchema } from 'career-plan';
 *
 * storedRevisionSchema.parse({
 *   id: 'r2',
 *   at: '2026-03-01T09:00:00.000Z',
 *   by: { id: 'alex' },
 *   subject: { kind: 'goal', id: 'g1', label: 'Get certified' },
 *   edit: { kind: 'updateGoal', id: 'g1', changes: { priority: 'high' } },
 * });
 * ```
 * @category Documents
 */
export const storedRevisionSchema: StoredRevisionSchema = storedRevision;

/**
 * A revision as a document stores it. See {@link storedRevisionSchema}.
 *
 * @example
 * ```ts
 * import { createPlan, toDocument, type StoredRevision } from 'career-plan';
 *
 * const stored: readonly StoredRevision[] = toDocument(createPlan({ owner: { id: 'alex' } })).revisions;
 * console.log(stored.length); // 0
 * ```
 * @category Documents
 */
export type StoredRevision = z.output<typeof storedRevisionSchema>;

/**
 * The one step an update edit (`updateGoal`, `updateStrategy`, ...) stands for, without its
 * parent and undo data: `set` of its changes on the entity it names. Undefined for other edits.
 */
export function stepOfEdit(
  edit: Edit | undefined,
): { readonly kind: string; readonly id: string; readonly set: Readonly<Record<string, JsonValue>> } | undefined {
  if (edit === undefined) return undefined;
  const kind = (UPDATED[edit.kind] ??= updatedKind(edit.kind));
  const fields = edit as { readonly id?: unknown; readonly changes?: unknown };
  return kind !== '' && typeof fields.id === 'string' && typeof fields.changes === 'object' && fields.changes !== null
    ? { kind, id: fields.id, set: fields.changes as Readonly<Record<string, JsonValue>> }
    : undefined;
}

/**
 * The registry kind an edit kind updates (`updateGoal`: `goal`), or `''`: one whose entities are
 * found by id alone (a child kind's ids are the plan's, so its parent is found too).
 */
function updatedKind(kind: Edit['kind']): string {
  const [name, verb] = String(editAction(kind)).split('.');
  const d = REGISTRY.kindOf(name);
  return verb === 'update' && d?.keyed === true && (d.parent === undefined || d.planIds) ? (name as string) : '';
}

/** {@link updatedKind}'s answers so far (loading asks once per revision). */
const UPDATED: { [K in Edit['kind']]?: string } = {};

/**
 * A revision as format version 5 stores it: without its `seq`, its `action` where its edit says
 * it, its author's name unless `by` is a former author (whose name no plan holds), the undo data
 * of its steps, and its steps where its edit says them.
 */
export function storedRevisionOf(revision: Revision, formerAuthors: readonly string[]): StoredRevision {
  const { id, seq: _seq, at, by, action, ops, ...rest } = revision;
  const step = stepOfEdit(revision.edit);
  const [first] = ops;
  const derived =
    step !== undefined &&
    ops.length === 1 &&
    first?.op === 'set' &&
    first.kind === step.kind &&
    first.id === step.id &&
    jsonEqual(first.set, step.set) &&
    Object.keys(first.old).every((key) => Object.hasOwn(first.set, key));
  const edit = revision.edit;
  const named: ActorRef = formerAuthors.includes(by.id) ? by : { id: by.id };
  return {
    id,
    at,
    by: named,
    ...(edit === undefined || editAction(edit.kind) !== action ? { action } : {}),
    ...rest,
    ...(derived ? {} : { ops: ops.map(storedStep) }),
  } as StoredRevision;
}

/** A step without its undo data. */
function storedStep(op: Operation): StoredOperation {
  if (op.op === 'set') {
    const { old, ...rest } = op;
    const unset = Object.keys(old).filter((key) => !Object.hasOwn(op.set, key));
    return unset.length > 0 ? { ...rest, unset } : rest;
  }
  if (op.op === 'remove') {
    const { value, ...rest } = op;
    return typeof value.id === 'string' && REGISTRY.kindOf(op.kind)?.keyed === true ? { ...rest, id: value.id } : op;
  }
  return op;
}
