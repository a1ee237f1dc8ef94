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
 *   revisionId: 'r12' });
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
    /**
     * The id of the revision signed: the plan as it stood after it (`null`: the plan as created). By id, not by
     * number, because an advisor's view numbers the revisions it shows apart.
     */
    revisionId: idSchema.nullable(),
    /** What they affirm, in their words. */
    statement: textSchema.exactOptional(),
  })
  .readonly();

/**
 * What `signPlan` accepts: the signature's id may be left out, and the revision signed defaults
 * to the plan's latest one that is not about the owner's private notes; who signs, when, and
 * their role come from the edit. The recorded edit
 * always names the revision, so that making it again (a merge) signs what the signer saw.
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
  /** The id of the revision signed, which the plan's history must have (default: the plan's latest shared one). */
  revisionId: idSchema.nullable().exactOptional(),
});

/**
 * A signature. See {@link signatureSchema}.
 *
 * @example
 * ```ts
 * import type { Signature } from 'career-plan';
 *
 * const s: Signature = { id: 'sg1', by: { id: 'dana' }, role: 'counselor', at: '2026-06-01T10:00:00.000Z',
 *   revisionId: 'r12' };
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
