import { CareerPlanError, optionsObject, shown } from './errors.js';

/**
 * A JSON value as plans hold it: `null`, a boolean, a finite number, a string, an array of
 * JSON values or a plain object of them.
 *
 * @example
 * ```ts
 * import type { JsonValue } from 'career-plan';
 *
 * const data: JsonValue = { contacts: ['Sam (IT manager)'], met: 2 };
 * ```
 * @category Plan
 */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Keys that could reach an object's prototype when copied with assignment. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether a key is one that a plan never holds, because copying it by assignment could
 * change an object's prototype: `__proto__`, `constructor`, `prototype`.
 *
 */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_KEYS.has(key);
}

/**
 * Returns a frozen deep copy of `value` if it is plain JSON data, and throws
 * `CareerPlanError` (`invalid-input`) otherwise: for functions, `undefined`, class instances
 * (`Date`, `Map`, ...), non-finite numbers, cycles, forbidden keys, or nesting deeper than
 * `maxDepth` (default 64). It walks iteratively, so hostile depth never overflows the stack.
 *
 * @param value - the value to copy
 * @param where - a label for error messages, such as `stage data`
 * @param limits - `maxDepth`: the deepest nesting accepted
 */
export function copyJsonValue(
  value: unknown,
  where: string,
  limits: { readonly maxDepth: number } = { maxDepth: 64 },
): JsonValue {
  const maxDepth = optionsObject(limits, 'copyJsonValue').maxDepth ?? 64;
  if (typeof maxDepth !== 'number' || Number.isNaN(maxDepth))
    throw new CareerPlanError('invalid-input', 'limits.maxDepth must be a number', { maxDepth: shown(maxDepth) });
  where = typeof where === 'string' ? where : 'value';
  const fail = (reason: string, path: readonly (string | number)[]): never => {
    throw new CareerPlanError('invalid-input', `The ${where} is not plain JSON data: ${reason}`, {
      where,
      reason,
      path,
    });
  };
  const root: { value: JsonValue | undefined } = { value: undefined };
  // Each frame copies one source value into a slot of its parent.
  type Frame = {
    source: unknown;
    assign: (copied: JsonValue) => void;
    path: (string | number)[];
    ancestors: Set<unknown>;
  };
  const stack: Frame[] = [{ source: value, assign: (copied) => (root.value = copied), path: [], ancestors: new Set() }];
  const toFreeze: object[] = [];
  while (stack.length > 0) {
    const { source, assign, path, ancestors } = stack.pop() as Frame;
    if (path.length > maxDepth) fail(`nesting deeper than ${maxDepth}`, path);
    if (source === null || typeof source === 'string' || typeof source === 'boolean') {
      assign(source);
    } else if (typeof source === 'number') {
      if (!Number.isFinite(source)) fail('a number that is not finite', path);
      assign(source);
    } else if (typeof source === 'object') {
      if (ancestors.has(source)) fail('a cycle', path);
      const inner = new Set(ancestors).add(source);
      if (Array.isArray(source)) {
        const copy: JsonValue[] = new Array<JsonValue>(source.length);
        toFreeze.push(copy);
        assign(copy);
        source.forEach((item: unknown, index) => {
          stack.push({
            source: item,
            assign: (copied) => (copy[index] = copied),
            path: [...path, index],
            ancestors: inner,
          });
        });
      } else {
        const proto: unknown = Object.getPrototypeOf(source);
        if (proto !== Object.prototype && proto !== null) fail('an object that is not a plain object', path);
        const copy: Record<string, JsonValue> = {};
        toFreeze.push(copy);
        assign(copy);
        for (const key of Object.keys(source)) {
          if (isForbiddenKey(key)) fail(`the forbidden key "${key}"`, [...path, key]);
          const item: unknown = (source as Record<string, unknown>)[key];
          if (item === undefined) continue;
          stack.push({
            source: item,
            assign: (copied) =>
              Object.defineProperty(copy, key, { value: copied, enumerable: true, writable: true, configurable: true }),
            path: [...path, key],
            ancestors: inner,
          });
        }
      }
    } else {
      fail(`a value of type ${typeof source}`, path);
    }
  }
  for (const object of toFreeze) Object.freeze(object);
  return root.value as JsonValue;
}

/**
 * Deep equality of two JSON values (objects compared by their own keys, arrays in order). Values
 * nested deeper than a plan's are compared without recursion, and cycles end: hostile depth never
 * overflows the stack.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return equalWithin(a, b, 0);
}

/** Nesting past which {@link jsonEqual} stops recursing (no plan value is half as deep). */
const RECURSION_LIMIT = 256;

function equalWithin(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (depth > RECURSION_LIMIT) return equalDeep(a, b);
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!equalWithin(a[i], b[i], depth + 1)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (
      !Object.hasOwn(b, key) ||
      !equalWithin((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1)
    )
      return false;
  }
  return true;
}

/**
 * Deep equality without recursion, for values nested deeper than any plan holds (hostile input):
 * a stack of pairs to compare, and the pairs met before, so that cycles end (two cyclic values
 * are equal when no path through them finds a difference).
 */
function equalDeep(a: object, b: object): boolean {
  const seen = new Map<object, Set<object>>();
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length > 0) {
    const [x, y] = stack.pop() as [unknown, unknown];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    let met = seen.get(x);
    if (met?.has(y) === true) continue;
    if (met === undefined) seen.set(x, (met = new Set()));
    met.add(y);
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    const kx = Object.keys(x);
    const ky = Object.keys(y);
    if (kx.length !== ky.length) return false;
    for (const key of kx) {
      if (!Object.hasOwn(y, key)) return false;
      stack.push([(x as Record<string, unknown>)[key], (y as Record<string, unknown>)[key]]);
    }
  }
  return true;
}

/** A maker of plain objects of one set of keys. */
type FieldsMaker = new (values: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/** The makers of the key sets met so far. */
const makers = new Map<string, FieldsMaker>();

/**
 * `fields` as an object the engine keeps in as little memory as a literal of those keys. Built
 * field by field, an object keeps room for four fields at least (56 bytes for one field instead
 * of 32), and revisions keep many small ones (a step's values and old values, an edit's changes).
 * Objects a constructor makes are given the room their fields take after the first few (V8's
 * slack tracking), so each key set gets a constructor of its own, whose objects are plain (their
 * prototype is `Object.prototype`). Objects of more than eight keys, and key sets past the first
 * 512, are returned as they are.
 */
export function compactFields<T extends object>(fields: T): T {
  const keys = Object.keys(fields);
  if (keys.length === 0 || keys.length > 8 || keys.some(isForbiddenKey)) return fields;
  const id = keys.join('\u0000');
  let Maker = makers.get(id);
  if (Maker === undefined) {
    if (makers.size >= 512) return fields;
    const make = function (this: Record<string, unknown>, values: Readonly<Record<string, unknown>>): void {
      for (const key of keys) this[key] = values[key];
    };
    make.prototype = Object.prototype;
    makers.set(id, (Maker = make as unknown as FieldsMaker));
  }
  return new Maker(fields as Readonly<Record<string, unknown>>) as T;
}
