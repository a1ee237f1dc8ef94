import * as z from 'zod';
import { idSchema, textListSchema, textSchema, timestampSchema } from './primitives.js';

const decisionFields = {
  /** The career option chosen as the best fit. */
  chosenOptionId: idSchema,
  /** The option to pursue in the short term, when it differs. */
  shortTermOptionId: idSchema.exactOptional(),
  /** The option to aim for in the long term, when it differs. */
  longTermOptionId: idSchema.exactOptional(),
  /** The criteria weighed: duties, education, earnings, outlook, ... */
  criteria: textListSchema,
  /** What speaks for the choice. */
  pros: textListSchema,
  /** What speaks against it. */
  cons: textListSchema,
  /** Why this option, in the person's words. */
  rationale: textSchema.exactOptional(),
};

/**
 * The match: which option the person chose, what they weighed and why.
 *
 * @example
 * ```ts
 * import { decisionSchema } from 'career-plan';
 *
 * decisionSchema.parse({ chosenOptionId: 'o1', criteria: ['earnings'], pros: ['Short training'], cons: [],
 *   rationale: 'Fits my interests', decidedAt: '2026-03-01T10:00:00.000Z' });
 * ```
 * @category Schemas
 */
export const decisionSchema = z
  .strictObject({
    ...decisionFields,
    /** When the decision was made. */
    decidedAt: timestampSchema,
  })
  .readonly();

/**
 * What `decide` accepts: lists default to empty and `decidedAt` to the environment's now.
 *
 * @example
 * ```ts
 * import { decisionInputSchema } from 'career-plan';
 *
 * decisionInputSchema.parse({ chosenOptionId: 'o1', rationale: 'Best fit' });
 * ```
 * @category Schemas
 */
export const decisionInputSchema = z.strictObject({
  ...decisionFields,
  /** The criteria weighed (default none). */
  criteria: textListSchema.default([]),
  /** What speaks for the choice (default none). */
  pros: textListSchema.default([]),
  /** What speaks against it (default none). */
  cons: textListSchema.default([]),
  /** When the decision was made (default: the environment's now). */
  decidedAt: timestampSchema.exactOptional(),
});

/**
 * The match decision. See {@link decisionSchema}.
 *
 * @example
 * ```ts
 * import type { Decision } from 'career-plan';
 *
 * const d: Decision = { chosenOptionId: 'o1', criteria: [], pros: [], cons: [],
 *   decidedAt: '2026-03-01T10:00:00.000Z' };
 * ```
 * @category Schemas
 */
export type Decision = z.output<typeof decisionSchema>;
/**
 * What `decide` takes. See {@link decisionInputSchema}.
 *
 * @example
 * ```ts
 * import type { DecisionInput } from 'career-plan';
 *
 * const input: DecisionInput = { chosenOptionId: 'o1', pros: ['Matches my RIASEC code'] };
 * ```
 * @category Schemas
 */
export type DecisionInput = z.input<typeof decisionInputSchema>;
