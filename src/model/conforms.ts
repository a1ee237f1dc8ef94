import * as z from 'zod';
import { jsonEqual } from './json.js';

/**
 * A compiled test of whether a JSON value already is what a schema would output.
 * @internal
 */
export type Conformance = (value: unknown) => boolean;

type Internals = z.core.$ZodTypeInternals;
type Payload = z.core.ParsePayload;

/** The context zod's own `safeParse` gives a synchronous parse. */
const CONTEXT: z.core.ParseContextInternal = { async: false };

let compiled = new WeakMap<z.core.$ZodType, Conformance>();

/** An object as JSON.parse makes them (zod would output a null-prototype object as a plain one). */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.getPrototypeOf(value) === Object.prototype;

/** One of zod's checks, run as zod runs it: it must pass and leave the value as it was. */
function zodCheck(check: z.core.$ZodCheck, value: unknown): boolean {
  const payload: Payload = { value, issues: [] };
  const when = check._zod.def.when;
  if (when !== undefined && !when(payload)) return true;
  if (check._zod.check(payload as z.core.ParsePayload<never>) instanceof Promise) return false;
  return payload.issues.length === 0 && payload.value === value;
}

type CheckDef = z.core.$ZodCheckDef & {
  readonly check?: string;
  readonly maximum?: unknown;
  readonly minimum?: unknown;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly fn?: (value: unknown) => unknown;
};

/**
 * A check as a test. The common ones answer the certain cases directly (a string no longer than
 * its maximum in UTF-16 units is no longer in code points either); every other case, and every
 * other check, is zod's own.
 */
function test(check: z.core.$ZodCheck): Conformance {
  const def = check._zod.def as CheckDef;
  const zod: Conformance = (value) => zodCheck(check, value);
  if (def.when !== undefined && def.check !== 'max_length' && def.check !== 'min_length') return zod;
  switch (def.check) {
    case 'max_length': {
      const maximum = def.maximum;
      if (typeof maximum !== 'number') return zod;
      return (value) =>
        (typeof value === 'string' || Array.isArray(value) ? value.length <= maximum : false) || zod(value);
    }
    case 'min_length': {
      const minimum = def.minimum;
      if (typeof minimum !== 'number') return zod;
      // A code point is one or two units: twice the minimum in units is enough in code points.
      return (value) =>
        (typeof value === 'string' ? value.length >= 2 * minimum : Array.isArray(value) && value.length >= minimum) ||
        zod(value);
    }
    case 'greater_than':
    case 'less_than': {
      const bound = def.value;
      if (typeof bound !== 'number') return zod;
      const above = def.check === 'greater_than';
      return (value) =>
        typeof value === 'number' &&
        (above
          ? def.inclusive === true
            ? value >= bound
            : value > bound
          : def.inclusive === true
            ? value <= bound
            : value < bound);
    }
    case 'number_format':
      return def.format === 'safeint' ? (value) => Number.isSafeInteger(value) : zod;
    case 'string_format': {
      const pattern = def.pattern;
      // A regex check, and the ISO date and datetime formats, are exactly their pattern (the probes
      // check it against zod); other formats may check more.
      if (!/^(?:regex|datetime|date)$/.test(def.format ?? '') || pattern === undefined) return zod;
      return (value) => {
        pattern.lastIndex = 0;
        return typeof value === 'string' && pattern.test(value);
      };
    }
    case 'custom': {
      const fn = def.fn;
      if (fn === undefined) return zod;
      return (value) => {
        const result = fn(value);
        return !(result instanceof Promise) && Boolean(result);
      };
    }
    default:
      return zod;
  }
}

/** Every test must pass. */
const all = (tests: readonly Conformance[]): Conformance => {
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0] as Conformance;
  return (value) => {
    for (const t of tests) if (!t(value)) return false;
    return true;
  };
};

/** Any schema, through zod itself: it must accept the value and give back one equal to it as JSON data. */
function delegate(schema: z.core.$ZodType): Conformance {
  return (value) => {
    const result = schema._zod.run({ value, issues: [] }, CONTEXT);
    if (result instanceof Promise) return false;
    return (
      result.issues.length === 0 &&
      (result.value === value || (typeof value === 'object' && jsonEqual(result.value, value)))
    );
  };
}

