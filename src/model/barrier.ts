import * as z from 'zod';
import { idListSchema, idSchema, textSchema } from './primitives.js';

/**
 * Where a barrier stands.
 *
 * @example
 * ```ts
 * import { barrierStatusSchema } from 'career-plan';
 *
 * barrierStatusSchema.values; // Set {'open', 'addressing', 'overcome'}
 * ```
 * @category Schemas
 */
export const barrierStatusSchema = z.literal(['open', 'addressing', 'overcome']);

const barrierFields = {
  /** What stands in the way, for example `Caring for my mother in the evenings`. */
  description: textSchema.min(1),
  /** How it will be overcome, for example `My brother covers Tuesdays and Thursdays`. */
  overcome: textSchema.exactOptional(),
  /** The goals it stands in the way of. */
  goalIds: idListSchema,
  /** Where it stands. */
  status: barrierStatusSchema,
};

/**
 * A barrier to the plan and how it will be overcome.
 *
 * @example
 * ```ts
 * import { barrierSchema } from 'career-plan';
 *
 * barrierSchema.parse({ id: 'b1', description: 'Evening childcare', overcome: 'Sister helps twice a week',
 *   goalIds: ['g1'], status: 'addressing' });
 * ```
 * @category Schemas
 */
export const barrierSchema = z
  .strictObject({
    /** The barrier's id. */
    id: idSchema,
    ...barrierFields,
  })
  .readonly();

/**
 * What `addBarrier` accepts: the id may be left out, `goalIds` defaults to none and `status`
 * to `open`.
 *
 * @example
 * ```ts
 * import { barrierInputSchema } from 'career-plan';
 *
 * barrierInputSchema.parse({ description: 'No car', overcome: 'Take the bus line 8' });
 * ```
 * @category Schemas
 */
export const barrierInputSchema = z.strictObject({
  ...barrierFields,
  /** The barrier's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  /** The goals it stands in the way of (default none). */
  goalIds: idListSchema.default([]),
  /** Where it stands (default `open`). */
  status: barrierStatusSchema.default('open'),
});

/**
 * A barrier. See {@link barrierSchema}.
 *
 * @example
 * ```ts
 * import type { Barrier } from 'career-plan';
 *
 * const b: Barrier = { id: 'b1', description: 'No car', goalIds: [], status: 'open' };
 * ```
 * @category Schemas
 */
export type Barrier = z.output<typeof barrierSchema>;
/**
 * What `addBarrier` takes. See {@link barrierInputSchema}.
 *
 * @example
 * ```ts
 * import type { BarrierInput } from 'career-plan';
 *
 * const input: BarrierInput = { description: 'No car', goalIds: ['g1'] };
 * ```
 * @category Schemas
 */
export type BarrierInput = z.input<typeof barrierInputSchema>;
