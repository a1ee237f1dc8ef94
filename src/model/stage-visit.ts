import * as z from 'zod';
import { actorRefSchema } from './actor.js';
import { isForbiddenKey } from './json.js';
import { textSchema, timestampSchema } from './primitives.js';

/**
 * A stage id: lower-case words joined by hyphens, such as `self-assessment` (at most 64
 * characters), and never `constructor` or `prototype`. The form keeps ids safe as object keys.
 *
 * @example
 * ```ts
 * import { stageIdSchema } from 'career-plan';
 *
 * stageIdSchema.safeParse('Networking').success; // false: lower case only
 * ```
 * @category Stages
 */
export const stageIdSchema = z
  .string()
  .max(64)
  .regex(
    /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/,
    'A stage id is lower-case words joined by hyphens, such as "self-assessment"',
  )
  .refine((id) => !isForbiddenKey(id), 'A stage id cannot be "constructor" or "prototype"');

/**
 * One visit to a stage in the plan's journey: when it was entered and left, by whom and why.
 *
 * @example
 * ```ts
 * import { stageVisitSchema } from 'career-plan';
 *
 * stageVisitSchema.parse({ stage: 'exploration', enteredAt: '2026-02-01T09:00:00.000Z', enteredBy: { id: 'alex' } });
 * ```
 * @category Stages
 */
export const stageVisitSchema = z
  .strictObject({
    /** The stage visited. */
    stage: stageIdSchema,
    /** When the plan entered it. */
    enteredAt: timestampSchema,
    /** Who moved the plan into it. */
    enteredBy: actorRefSchema,
    /** Why, as the person who moved it said. */
    reason: textSchema.exactOptional(),
    /** When the plan left it; absent for the current visit. */
    leftAt: timestampSchema.exactOptional(),
  })
  .readonly();

/**
 * A visit to a stage, typed by the plan's stage ids. See {@link stageVisitSchema}.
 *
 * @example
 * ```ts
 * import type { StageVisit } from 'career-plan';
 *
 * const visit: StageVisit<'exploration'> = { stage: 'exploration', enteredAt: '2026-02-01T09:00:00.000Z',
 *   enteredBy: { id: 'alex' } };
 * ```
 * @category Stages
 */
export type StageVisit<S extends string = string> = Omit<z.output<typeof stageVisitSchema>, 'stage'> & {
  /** The stage visited. */
  readonly stage: S;
};
