import * as z from 'zod';
import { jsonObjectSchema } from './json-value.js';
import { KINDS, type ListKind } from './kinds.js';
import { idSchema } from './primitives.js';

const listKindSchema = z.literal(KINDS.map((d) => d.name) as [ListKind, ...ListKind[]]);

const fields = jsonObjectSchema;
const position = z.number().int().min(0).max(1_000_000);

const operations = z.discriminatedUnion('op', [
  z
    .strictObject({
      /** Inserts an entity. */
      op: z.literal('add'),
      /** Its kind. */
      kind: listKindSchema,
      /** The id of the entity whose list it joins, for a child kind. */
      parent: idSchema.exactOptional(),
      /** Its position in the list. */
      index: position,
      /** The entity. */
      value: jsonObjectSchema,
    })
    .readonly(),
  z
    .strictObject({
      /** Removes an entity. */
      op: z.literal('remove'),
      /** Its kind. */
      kind: listKindSchema,
      /** The id of the entity whose list held it, for a child kind. */
      parent: idSchema.exactOptional(),
      /** The position it had. */
      index: position,
      /** The entity as it was, so that undoing the step puts it back. */
      value: jsonObjectSchema,
    })
    .readonly(),
  z
    .strictObject({
      /** Moves an entity within its list. */
      op: z.literal('move'),
      /** Its kind. */
      kind: listKindSchema,
      /** The id of the entity whose list holds it, for a child kind. */
      parent: idSchema.exactOptional(),
      /** The entity's id. */
      id: idSchema,
      /** The position it had. */
      from: position,
      /** The position it has. */
      to: position,
    })
    .readonly(),
  z
    .strictObject({
      /** Changes fields. */
      op: z.literal('set'),
      /** The kind changed: a list kind, `plan` or `stageData`. */
      kind: z.union([listKindSchema, z.literal(['plan', 'stageData'])]),
      /** The id of the entity whose list holds it, for a child kind. */
      parent: idSchema.exactOptional(),
      /** The entity's id (for a kind with ids). */
      id: idSchema.exactOptional(),
      /** The visit's position in the journey (for `visit`). */
      index: position.exactOptional(),
      /** The fields as they are after the step; a field in `old` but not here was removed. */
      set: fields,
      /** The fields as they were before; a field in `set` but not here was absent. */
      old: fields,
    })
    .readonly(),
]);
type OperationSchemaType = typeof operations;

/**
 * The type of {@link operationSchema}, named so that the declarations that use it refer to it instead
 * of spelling out the operations' schemas again.
 *
 * @example
 * ```ts
 * import { operationSchema, type OperationSchema } from 'career-plan';
 *
 * const schema: OperationSchema = operationSchema;
 * ```
 * @category History
 */
export interface OperationSchema extends OperationSchemaType {}

/**
 * One step of a recorded change, naming what it changes by id (never only by position, which
 * shifts when someone else adds or removes an entity first). A step carries what undoing it
 * needs: a removal keeps the entity removed, a `set` keeps the old values of the fields it
 * changes. The kinds are those of the plan's registry (`goal`, `strategy`, ...), plus `plan`
 * (the plan's own fields: title, stage, decision) and `stageData` (keyed by stage id).
 *
 * - `add`: the entity `value` was inserted at `index` of its list (of the `parent` entity for a
 *   child kind such as `strategy`).
 * - `remove`: the entity `value` was removed from `index`.
 * - `move`: the entity `id` moved from position `from` to `to`.
 * - `set`: on the entity `id` (or the visit at `index` of the journey, or the plan), the fields in
 *   `set` took those values and the fields only in `old` were removed; `old` holds the values
 *   they had (a field absent from `old` was absent).
 *
 * @example
 * ```ts
 * import { operationSchema } from 'career-plan';
 *
 * operationSchema.parse({ op: 'set', kind: 'goal', id: 'g1', set: { priority: 'high' }, old: { priority: 'medium' } });
 * ```
 * @category History
 */
export const operationSchema: OperationSchema = operations;

/**
 * One step of a recorded change. See {@link operationSchema}.
 *
 * @example
 * ```ts
 * import type { Operation } from 'career-plan';
 *
 * const step: Operation = { op: 'move', kind: 'goal', id: 'g2', from: 1, to: 0 };
 * ```
 * @category History
 */
export type Operation = z.output<typeof operationSchema>;

/**
 * The step that undoes `op`: an addition becomes a removal, a removal an addition, a move goes
 * back, and a `set` swaps its new and old values.
 *
 */
export function invertOperation(op: Operation): Operation {
  switch (op.op) {
    case 'add':
      return { ...op, op: 'remove' };
    case 'remove':
      return { ...op, op: 'add' };
    case 'move':
      return { ...op, from: op.to, to: op.from };
    case 'set':
      return { ...op, set: op.old, old: op.set };
  }
}

/**
 * The steps that undo a list of steps: each inverted, in reverse order.
 *
 */
export function invertOperations(ops: readonly Operation[]): Operation[] {
  const out = new Array<Operation>(ops.length);
  for (let i = 0; i < ops.length; i++) out[ops.length - 1 - i] = invertOperation(ops[i] as Operation);
  return out;
}