/** A schema of one value (string, number, boolean, literal, enum, custom), or undefined for any other. */
function leaf(schema: z.core.$ZodType): Conformance | undefined {
  const internals: Internals = schema._zod;
  const def = internals.def as z.core.$ZodTypeDef & { readonly coerce?: boolean };
  if (def.coerce === true) return undefined;
  let accepts: Conformance;
  switch (def.type) {
    case 'string':
      accepts = (value) => typeof value === 'string';
      break;
    case 'number':
      accepts = (value) => typeof value === 'number' && Number.isFinite(value);
      break;
    case 'boolean':
      accepts = (value) => typeof value === 'boolean';
      break;
    case 'literal':
    case 'enum': {
      const values = internals.values;
      if (values === undefined) return undefined;
      accepts = (value) => values.has(value as never);
      break;
    }
    case 'custom':
      accepts = () => true;
      break;
    default:
      return undefined;
  }
  // A string format or a custom schema is a check itself, run before the checks added to it.
  const own = internals.traits.has('$ZodCheck') ? [schema as unknown as z.core.$ZodCheck] : [];
  const checks = all([...own, ...(def.checks ?? [])].map(test));
  return (value) => accepts(value) && checks(value);
}

function build(schema: z.core.$ZodType): Conformance {
  const internals: Internals = schema._zod;
  const def = internals.def;
  const checks = def.checks ?? [];
  const checked = all(checks.map(test));
  const withChecks = (inner: Conformance): Conformance =>
    checks.length === 0 ? inner : (value) => inner(value) && checked(value);

  switch (def.type) {
    case 'object': {
      const { shape, catchall } = def as z.core.$ZodObjectDef;
      // A strict object (catchall `never`) refuses unknown keys; a stripping one drops them, so
      // its output would differ. Anything else (a catchall schema, passthrough) goes to zod.
      // A declared `__proto__` is dropped from zod's output: zod decides there too.
      if ((catchall !== undefined && catchall._zod.def.type !== 'never') || Object.hasOwn(shape, '__proto__'))
        return delegate(schema);
      const fields = new Map<string, { conforms: Conformance; required: boolean }>();
      let required = 0;
      for (const [key, field] of Object.entries(shape)) {
        // Absence is output as absence only by `.optional()` and `.exactOptional()`, not by defaults.
        const mayBeAbsent = field._zod.optin === 'optional' && field._zod.optout === 'optional';
        fields.set(key, { conforms: conformance(field), required: !mayBeAbsent });
        if (!mayBeAbsent) required++;
      }
      return withChecks((value) => {
        if (!isPlainObject(value)) return false;
        // One pass over the value's keys: each must be a field, and every required field must be seen.
        let seen = 0;
        for (const key in value) {
          const field = fields.get(key);
          if (field === undefined || !Object.hasOwn(value, key) || !field.conforms(value[key])) return false;
          if (field.required) seen++;
        }
        return seen === required;
      });
    }
    case 'array': {
      const element = conformance((def as z.core.$ZodArrayDef).element);
      return withChecks((value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!(i in value) || !element(value[i])) return false;
        return true;
      });
    }
    case 'record': {
      const { keyType, valueType, mode } = def as z.core.$ZodRecordDef;
      // Exhaustive records (enum keys) and loose ones have rules of their own: zod decides.
      if (keyType._zod.values !== undefined || mode === 'loose') return delegate(schema);
      const key = delegate(keyType);
      const item = conformance(valueType);
      return withChecks((value) => {
        if (!isPlainObject(value) || Object.getOwnPropertySymbols(value).length > 0) return false;
        for (const name of Object.keys(value))
          if (name === '__proto__' || !key(name) || !item(value[name])) return false;
        return true;
      });
    }
    case 'readonly': {
      // zod freezes the output; the caller freezes the value it keeps.
      return withChecks(conformance((def as z.core.$ZodReadonlyDef).innerType));
    }
    case 'optional': {
      const inner = conformance((def as z.core.$ZodOptionalDef).innerType);
      // `.exactOptional()` only allows the key to be absent; `.optional()` also takes `undefined`.
      if (internals.traits.has('$ZodExactOptional')) return withChecks(inner);
      if (internals.optin !== 'optional') return delegate(schema);
      return withChecks((value) => value === undefined || inner(value));
    }
    case 'nullable': {
      const inner = conformance((def as z.core.$ZodNullableDef).innerType);
      return withChecks((value) => value === null || inner(value));
    }
    case 'default': {
      // A default stands in for `undefined` alone (zod's output then differs from the value); any
      // other value is its inner schema's.
      const inner = conformance((def as z.core.$ZodDefaultDef).innerType);
      return withChecks((value) => value !== undefined && inner(value));
    }
    case 'union': {
      // A discriminated union picks its option by the discriminator's value, as zod does; a
      // value whose discriminator names no option goes to zod, which says why.
      const { discriminator, options } = def as z.core.$ZodDiscriminatedUnionDef;
      if (typeof discriminator !== 'string') return leaf(schema) ?? delegate(schema);
      const byValue = new Map<unknown, Conformance>();
      for (const option of options) {
        const values = option._zod.propValues?.[discriminator];
        if (values === undefined) return delegate(schema);
        for (const value of values) {
          if (byValue.has(value)) return delegate(schema);
          byValue.set(value, conformance(option));
        }
      }
      return withChecks((value) => {
        if (!isPlainObject(value)) return false;
        const option = byValue.get(value[discriminator]);
        return option !== undefined && option(value);
      });
    }
    default:
      // Other unions, tuples and everything else: zod itself decides, and its output must equal
      // the value as it stands.
      return leaf(schema) ?? delegate(schema);
  }
}

