import * as z from 'zod';
import { actorRefSchema } from './actor.js';
import { calendarDateSchema, idListSchema, idSchema, textListSchema, textSchema } from './primitives.js';

/**
 * How often the plan is reviewed: every so many months (state ICAP rules and university IDPs
 * review yearly: `{ everyMonths: 12 }`), or on set dates such as the end of each term
 * (`{ dates: [...] }`).
 *
 * @example
 * ```ts
 * import { reviewCadenceSchema } from 'career-plan';
 *
 * reviewCadenceSchema.parse({ everyMonths: 12 });
 * reviewCadenceSchema.parse({ dates: ['2026-12-18', '2027-05-28'] });
 * ```
 * @category Schemas
 */
export const reviewCadenceSchema = z.union([
  z
    .strictObject({
      /** Months from one review (or the plan's creation) to the next, 1 to 60. */
      everyMonths: z.number().int().min(1).max(60),
    })
    .readonly(),
  z
    .strictObject({
      /** The days reviews are due, for example the last day of each term. */
      dates: z.array(calendarDateSchema).min(1).max(200).readonly(),
    })
    .readonly(),
]);

const reviewFields = {
  /** The day of the review, `YYYY-MM-DD`. */
  date: calendarDateSchema,
  /** Who took part, by name or the app's user id (a parent need not be a participant of the plan). */
  participants: textListSchema,
  /** What was agreed. */
  agreed: textSchema,
  /** The goals the review changed. */
  goalIds: idListSchema,
  /** Anything else worth keeping. */
  notes: textSchema.exactOptional(),
};

/**
 * A review of the plan: when, who took part, what was agreed, which goals changed.
 *
 * @example
 * ```ts
 * import { reviewSchema } from 'career-plan';
 *
 * reviewSchema.parse({ id: 'rv1', date: '2026-06-01', participants: ['Alex', 'Dana'], agreed: 'Keep the A+ goal',
 *   goalIds: [], by: { id: 'alex' } });
 * ```
 * @category Schemas
 */
export const reviewSchema = z
  .strictObject({
    /** The review's id. */
    id: idSchema,
    ...reviewFields,
    /** Who recorded it. */
    by: actorRefSchema,
  })
  .readonly();

/**
 * What `addReview` accepts: the id may be left out, `participants` defaults to the person
 * recording it and `goalIds` to none.
 *
 * @example
 * ```ts
 * import { reviewInputSchema } from 'career-plan';
 *
 * reviewInputSchema.parse({ date: '2026-06-01', agreed: 'On track' });
 * ```
 * @category Schemas
 */
export const reviewInputSchema = z.strictObject({
  /** The review's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  ...reviewFields,
  /** Who took part (default: the person recording it, by name, else id). */
  participants: textListSchema.exactOptional(),
  /** The goals it changed (default none). */
  goalIds: idListSchema.default([]),
});

/**
 * A review. See {@link reviewSchema}.
 *
 * @example
 * ```ts
 * import type { Review } from 'career-plan';
 *
 * const r: Review = { id: 'rv1', date: '2026-06-01', participants: ['Alex'], agreed: 'On track', goalIds: [],
 *   by: { id: 'alex' } };
 * ```
 * @category Schemas
 */
export type Review = z.output<typeof reviewSchema>;
/**
 * What `addReview` takes. See {@link reviewInputSchema}.
 *
 * @example
 * ```ts
 * import type { ReviewInput } from 'career-plan';
 *
 * const input: ReviewInput = { date: '2026-06-01', agreed: 'On track' };
 * ```
 * @category Schemas
 */
export type ReviewInput = z.input<typeof reviewInputSchema>;
/**
 * A review cadence. See {@link reviewCadenceSchema}.
 *
 * @example
 * ```ts
 * import type { ReviewCadence } from 'career-plan';
 *
 * const cadence: ReviewCadence = { everyMonths: 12 };
 * ```
 * @category Schemas
 */
export type ReviewCadence = z.output<typeof reviewCadenceSchema>;
