import * as z from 'zod';
import { idSchema } from './primitives.js';

/**
 * A person who owns, edits or advises on a plan, referred to by the app's own user id.
 *
 * @example
 * ```ts
 * import { actorRefSchema } from 'career-plan';
 *
 * actorRefSchema.parse({ id: 'alex', name: 'Alex Rivera' });
 * ```
 * @category Schemas
 */
export const actorRefSchema = z
  .strictObject({
    /** The app's id for this person. */
    id: idSchema,
    /** The name shown in sentences such as revision descriptions. */
    name: z.string().min(1).max(200).exactOptional(),
  })
  .readonly();

/**
 * A reference to a person: their id and, optionally, the name to show.
 *
 * @example
 * ```ts
 * import type { ActorRef } from 'career-plan';
 *
 * const counselor: ActorRef = { id: 'c-17', name: 'Dana (counselor)' };
 * ```
 * @category Schemas
 */
export type ActorRef = z.output<typeof actorRefSchema>;
