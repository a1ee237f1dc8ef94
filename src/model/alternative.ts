import * as z from 'zod';
import { idSchema, textSchema, titleSchema, trimTitles } from './primitives.js';

const alternativeFields = {
  /** The back-up plan in a few words, for example `Work as a pharmacy technician`. */
  title: titleSchema,
  /** What the back-up plan is. */
  description: textSchema.exactOptional(),
  /** When to switch to it, for example `Not certified by December`. */
  trigger: textSchema.min(1),
  /** The career option it would pursue, if any. */
  optionId: idSchema.exactOptional(),
};

/**
 * An alternative: a back-up plan and the trigger for using it.
 *
 * @example
 * ```ts
 * import { alternativeSchema } from 'career-plan';
 *
 * alternativeSchema.parse({ id: 'alt1', title: 'Retail tech support', trigger: 'No help desk offer by June' });
 * ```
 * @category Schemas
 */
export const alternativeSchema = z
  .strictObject({
    /** The alternative's id. */
    id: idSchema,
    ...alternativeFields,
  })
  .readonly();

/**
 * What `addAlternative` accepts: an alternative whose id may be left out.
 *
 * @example
 * ```ts
 * import { alternativeInputSchema } from 'career-plan';
 *
 * alternativeInputSchema.parse({ title: 'Retail tech support', trigger: 'No offer by June' });
 * ```
 * @category Schemas
 */
export const alternativeInputSchema = z.strictObject({
  /** The alternative's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  .../* @__PURE__ */ trimTitles(alternativeFields),
});

/**
 * An alternative. See {@link alternativeSchema}.
 *
 * @example
 * ```ts
 * import type { Alternative } from 'career-plan';
 *
 * const a: Alternative = { id: 'alt1', title: 'Retail tech support', trigger: 'No offer by June' };
 * ```
 * @category Schemas
 */
export type Alternative = z.output<typeof alternativeSchema>;
/**
 * What `addAlternative` takes. See {@link alternativeInputSchema}.
 *
 * @example
 * ```ts
 * import type { AlternativeInput } from 'career-plan';
 *
 * const input: AlternativeInput = { title: 'Retail tech support', trigger: 'No offer by June' };
 * ```
 * @category Schemas
 */
export type AlternativeInput = z.input<typeof alternativeInputSchema>;
