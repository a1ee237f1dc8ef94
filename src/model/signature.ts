import * as z from 'zod';
import { actorRefSchema } from './actor.js';
import { idSchema, textSchema, timestampSchema } from './primitives.js';

/**
 * A signature on the plan as it stood at one revision: a counselor's, a parent's or the owner's
 * affirmation (some state ICAP rules ask for one). `signatureStatus` says whether the plan
 * changed since.
 *
 * @example
 * ```ts
 * import { signatureSchema } from 'career-plan';
 *
 * signatureSchema.parse({ id: 'sg1', by: { id: 'dana' }, role: 'counselor', at: '2026-06-01T10:00:00.000Z',
 *   revision: { seq: 12, id: 'r12' } });
 * ```
 * @category Schemas
 */
export const signatureSchema = z
  .strictObject({
    /** The signature's id. */
    id: idSchema,
    /** Who signed. */
    by: actorRefSchema,
    /** Their role then: `owner`, or the advisor's role. */
    role: z.string().min(1).max(100),
    /** When they signed. */
    at: timestampSchema,
    /** The revision signed: the plan as it stood after it (`seq` 0 and `id` null: the plan as created). */
    revision: z
      .strictObject({
        /** Its number. */
        seq: z.number().int().min(0),
        /** Its id (`null` for 0). */
        id: idSchema.nullable(),
      })
      .readonly(),
    /** What they affirm, in their words. */
    statement: textSchema.exactOptional(),
  })
  .readonly();

/**
 * What `signPlan` accepts: the signature's id may be left out; who signs, when, their role and
 * the revision come from the edit.
 *
 * @example
 * ```ts
 * import { signatureInputSchema } from 'career-plan';
 *
 * signatureInputSchema.parse({ statement: 'Reviewed with Alex and his parents.' });
 * ```
 * @category Schemas
 */
export const signatureInputSchema = z.strictObject({
  /** The signature's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  /** What the signer affirms. */
  statement: textSchema.exactOptional(),
});

/**
 * A signature. See {@link signatureSchema}.
 *
 * @example
 * ```ts
 * import type { Signature } from 'career-plan';
 *
 * const s: Signature = { id: 'sg1', by: { id: 'dana' }, role: 'counselor', at: '2026-06-01T10:00:00.000Z',
 *   revision: { seq: 12, id: 'r12' } };
 * ```
 * @category Schemas
 */
export type Signature = z.output<typeof signatureSchema>;
/**
 * What `signPlan` takes. See {@link signatureInputSchema}.
 *
 * @example
 * ```ts
 * import type { SignatureInput } from 'career-plan';
 *
 * const input: SignatureInput = { statement: 'Reviewed together.' };
 * ```
 * @category Schemas
 */
export type SignatureInput = z.input<typeof signatureInputSchema>;
