import type * as z from 'zod';
import { CareerPlanError, shown } from '../model/errors.js';
import { jsonEqual } from '../model/json.js';
import type { Plan } from '../model/plan.js';
import { parseOrThrow } from '../model/validate.js';

/** Every entity id a plan holds, in every collection (ids are unique across the plan). */
export function planIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  const add = (list: readonly { readonly id: string }[]): void => {
    for (const item of list) ids.add(item.id);
  };
  add(plan.assessments);
  add(plan.careerOptions);
  for (const option of plan.careerOptions) add(option.activities);
  add(plan.goals);
  for (const goal of plan.goals) add(goal.strategies);
  add(plan.barriers);
  add(plan.resources);
  add(plan.milestones);
  add(plan.alternatives);
  add(plan.notes);
  add(plan.background.employment);
  add(plan.background.education);
  add(plan.background.licenses);
  add(plan.background.volunteer);
  add(plan.suggestions);
  add(plan.comments);
  add(plan.privateNotes);
  return ids;
}

/** Throws `duplicate-id` when any of `ids` is already used in the plan or repeats within `ids`. */
export function ensureNewIds(plan: Plan, ids: readonly string[]): void {
  const used = planIds(plan);
  for (const id of ids) {
    if (used.has(id)) throw new CareerPlanError('duplicate-id', `The plan already has an entity with the id "${id}"`, { id });
    used.add(id);
  }
}

/** Throws `not-found` for a missing entity. */
export function notFound(kind: string, id: unknown): never {
  throw new CareerPlanError('not-found', `The plan has no ${kind} with the id "${shown(id)}"`, { kind, id: shown(id) });
}

/** Throws `invalid-reference` unless every id in `ids` names an entity of `list`. */
export function ensureRefs(list: readonly { readonly id: string }[], ids: readonly string[] | undefined, field: string, kind: string): void {
  if (ids === undefined) return;
  for (const id of ids) {
    if (!list.some((item) => item.id === id)) {
      throw new CareerPlanError('invalid-reference', `${field} names the ${kind} "${id}", which the plan does not have`, { field, kind, id });
    }
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
    if (values[key] !== undefined) Object.defineProperty(out, key, { value: values[key], enumerable: true, writable: true, configurable: true });
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

/**
 * The entity after an update: `changes` over `current`, where a key set to `undefined` removes
 * an optional field; `fixed` keys (the id, nested lists with edits of their own) cannot change.
 * The result is validated with the entity's stored schema.
 */
export function applyChanges<T extends z.ZodType>(
  schema: T,
  current: object,
  changes: unknown,
  fixed: readonly string[],
  noun: string,
): z.output<T> {
  const record = ensureObject(changes, `The changes to the ${noun}`);
  const merged: Record<string, unknown> = { ...current };
  for (const key of Object.keys(record)) {
    if (key === 'id' || fixed.includes(key)) {
      throw new CareerPlanError('invalid-input', `The ${noun}'s ${key} cannot be changed by an update`, { field: key });
    }
    const value = record[key];
    if (value === undefined) delete merged[key];
    else Object.defineProperty(merged, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return parseOrThrow(schema, merged, noun);
}

/** The keys whose values differ between two versions of an entity. */
export function changedKeys(before: object, after: object): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => !jsonEqual((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]));
}

/** Writes the changed keys of `next` onto a draft entity, deleting those `next` lacks. */
export function writeKeys(draft: object, next: object, keys: readonly string[]): void {
  const target = draft as Record<string, unknown>;
  const source = next as Record<string, unknown>;
  for (const key of keys) {
    if (Object.hasOwn(source, key)) target[key] = source[key];
    else delete target[key];
  }
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
