import type * as z from 'zod';
import { conformance } from './conforms.js';
import { CareerPlanError, type CareerPlanErrorCode } from './errors.js';
import { englishInputErrors } from './input-errors.js';

/**
 * The parameters of the library's own parses, made once (every edit parses its input): English
 * messages, and each issue keeping the value at fault, so that describeError can say it again.
 */
let PARSE: z.core.ParseContext<z.core.$ZodIssue> | undefined;

/**
 * Parses `value` with a zod schema and returns the output, or throws `CareerPlanError` with
 * the given code (by default `invalid-input`) and zod's issues in `details.issues`.
 *
 * @param schema - any zod schema
 * @param value - the value to check
 * @param what - what the value is, for the message (`the goal`, `the document`)
 * @param code - the error code on failure
 */
export function parseOrThrow<T extends z.core.$ZodType>(
  schema: T,
  value: unknown,
  what: string,
  code: CareerPlanErrorCode = 'invalid-input',
): z.output<T> {
  const result = (schema as unknown as z.ZodType<z.output<T>>).safeParse(
    value,
    (PARSE ??= { error: englishInputErrors(), reportInput: true }),
  );
  if (result.success) return result.data;
  const issues = result.error.issues;
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${first.path.map(String).join('.')}` : '';
  throw new CareerPlanError(code, `Invalid ${what}${where}: ${first?.message ?? 'not valid'}`, { issues });
}

/** Values found valid that can never change (frozen all the way down), by schema. */
const known = new WeakMap<z.core.$ZodType, WeakSet<object>>();

/** Whether every object in `value` is frozen (so that it can never change). */
function deepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) if (!deepFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * Throws `CareerPlanError` (by default `invalid-input`, with zod's issues) unless `value`
 * matches the schema. A valid value is checked in place, without zod's copy (see
 * `conformance`), so this is cheap enough for arguments checked on every call; a valid value
 * frozen all the way down (every entity of a plan this library made) is remembered, and not
 * checked again.
 * @internal
 */
export function requireShape(
  schema: z.core.$ZodType,
  value: unknown,
  what: string,
  code: CareerPlanErrorCode = 'invalid-input',
): void {
  const object = typeof value === 'object' && value !== null ? value : undefined;
  const valid = object === undefined ? undefined : knownValid(schema);
  if (object !== undefined && valid?.has(object) === true) return;
  if (conformance(schema)(value)) {
    // Depth is bounded here: the value has just matched the schema.
    if (object !== undefined && Object.isFrozen(object) && deepFrozen(object)) valid?.add(object);
    return;
  }
  parseOrThrow(schema, value, what, code);
}

/**
 * The values {@link requireShape} remembers as valid for a schema (deeply frozen, so they stay so):
 * a view checking many values against one schema keeps the set and asks it first.
 * @internal
 */
export function knownValid(schema: z.core.$ZodType): WeakSet<object> {
  let valid = known.get(schema);
  if (valid === undefined) known.set(schema, (valid = new WeakSet()));
  return valid;
}
