import * as z from 'zod';
import { CareerPlanError, shown } from './errors.js';
import { isForbiddenKey, type JsonValue } from './json.js';

/** The deepest nesting a JSON value inside a plan may have. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether `value` is plain JSON data no deeper than `maxDepth`, without forbidden keys
 * (`__proto__`, `constructor`, `prototype`) and without cycles (an object shared by two parents
 * is fine). Recursive only to `maxDepth`: hostile depth cannot overflow the stack.
 *
 * @param value - the value to check
 * @param maxDepth - the deepest nesting accepted (default 64)
 */
export function isJsonValue(value: unknown, maxDepth: number = MAX_JSON_DEPTH): value is JsonValue {
  // The walks recurse to maxDepth, so it is bounded.
  if (typeof maxDepth !== 'number' || !(maxDepth >= 0 && maxDepth <= 10_000))
    throw new CareerPlanError('invalid-input', 'maxDepth must be a number from 0 to 10,000', {
      maxDepth: shown(maxDepth),
    });
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  // Most values are small trees: walk them directly. A value too large for that (or a shared
  // subtree, which a direct walk would visit once per parent) takes the walk below.
  const quick = quickCheck(value, maxDepth);
  if (quick !== undefined) return quick;
  // Too large for that: measured with a memory of the objects met (a shared subtree is walked
  // once, and again only where it is met deeper), recursive to at most maxDepth.
  return measureJson(value, maxDepth) >= 0;
}

/**
 * A zod schema for a plain JSON value (plain objects, arrays, strings, finite numbers, booleans
 * and null; no forbidden keys; bounded depth). It checks without copying: the
 * parsed value is the value given. In JSON Schema it is any value.
 *
 * @example
 * ```ts
 * import { jsonValueSchema } from 'career-plan';
 *
 * jsonValueSchema.safeParse({ contacts: ['Sam'] }).success; // true
 * ```
 * @category Schemas
 */
export const jsonValueSchema = z.custom<JsonValue>((value) => isJsonValue(value), {
  message:
    `Expected plain JSON data: no forbidden keys (__proto__, constructor, prototype), at most ${MAX_JSON_DEPTH} ` +
    `levels deep`,
});

/** Nodes a direct walk visits before it hands a value to the walk that tracks shared subtrees. */
const QUICK_BUDGET = 64;

/** What remains of the quick walk's budget (module state: the walk is synchronous and never re-entered). */
let budget = 0;

/**
 * `isJsonValue` and the length of the value as JSON text at once: the length (a lower bound:
 * numbers count one character, strings no escapes), or -1 when the value is not plain JSON no deeper than
 * `maxDepth`. Each object is measured once however often it is shared, so the cost follows the
 * objects of the value, while the length is that of the text it stands for: a value that shares
 * subtrees 20 levels deep is small in memory and a million objects as text. Recursive, bounded
 * by `maxDepth`.
 */
export function measureJson(value: unknown, maxDepth: number): number {
  return measureWithin(value, 0, maxDepth, new Map(), new Set());
}

function measureWithin(
  item: unknown,
  depth: number,
  maxDepth: number,
  done: Map<object, readonly [number, number]>,
  open: Set<object>,
): number {
  if (typeof item === 'string') return item.length + 2;
  if (typeof item === 'number') return Number.isFinite(item) ? 1 : -1;
  if (item === null || item === true) return 4;
  if (item === false) return 5;
  if (typeof item !== 'object' || depth >= maxDepth || open.has(item)) return -1;
  const known = done.get(item);
  // Measured before at this depth or deeper: its subtree fits here too (met deeper, it is
  // measured again, since it may be too deep there).
  if (known !== undefined && depth <= known[0]) return known[1];
  open.add(item);
  let size = 2;
  if (Array.isArray(item)) {
    for (let i = 0; i < item.length; i++) {
      const length = measureWithin(item[i], depth + 1, maxDepth, done, open);
      if (length < 0) return -1;
      size += length + 1;
    }
  } else {
    const proto: unknown = Object.getPrototypeOf(item);
    if (proto !== Object.prototype && proto !== null) return -1;
    for (const key of Object.keys(item)) {
      if (isForbiddenKey(key)) return -1;
      const length = measureWithin((item as Record<string, unknown>)[key], depth + 1, maxDepth, done, open);
      if (length < 0) return -1;
      size += key.length + 4 + length;
    }
  }
  // One separator fewer than entries.
  if (size > 2) size -= 1;
  open.delete(item);
  done.set(item, [depth, size]);
  return size;
}

/**
 * `isJsonValue` for small trees, without bookkeeping: `undefined` when the value has more than
 * {@link QUICK_BUDGET} objects and arrays (a cycle reaches the depth limit first and is refused).
 */
function quickCheck(value: unknown, maxDepth: number): boolean | undefined {
  budget = QUICK_BUDGET;
  return quickWalk(value, 0, maxDepth);
}

function quickWalk(item: unknown, depth: number, maxDepth: number): boolean | undefined {
  if (item === null || typeof item === 'string' || typeof item === 'boolean') return true;
  if (typeof item === 'number') return Number.isFinite(item);
  if (typeof item !== 'object' || depth >= maxDepth) return false;
  if (--budget < 0) return undefined;
  if (Array.isArray(item)) {
    for (let i = 0; i < item.length; i++) {
      const ok = quickWalk(item[i], depth + 1, maxDepth);
      if (ok !== true) return ok;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(item);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in item) {
    if (!Object.hasOwn(item, key)) continue;
    if (isForbiddenKey(key)) return false;
    const ok = quickWalk((item as Record<string, unknown>)[key], depth + 1, maxDepth);
    if (ok !== true) return ok;
  }
  return true;
}

/**
 * A plain JSON object: its keys are field names (never `__proto__`, `constructor` or
 * `prototype`, at any depth) and its values plain JSON. One custom check, because zod's record
 * does not see a `__proto__` key that `JSON.parse` made an own property. Its JSON Schema is
 * given by `documentJsonSchema`.
 */
export const jsonObjectSchema = z.custom<Readonly<Record<string, JsonValue>>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && isJsonValue(value),
  {
    message:
      `Expected a plain JSON object: no forbidden keys (__proto__, constructor, prototype), at most ` +
      `${MAX_JSON_DEPTH} levels deep`,
  },
);
