import * as z from 'zod';
import {
  calendarDateSchema,
  idSchema,
  textListSchema,
  textSchema,
  timestampSchema,
  titleSchema,
  trimTitles,
} from './primitives.js';

/**
 * Where an action step stands.
 *
 * @example
 * ```ts
 * import { strategyStatusSchema } from 'career-plan';
 *
 * strategyStatusSchema.values; // Set {'todo', 'in-progress', 'done', 'skipped'}
 * ```
 * @category Schemas
 */
export const strategyStatusSchema = z.literal(['todo', 'in-progress', 'done', 'skipped']);

const strategyFields = {
  /** What to do. */
  title: titleSchema,
  /** More about it. */
  description: textSchema.exactOptional(),
  /** Who does it: `me`, a counselor's name, ... */
  byWho: titleSchema.exactOptional(),
  /** When it is due, `YYYY-MM-DD`. */
  dueDate: calendarDateSchema.exactOptional(),
  /** What it needs: money, time, people, materials. */
  resourcesNeeded: textListSchema.exactOptional(),
  /** How success is measured. */
  successMeasure: textSchema.exactOptional(),
  /** Where it stands. */
  status: strategyStatusSchema,
  /** When it was completed (set by `completeStrategy`). */
  completedAt: timestampSchema.exactOptional(),
};

/**
 * A strategy (an action step) under a goal: what, by whom, due when, with what.
 *
 * @example
 * ```ts
 * import { strategySchema } from 'career-plan';
 *
 * strategySchema.parse({ id: 's1', title: 'Enroll in the A+ course', byWho: 'me', dueDate: '2026-04-01',
 *   status: 'todo' });
 * ```
 * @category Schemas
 */
export const strategySchema = z
  .strictObject({
    /** The strategy's id. */
    id: idSchema,
    ...strategyFields,
  })
  .readonly();

/**
 * What `addStrategy` accepts: the id may be left out and `status` defaults to `todo`.
 *
 * @example
 * ```ts
 * import { strategyInputSchema } from 'career-plan';
 *
 * strategyInputSchema.parse({ title: 'Book a practice exam', dueDate: '2026-05-01' });
 * ```
 * @category Schemas
 */
export const strategyInputSchema = z.strictObject({
  .../* @__PURE__ */ trimTitles(strategyFields),
  /** The strategy's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  /** Where it stands (default `todo`). */
  status: strategyStatusSchema.default('todo'),
});

/**
 * A strategy. See {@link strategySchema}.
 *
 * @example
 * ```ts
 * import type { Strategy } from 'career-plan';
 *
 * const s: Strategy = { id: 's1', title: 'Enroll in the A+ course', status: 'todo' };
 * ```
 * @category Schemas
 */
export type Strategy = z.output<typeof strategySchema>;
/**
 * What `addStrategy` takes. See {@link strategyInputSchema}.
 *
 * @example
 * ```ts
 * import type { StrategyInput } from 'career-plan';
 *
 * const input: StrategyInput = { title: 'Enroll in the A+ course', byWho: 'me', dueDate: '2026-04-01' };
 * ```
 * @category Schemas
 */
export type StrategyInput = z.input<typeof strategyInputSchema>;
/**
 * The status of a strategy. See {@link strategyStatusSchema}.
 *
 * @example
 * ```ts
 * import type { StrategyStatus } from 'career-plan';
 *
 * const s: StrategyStatus = 'in-progress';
 * ```
 * @category Schemas
 */
export type StrategyStatus = z.output<typeof strategyStatusSchema>;