/**
 * Compiles a test of whether a JSON value conforms to a zod schema *as it stands*: if it says
 * yes, `schema.parse(value)` would succeed and return a value equal to `value` as JSON data, so
 * the value can be kept without zod's copy. If it says no, ask zod, which gives the reason (or,
 * for a schema that transforms, the output).
 *
 * Objects, arrays, records, `readonly`, `optional`, `nullable` and `default` are walked here without
 * copying; every other schema (strings, numbers, literals, custom checks, unions) is run by zod
 * itself, and any check a schema carries is zod's own. So the schema stays the one source of
 * truth, and large documents are checked without building a second copy of them. Meant for
 * JSON data (from `JSON.parse`, or checked by `isJsonValue`).
 *
 * @param schema - the schema the value must already match
 * @internal
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { conformance } from './conforms.js';
 *
 * const conforms = conformance(z.strictObject({ id: z.string().min(1) }));
 * conforms({ id: 'g1' }); // true
 * conforms({ id: 'g1', extra: 1 }); // false: ask zod why
 * ```
 */
export function conformance(schema: z.core.$ZodType): Conformance {
  const known = compiled.get(schema);
  if (known !== undefined) return known;
  if (!trusted()) {
    // zod's internals are not what this file was written against: ask zod, through its public API.
    const safe = viaPublicParse(schema);
    compiled.set(schema, safe);
    return safe;
  }
  // A placeholder first, so a schema that contains itself (z.lazy, getters) compiles once.
  let built: Conformance | undefined;
  const late: Conformance = (value) => (built as Conformance)(value);
  compiled.set(schema, late);
  try {
    built = build(schema);
  } catch (error) {
    compiled.delete(schema);
    throw error;
  }
  compiled.set(schema, built);
  return built;
}

/** Any schema through zod's public `safeParse`: it must accept the value and give back one equal to it. */
function viaPublicParse(schema: z.core.$ZodType): Conformance {
  return (value) => {
    const result = z.safeParse(schema, value);
    return result.success && (result.data === value || (typeof value === 'object' && jsonEqual(result.data, value)));
  };
}

