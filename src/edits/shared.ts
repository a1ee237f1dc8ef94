import type * as z from 'zod';
import { CareerPlanError, shown } from '../model/errors.js';
import { compactFields, jsonEqual, type JsonValue } from '../model/json.js';
import { REGISTRY, listAt, refIds, type ListKind, type Registry } from '../model/kinds.js';
import type { Operation } from '../model/operation.js';
import type { Plan } from '../model/plan.js';
import { titleInputSchema } from '../model/primitives.js';
import { parseOrThrow } from '../model/validate.js';
import { usedIds } from '../history/ids.js';

/** Throws `duplicate-id` when any of `ids` is already used in the plan or repeats within `ids`. */
export function ensureNewIds(plan: Plan, ids: readonly string[]): void {
  const used = usedIds(plan);
  const seen = new Set<string>();
  for (const id of ids) {
    if (used.has(id) || seen.has(id))
      throw new CareerPlanError('duplicate-id', `The plan already has an entity with the id "${id}"`, { id });
    seen.add(id);
  }
}

/** Throws `not-found` for a missing entity. */
export function notFound(kind: string, id: unknown): never {
  throw new CareerPlanError('not-found', `The plan has no ${kind} with the id "${shown(id)}"`, { kind, id: shown(id) });
}

/** Throws `invalid-reference` unless every id in `ids` names an entity of `list`. */
export function ensureRefs(
  list: readonly { readonly id: string }[],
  ids: readonly string[] | undefined,
  field: string,
  kind: string,
): void {
  if (ids === undefined) return;
  for (const id of ids) {
    if (!list.some((item) => item.id === id)) {
      throw new CareerPlanError(
        'invalid-reference',
        `${field} names the ${kind} "${id}", which the plan does not have`,
        { field, kind, id },
      );
    }
  }
}

/**
 * Throws `invalid-reference` unless every reference an entity of `kind` makes (as the registry
 * lists them: a barrier's goals, an alternative's option, ...) names an entity the plan holds.
 */
export function ensureEntityRefs(
  plan: Plan,
  kind: string,
  entity: Readonly<Record<string, unknown>>,
  registry: Registry = REGISTRY,
): void {
  for (const ref of registry.kindOf(kind)?.refs ?? []) {
    const ids = refIds(entity, ref);
    if (ids.length === 0) continue;
    const target = registry.kindOf(ref.kind);
    if (target === undefined) continue;
    const owner = target.parent === undefined ? undefined : registry.kindOf(target.parent);
    const list = (
      owner === undefined
        ? (listAt(plan, target.path) ?? [])
        : (listAt(plan, owner.path) ?? []).flatMap((parent) => listAt(parent, target.path) ?? [])
    ) as { readonly id: string }[];
    ensureRefs(list, ids, ref.field, target.noun);
  }
}

/**
 * The input without its top-level keys whose value is `undefined`: an app that does not use
 * `exactOptionalPropertyTypes` may pass `{ description: undefined }` for "no description", and a
 * plan never stores `undefined`. Anything that is not a plain object is returned as it is.
 */
