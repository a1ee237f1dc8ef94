import * as z from 'zod';
import { calendarDateSchema, idListSchema, idSchema, textSchema, titleSchema, trimTitles } from './primitives.js';

const milestoneFields = {
  /** What is reached, for example `A+ certificate earned`. */
  title: titleSchema,
  /** When it should be reached, `YYYY-MM-DD`. */
  date: calendarDateSchema,
  /** More about it. */
  description: textSchema.exactOptional(),
  /** The goals it marks progress on. */
  goalIds: idListSchema,
  /** When it was reached, `YYYY-MM-DD`; absent until then. */
  reachedOn: calendarDateSchema.exactOptional(),
};

/**
 * A milestone on the plan's timeline.
 *
 * @example
 * ```ts
 * import { milestoneSchema } from 'career-plan';
 *
 * milestoneSchema.parse({ id: 'm1', title: 'Certificate earned', date: '2026-09-30', goalIds: ['g1'] });
 * ```
 * @category Schemas
 */
export const milestoneSchema = z
  .strictObject({
    /** The milestone's id. */
    id: idSchema,
    ...milestoneFields,
  })
  .readonly();

/**
 * What `addMilestone` accepts: the id may be left out and `goalIds` defaults to none.
 *
 * @example
 * ```ts
 * import { milestoneInputSchema } from 'career-plan';
 *
 * milestoneInputSchema.parse({ title: 'First interview', date: '2026-11-01' });
 * ```
 * @category Schemas
 */
export const milestoneInputSchema = z.strictObject({
  .../* @__PURE__ */ trimTitles(milestoneFields),
  /** The milestone's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  /** The goals it marks progress on (default none). */
  goalIds: idListSchema.default([]),
});

/**
 * A milestone. See {@link milestoneSchema}.
 *
 * @example
 * ```ts
 * import type { Milestone } from 'career-plan';
 *
 * const m: Milestone = { id: 'm1', title: 'Certificate earned', date: '2026-09-30', goalIds: [] };
 * ```
 * @category Schemas
 */
export type Milestone = z.output<typeof milestoneSchema>;
/**
 * What `addMilestone` takes. See {@link milestoneInputSchema}.
 *
 * @example
 * ```ts
 * import type { MilestoneInput } from 'career-plan';
 *
 * const input: MilestoneInput = { title: 'Certificate earned', date: '2026-09-30' };
 * ```
 * @category Schemas
 */
export type MilestoneInput = z.input<typeof milestoneInputSchema>;
