import * as z from 'zod';
import { idSchema, textSchema, titleSchema, trimTitles } from './primitives.js';

const resourceFields = {
  /** The resource's name. */
  name: titleSchema,
  /** What kind of resource it is. */
  kind: z.literal(['person', 'organization', 'course', 'website', 'funding', 'publication', 'other']),
  /** Where to find it online. */
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .exactOptional(),
  /** How to reach it: a phone number, an email address, an office. */
  contact: titleSchema.exactOptional(),
  /** What it offers. */
  notes: textSchema.exactOptional(),
};

/**
 * A resource that helps: a person, an organization, a course, a website, funding.
 *
 * @example
 * ```ts
 * import { resourceSchema } from 'career-plan';
 *
 * resourceSchema.parse({ id: 'r1', name: 'My Next Move', kind: 'website', url: 'https://www.mynextmove.org/' });
 * ```
 * @category Schemas
 */
export const resourceSchema = z
  .strictObject({
    /** The resource's id. */
    id: idSchema,
    ...resourceFields,
  })
  .readonly();

/**
 * What `addResource` accepts: a resource whose id may be left out.
 *
 * @example
 * ```ts
 * import { resourceInputSchema } from 'career-plan';
 *
 * resourceInputSchema.parse({ name: 'Pell Grant', kind: 'funding' });
 * ```
 * @category Schemas
 */
export const resourceInputSchema = z.strictObject({
  /** The resource's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  .../* @__PURE__ */ trimTitles(resourceFields),
});

/**
 * A resource. See {@link resourceSchema}.
 *
 * @example
 * ```ts
 * import type { Resource } from 'career-plan';
 *
 * const r: Resource = { id: 'r1', name: 'Career center', kind: 'organization' };
 * ```
 * @category Schemas
 */
export type Resource = z.output<typeof resourceSchema>;
/**
 * What `addResource` takes. See {@link resourceInputSchema}.
 *
 * @example
 * ```ts
 * import type { ResourceInput } from 'career-plan';
 *
 * const input: ResourceInput = { name: 'Career center', kind: 'organization' };
 * ```
 * @category Schemas
 */
export type ResourceInput = z.input<typeof resourceInputSchema>;