export function dropUndefined(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const values = input as Record<string, unknown>;
  if (!Object.keys(values).some((key) => values[key] === undefined)) return input;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(values)) {
    if (values[key] !== undefined)
      Object.defineProperty(out, key, { value: values[key], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Throws `invalid-input` unless `value` is a plain object (the changes of an update, say). */
export function ensureObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CareerPlanError('invalid-input', `${what} must be an object`, { value });
  }
  return value as Record<string, unknown>;
}

/** Whether the input schema `input` takes the field `key` as a title (required or optional). */
function isTitleInput(input: z.ZodType | undefined, key: string): boolean {
  const shape = (input?._zod.def as { readonly shape?: Readonly<Record<string, z.ZodType>> } | undefined)?.shape;
  const field = shape !== undefined && Object.hasOwn(shape, key) ? shape[key] : undefined;
  const def = field?._zod.def as { readonly innerType?: unknown } | undefined;
  return field === titleInputSchema || def?.innerType === titleInputSchema;
}

/**
 * The entity after an update: `changes` over `current`, where a key set to `undefined` or `null`
 * removes an optional field; `fixed` keys (the id, nested lists with edits of their own) cannot change.
 * The result is validated with the entity's stored schema; titles changed, with their input schema
 * (`input`, the add's), as a person types them.
 */
export function applyChanges<T extends z.ZodType>(
  schema: T,
  current: object,
  changes: unknown,
  fixed: readonly string[],
  noun: string,
  input?: z.ZodType,
): z.output<T> {
  const record = ensureObject(changes, `The changes to the ${noun}`);
  const merged: Record<string, unknown> = { ...current };
  for (const key of Object.keys(record)) {
    if (key === 'id' || fixed.includes(key)) {
      throw new CareerPlanError('invalid-input', `The ${noun}'s ${key} cannot be changed by an update`, { field: key });
    }
    let value = record[key];
    // A title changed is a title typed: trimmed, and refused when blank, as the input schemas take it.
    if (typeof value === 'string' && isTitleInput(input, key))
      value = parseOrThrow(titleInputSchema, value, `${noun}'s ${key}`);
    if (value === undefined || value === null) delete merged[key];
    else Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return parseOrThrow(schema, merged, noun);
}

/** The keys whose values differ between two versions of an entity. */
export function changedKeys(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter(
    (key) => !jsonEqual((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]),
  );
}

/**
 * The `set` step that turns `before` into `after` on the fields `keys`: their new values, and
 * their old ones for undo (a field absent on one side is left out of that side). When the
 * edit's recorded changes hold exactly the new values (the common case), the step shares that
 * object instead of a copy: both are frozen, and a revision then keeps one object, not two.
 */
export function setStep(
  before: object,
  after: object,
  keys: readonly string[],
  recorded?: Readonly<Record<string, JsonValue>>,
): { set: Readonly<Record<string, JsonValue>>; old: Record<string, JsonValue> } {
  const set: Record<string, JsonValue> = {};
  const old: Record<string, JsonValue> = {};
  const a = before as Record<string, JsonValue>;
  const b = after as Record<string, JsonValue>;
  for (const key of keys) {
    if (Object.hasOwn(b, key)) set[key] = b[key] as JsonValue;
    if (Object.hasOwn(a, key)) old[key] = a[key] as JsonValue;
  }
  const shared = recorded !== undefined && sameFields(recorded, set);
  return { set: shared ? recorded : compactFields(set), old: compactFields(old) };
}

/** Whether two objects have the same keys with identical (`===`) values. */
function sameFields(a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) if (!Object.hasOwn(b, key) || a[key] !== b[key]) return false;
  return true;
}

/**
 * The changes of an update as its revision's edit records them: for each field the caller
 * named, its value in the updated entity as validated (never the caller's own object), or
 * `null` where the update removed it.
 */
export function recordedChanges(changes: unknown, next: object): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  const after = next as Record<string, JsonValue>;
  for (const key of Object.keys(changes as object))
    out[key] = Object.hasOwn(after, key) ? (after[key] as JsonValue) : null;
  return compactFields(out);
}

/**
 * The steps that unlink an entity about to be removed from everything that refers to it, as the
 * registry's references say: its id dropped from lists of ids, a single reference deleted.
 */
export function unlinkSteps(plan: Plan, kind: string, id: string, registry: Registry = REGISTRY): Operation[] {
  const ops: Operation[] = [];
  for (const d of registry.kinds) {
    for (const ref of d.refs) {
      if (ref.kind !== kind) continue;
      const lists: { list: readonly Record<string, JsonValue>[]; parent?: string }[] = [];
      if (d.parent === undefined) lists.push({ list: (listAt(plan, d.path) ?? []) as Record<string, JsonValue>[] });
      else {
        const owner = registry.kindOf(d.parent);
        for (const parent of (listAt(plan, owner?.path ?? []) ?? []) as Record<string, JsonValue>[]) {
          lists.push({
            list: (listAt(parent, d.path) ?? []) as Record<string, JsonValue>[],
            parent: parent.id as string,
          });
        }
      }
      for (const { list, parent } of lists) {
        for (const entity of list) {
          if (entity.id === id && d.name === kind) continue;
          if (!refIds(entity, ref).includes(id)) continue;
          const [top = '', ...rest] = ref.field.split('.');
          const before = entity[top] as JsonValue;
          let after: JsonValue | undefined;
          if (ref.many) after = (before as readonly string[]).filter((other) => other !== id);
          else if (rest.length === 0) after = undefined;
          else {
            const { [rest.join('.')]: _dropped, ...kept } = before as Record<string, JsonValue>;
            after = kept;
          }
          ops.push({
            op: 'set',
            kind: d.name as ListKind,
            ...(parent === undefined ? {} : { parent }),
            id: entity.id as string,
            set: after === undefined ? {} : { [top]: after },
            old: { [top]: before },
          });
        }
      }
    }
  }
  return ops;
}

/** Finds an entity's index on the base plan (not the draft: that would double an edit's cost). */
export function indexById(list: readonly { readonly id: string }[], id: unknown): number {
  if (typeof id !== 'string') return -1;
  for (let i = 0; i < list.length; i++) if ((list[i] as { readonly id: string }).id === id) return i;
  return -1;
}

/** Checks a move's target index. */
export function ensureIndex(toIndex: unknown, length: number, noun: string): number {
  if (typeof toIndex !== 'number' || !Number.isInteger(toIndex) || toIndex < 0 || toIndex >= length) {
    throw new CareerPlanError('invalid-input', `A ${noun} can move to a position from 0 to ${length - 1}`, { toIndex });
  }
  return toIndex;
}
