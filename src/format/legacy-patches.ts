import * as z from 'zod';
import { isForbiddenKey, type JsonValue } from '../model/json.js';
import { jsonValueSchema } from '../model/json-value.js';
import { cloneJson } from '../history/operations.js';

// Documents of format versions 1 and 2 recorded each revision as immer's patches, addressed by
// array position. Version 3 records operations by id; the migration reads the old patches with
// what this file holds, and nothing else does.

/** Whether a value can be a key in a patch path: a property name (not a forbidden one) or an index. */
const isPatchKey = (key: unknown): key is string | number =>
  typeof key === 'string'
    ? key.length <= 200 && !isForbiddenKey(key)
    : typeof key === 'number' && Number.isInteger(key) && key >= 0;

/**
 * One key of a patch path: a property name of at most 200 characters that cannot reach a
 * prototype, or an array index. One custom check (documents hold thousands of paths); its
 * JSON Schema is given by `documentJsonSchema`.
 */
export const patchKeySchema = z.custom<string | number>(isPatchKey, {
  message: 'A patch path key is a property name (not __proto__, constructor or prototype) or an array index',
});

/**
 * One step of a change in documents of format versions 1 and 2, as immer's patches describe it (RFC 6902 style, with
 * the path as an
 * array). Paths never hold `__proto__`, `constructor` or `prototype`.
 *
 */
export const patchSchema = z
  .strictObject({
    /** What the step does. */
    op: z.literal(['add', 'remove', 'replace']),
    /** Where, from the plan's root: property names and array indexes. */
    path: z.array(patchKeySchema).max(32).readonly(),
    /** The value added or put in place (absent for `remove`). */
    value: jsonValueSchema.exactOptional(),
  })
  .readonly();

/** A patch of format versions 1 and 2. */
export type Patch = z.output<typeof patchSchema>;

/** Why a patch could not be applied. */
export class PatchFailure extends Error {}

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] =>
  typeof value === 'object' && value !== null;

/**
 * Applies patches to plain, mutable JSON data in place, checking every step: each container on
 * the path exists, array indexes are in range, a removed or replaced key exists, and no key can
 * reach a prototype. Values are copied in, so the patches stay untouched. Throws
 * {@link PatchFailure} at the first step that does not fit.
 */
export function applyPatchesInPlace(root: Record<string, unknown>, patches: readonly Patch[]): void {
  for (const patch of patches) {
    const { path, op } = patch;
    if (path.length === 0) throw new PatchFailure('a patch replaces the whole plan');
    let container: unknown = root;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i] as string | number;
      if (!isContainer(container)) throw new PatchFailure(`the path ${path.join('.')} leaves the plan`);
      container = step(container, key, path);
    }
    if (!isContainer(container)) throw new PatchFailure(`the path ${path.join('.')} leaves the plan`);
    const last = path[path.length - 1] as string | number;
    const value = op === 'remove' ? undefined : cloneJson(patch.value as JsonValue);
    if (op !== 'remove' && patch.value === undefined)
      throw new PatchFailure(`an ${op} at ${path.join('.')} has no value`);
    if (Array.isArray(container)) {
      if (typeof last !== 'number') throw new PatchFailure(`the path ${path.join('.')} names a property of a list`);
      const limit = op === 'add' ? container.length : container.length - 1;
      if (last > limit) throw new PatchFailure(`the index ${last} is outside the list at ${path.join('.')}`);
      if (op === 'add') container.splice(last, 0, value);
      else if (op === 'remove') container.splice(last, 1);
      else container[last] = value;
    } else {
      if (typeof last !== 'string' || isForbiddenKey(last))
        throw new PatchFailure(`the path ${path.join('.')} names no property`);
      const present = Object.hasOwn(container, last);
      if (op !== 'add' && !present) throw new PatchFailure(`there is nothing to ${op} at ${path.join('.')}`);
      if (op === 'remove') delete container[last];
      else container[last] = value;
    }
  }
}

function step(
  container: Record<string, unknown> | unknown[],
  key: string | number,
  path: readonly (string | number)[],
): unknown {
  if (Array.isArray(container)) {
    if (typeof key !== 'number' || key >= container.length)
      throw new PatchFailure(`the path ${path.join('.')} leaves the plan`);
    return container[key];
  }
  if (typeof key !== 'string' || isForbiddenKey(key) || !Object.hasOwn(container, key))
    throw new PatchFailure(`the path ${path.join('.')} leaves the plan`);
  return container[key];
}
