import { isForbiddenKey, type JsonValue } from '../model/json.js';
import type { Patch } from '../model/revision.js';

/** Why a patch could not be applied. */
export class PatchFailure extends Error {}

/** A mutable deep copy of validated JSON data (bounded depth: it comes from parsed documents). */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = cloneJson((value as Record<string, unknown>)[key]);
  return out as T;
}

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] => typeof value === 'object' && value !== null;

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
    if (op !== 'remove' && patch.value === undefined) throw new PatchFailure(`an ${op} at ${path.join('.')} has no value`);
    if (Array.isArray(container)) {
      if (typeof last !== 'number') throw new PatchFailure(`the path ${path.join('.')} names a property of a list`);
      const limit = op === 'add' ? container.length : container.length - 1;
      if (last > limit) throw new PatchFailure(`the index ${last} is outside the list at ${path.join('.')}`);
      if (op === 'add') container.splice(last, 0, value);
      else if (op === 'remove') container.splice(last, 1);
      else container[last] = value;
    } else {
      if (typeof last !== 'string' || isForbiddenKey(last)) throw new PatchFailure(`the path ${path.join('.')} names no property`);
      const present = Object.hasOwn(container, last);
      if (op !== 'add' && !present) throw new PatchFailure(`there is nothing to ${op} at ${path.join('.')}`);
      if (op === 'remove') delete container[last];
      else container[last] = value;
    }
  }
}

function step(container: Record<string, unknown> | unknown[], key: string | number, path: readonly (string | number)[]): unknown {
  if (Array.isArray(container)) {
    if (typeof key !== 'number' || key >= container.length) throw new PatchFailure(`the path ${path.join('.')} leaves the plan`);
    return container[key];
  }
  if (typeof key !== 'string' || isForbiddenKey(key) || !Object.hasOwn(container, key)) throw new PatchFailure(`the path ${path.join('.')} leaves the plan`);
  return container[key];
}
