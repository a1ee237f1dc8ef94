import * as z from 'zod';

/**
 * An entity id: a non-empty string of at most 200 characters. Ids are opaque: compared as
 * strings, never parsed, and escaped wherever they are printed.
 *
 * @example
 * ```ts
 * import { idSchema } from 'career-plan';
 *
 * idSchema.parse('goal-1'); // 'goal-1'
 * ```
 * @category Schemas
 */
export const idSchema = z.string().min(1).max(200);

/**
 * A short text such as a title: 1 to 500 characters.
 *
 * @example
 * ```ts
 * import { titleSchema } from 'career-plan';
 *
 * titleSchema.safeParse('').success; // false
 * ```
 * @category Schemas
 */
export const titleSchema = z.string().min(1).max(500);

/**
 * A title as a person types it into a form: trimmed, refused when blank, 1 to 500 characters
 * after trimming. The input schemas take titles and names this way; a stored plan keeps the
 * looser {@link titleSchema}, so that plans saved before still load.
 *
 * @example
 * ```ts
 * import { titleInputSchema } from 'career-plan';
 *
 * console.log(titleInputSchema.parse('  Get certified ')); // 'Get certified'
 * console.log(titleInputSchema.safeParse('   ').success); // false
 * ```
 * @category Schemas
 */
export const titleInputSchema = z.string().trim().min(1).max(500);

/**
 * The fields of an input schema with every title, required or optional, as a person types it
 * ({@link titleInputSchema}).
 */
export function trimTitles<S extends z.core.$ZodLooseShape>(shape: S): S {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    const schema = shape[key] as z.core.$ZodType;
    const def = schema._zod.def as { readonly type: string; readonly innerType?: unknown };
    out[key] =
      schema === titleSchema
        ? titleInputSchema
        : def.type === 'optional' && def.innerType === titleSchema
          ? titleInputSchema.exactOptional()
          : schema;
  }
  return out as S;
}

/**
 * A longer text such as a description or a note: up to 20,000 characters.
 *
 * @example
 * ```ts
 * import { textSchema } from 'career-plan';
 *
 * textSchema.parse('Talked to two network technicians.');
 * ```
 * @category Schemas
 */
export const textSchema = z.string().max(20_000);

/**
 * A calendar date, `YYYY-MM-DD` (checked for real dates: `2026-02-30` fails).
 *
 * @example
 * ```ts
 * import { calendarDateSchema } from 'career-plan';
 *
 * calendarDateSchema.parse('2027-06-30');
 * ```
 * @category Schemas
 */
export const calendarDateSchema = z.iso.date();

/**
 * An instant, ISO-8601 with `Z` or an offset, for example `2026-01-05T09:00:00.000Z`.
 *
 * @example
 * ```ts
 * import { timestampSchema } from 'career-plan';
 *
 * timestampSchema.parse('2026-01-05T09:00:00+01:00');
 * ```
 * @category Schemas
 */
export const timestampSchema = z.iso.datetime({ offset: true });

/**
 * An O\*NET-SOC occupation code, `NN-NNNN.NN`, for example `15-1232.00` (Computer User
 * Support Specialists).
 *
 * @example
 * ```ts
 * import { socCodeSchema } from 'career-plan';
 *
 * socCodeSchema.safeParse('15-1232').success; // false: the .NN suffix is required
 * ```
 * @category Schemas
 */
export const socCodeSchema = z.string().regex(/^\d{2}-\d{4}\.\d{2}$/);

/**
 * A list of short texts (criteria, pros, cons, resources needed), at most 200 entries.
 *
 * @example
 * ```ts
 * import { textListSchema } from 'career-plan';
 *
 * textListSchema.parse(['Good pay', 'Short training']);
 * ```
 * @category Schemas
 */
export const textListSchema = z.array(z.string().min(1).max(2_000)).max(200).readonly();

/**
 * A list of entity ids (the goals a barrier blocks, say), at most 1,000 entries.
 *
 * @example
 * ```ts
 * import { idListSchema } from 'career-plan';
 *
 * idListSchema.parse(['goal-1', 'goal-2']);
 * ```
 * @category Schemas
 */
export const idListSchema = z.array(idSchema).max(1_000).readonly();

/** Calendar dates zod has accepted lately (a plan's dates repeat): checked once each, up to 4,096. */
const calendarDates = new Set<string>();

/** Whether `value` is a calendar date as `calendarDateSchema` says, remembering those it accepted. */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  if (calendarDates.has(value)) return true;
  if (!calendarDateSchema.safeParse(value).success) return false;
  if (calendarDates.size >= 4096) calendarDates.clear();
  calendarDates.add(value);
  return true;
}