/**
 * Whether this file's reading of zod's internals agrees with zod on every case given: it never
 * says "already valid" where zod's public `safeParse` refuses the value or outputs another one.
 *
 * @param cases - schemas, each with a value to try
 * @internal
 */
export function agreesWithZod(cases: readonly (readonly [z.core.$ZodType, unknown])[]): boolean {
  try {
    for (const [schema, value] of cases) {
      const fast = build(schema)(value);
      if (fast && !viaPublicParse(schema)(value)) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/** Schemas of every construct the fast path reads, each with values zod accepts and refuses. */
function probes(): (readonly [z.core.$ZodType, unknown])[] {
  const item = z
    .strictObject({ a: z.string().min(2).max(4), b: z.number().int().min(0).max(10).exactOptional() })
    .readonly();
  const union = z.discriminatedUnion('k', [
    z.strictObject({ k: z.literal('a'), n: z.number() }),
    z.strictObject({ k: z.literal('b'), s: z.string().regex(/^[a-z]+$/) }),
  ]);
  const cases: [z.core.$ZodType, unknown[]][] = [
    [
      item,
      [
        { a: 'abc' },
        { a: 'ab', b: 3 },
        { a: 'a' },
        { a: 'abcde' },
        { a: 'abc', b: 1.5 },
        { a: 'abc', b: -1 },
        { a: 'abc', b: 11 },
      ],
    ],
    [item, [{ a: 'abc', c: 1 }, {}, { a: 1 }, { a: 'abc', b: undefined }, [], null, 'abc']],
    [
      z
        .array(z.literal(['x', 'y']))
        .max(2)
        .readonly(),
      [['x'], ['y', 'x'], ['z'], ['x', 'x', 'x'], {}, 'x'],
    ],
    [z.record(z.string().regex(/^[a-z]+$/), z.boolean()), [{ ab: true }, { AB: true }, { ab: 1 }, [], null]],
    [union, [{ k: 'a', n: 1 }, { k: 'b', s: 'xy' }, { k: 'a', s: 'x' }, { k: 'b', s: 'XY' }, { k: 'c' }, { n: 1 }]],
    [z.string().nullable(), ['x', null, 1, undefined]],
    [z.string().optional(), ['x', undefined, 1, null]],
    [z.array(z.string().max(2)).default([]), [['ab'], [], ['abc'], undefined, null]],
    [z.enum(['p', 'q']), ['p', 'r', 1]],
    [z.literal(3), [3, 4, '3']],
    [z.boolean(), [true, 'true', 0]],
    [z.number().int().min(1), [1, 0, 1.5, Number.NaN, '1']],
    [z.iso.datetime({ offset: true }), ['2026-01-05T09:00:00.000Z', '2026-13-05T09:00:00.000Z', 'yesterday', 5]],
    [z.iso.date(), ['2026-02-28', '2026-02-30', '30/09/2026']],
    [z.custom<number>((value) => value === 1), [1, 2]],
    [z.string().max(3), ['abc', 'abcd', '😀😀', 3]],
    [z.string().min(2), ['ab', 'a', '😀', '']],
  ];
  return cases.flatMap(([schema, values]) => values.map((value) => [schema, value] as const));
}

let trust: boolean | undefined;

/**
 * Whether the fast path may answer: decided once, at first use, by checking it against zod on
 * {@link probes}. Under a zod whose internals differ from those it was written against (a check
 * renamed, a definition reshaped), loading takes zod's public parse instead, slower and never
 * wrong.
 */
function trusted(): boolean {
  if (trust === undefined) {
    // The probes compile the fast path for their own schemas (so it answers while they run).
    trust = true;
    trust = agreesWithZod(probes());
  }
  return trust;
}

/**
 * Whether the fast path answers under the zod installed here (its probes agree with zod).
 *
 * @internal
 */
export function conformanceTrusted(): boolean {
  return trusted();
}

/**
 * Forces the fast path on or off (`undefined`: decide again at next use); for tests.
 *
 * @param value - trust the fast path, or not
 * @internal
 */
export function setConformanceTrust(value: boolean | undefined): void {
  trust = value;
  compiled = new WeakMap();
}
