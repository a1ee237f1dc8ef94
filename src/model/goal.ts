import * as z from 'zod';
import { calendarDateSchema, idListSchema, idSchema, textSchema, titleSchema, trimTitles } from './primitives.js';
import { strategyInputSchema, strategySchema } from './strategy.js';

/**
 * The kinds of goal a career action plan holds.
 *
 * @example
 * ```ts
 * import { goalKindSchema } from 'career-plan';
 *
 * goalKindSchema.values; // Set {'occupational', 'education', 'skill', 'advancement', 'personal', 'funding'}
 * ```
 * @category Schemas
 */
export const goalKindSchema = z.literal(['occupational', 'education', 'skill', 'advancement', 'personal', 'funding']);

/**
 * A goal's horizon: `short` or `long` term. Where the line falls is configuration; see
 * `classifyHorizon`.
 *
 * @example
 * ```ts
 * import { horizonSchema } from 'career-plan';
 *
 * horizonSchema.parse('short');
 * ```
 * @category Schemas
 */
export const horizonSchema = z.literal(['short', 'long']);

/**
 * Where a goal stands.
 *
 * @example
 * ```ts
 * import { goalStatusSchema } from 'career-plan';
 *
 * goalStatusSchema.values; // Set {'open', 'in-progress', 'achieved', 'dropped'}
 * ```
 * @category Schemas
 */
export const goalStatusSchema = z.literal(['open', 'in-progress', 'achieved', 'dropped']);

/**
 * A goal's priority.
 *
 * @example
 * ```ts
 * import { prioritySchema } from 'career-plan';
 *
 * prioritySchema.values; // Set {'high', 'medium', 'low'}
 * ```
 * @category Schemas
 */
export const prioritySchema = z.literal(['high', 'medium', 'low']);

const goalFields = {
  /** What the goal is, said specifically. */
  title: titleSchema,
  /** More about what it means. */
  description: textSchema.exactOptional(),
  /** What kind of goal it is. */
  kind: goalKindSchema,
  /** Short or long term. */
  horizon: horizonSchema,
  /** When it should be reached, `YYYY-MM-DD` (the T of SMART). */
  targetDate: calendarDateSchema.exactOptional(),
  /** How success is measured (the M of SMART). */
  successMeasure: textSchema.exactOptional(),
  /** Why it is realistic: time, money, support (the R of SMART). */
  realism: textSchema.exactOptional(),
  /** Other goals this one serves, for example the occupational goal an education goal leads to. */
  supports: idListSchema.exactOptional(),
  /** Resources (by id) that help reach it. */
  resourceIds: idListSchema.exactOptional(),
  /** Skills (by id) whose gap it closes. */
  skillIds: idListSchema.exactOptional(),
  /** Where it stands. */
  status: goalStatusSchema,
  /** How much it matters now. */
  priority: prioritySchema,
};

/**
 * A career goal with its strategies (action steps), in the person's order.
 *
 * @example
 * ```ts
 * import { goalSchema } from 'career-plan';
 *
 * goalSchema.parse({ id: 'g1', title: 'Earn the CompTIA A+ certificate', kind: 'education', horizon: 'short',
 *   targetDate: '2026-09-30', status: 'open', priority: 'high', strategies: [] });
 * ```
 * @category Schemas
 */
export const goalSchema = z
  .strictObject({
    /** The goal's id. */
    id: idSchema,
    ...goalFields,
    /** Its strategies, in order. */
    strategies: z.array(strategySchema).max(1_000).readonly(),
  })
  .readonly();

/**
 * What `addGoal` accepts: the id may be left out, `status` defaults to `open`, `priority` to
 * `medium`, and strategies (in their input form) to none.
 *
 * @example
 * ```ts
 * import { goalInputSchema } from 'career-plan';
 *
 * goalInputSchema.parse({ title: 'Work as a help desk technician', kind: 'occupational', horizon: 'long' });
 * ```
 * @category Schemas
 */
export const goalInputSchema = z.strictObject({
  .../* @__PURE__ */ trimTitles(goalFields),
  /** The goal's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  /** Where it stands (default `open`). */
  status: goalStatusSchema.default('open'),
  /** How much it matters now (default `medium`). */
  priority: prioritySchema.default('medium'),
  /** Its first strategies (default none). */
  strategies: z.array(strategyInputSchema).max(1_000).readonly().default([]),
});

/**
 * A goal. See {@link goalSchema}.
 *
 * @example
 * ```ts
 * import type { Goal } from 'career-plan';
 *
 * const g: Goal = { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short', status: 'open',
 *   priority: 'high', strategies: [] };
 * ```
 * @category Schemas
 */
export type Goal = z.output<typeof goalSchema>;
/**
 * What `addGoal` takes. See {@link goalInputSchema}.
 *
 * @example
 * ```ts
 * import type { GoalInput } from 'career-plan';
 *
 * const input: GoalInput = { title: 'Get certified', kind: 'education', horizon: 'short', targetDate: '2026-09-30' };
 * ```
 * @category Schemas
 */
export type GoalInput = z.input<typeof goalInputSchema>;
/**
 * A goal's kind. See {@link goalKindSchema}.
 *
 * @example
 * ```ts
 * import type { GoalKind } from 'career-plan';
 *
 * const k: GoalKind = 'skill';
 * ```
 * @category Schemas
 */
export type GoalKind = z.output<typeof goalKindSchema>;
/**
 * A goal's horizon. See {@link horizonSchema}.
 *
 * @example
 * ```ts
 * import type { Horizon } from 'career-plan';
 *
 * const h: Horizon = 'long';
 * ```
 * @category Schemas
 */
export type Horizon = z.output<typeof horizonSchema>;
/**
 * A goal's status. See {@link goalStatusSchema}.
 *
 * @example
 * ```ts
 * import type { GoalStatus } from 'career-plan';
 *
 * const s: GoalStatus = 'achieved';
 * ```
 * @category Schemas
 */
export type GoalStatus = z.output<typeof goalStatusSchema>;
/**
 * A goal's priority. See {@link prioritySchema}.
 *
 * @example
 * ```ts
 * import type { Priority } from 'career-plan';
 *
 * const p: Priority = 'high';
 * ```
 * @category Schemas
 */
export type Priority = z.output<typeof prioritySchema>;
