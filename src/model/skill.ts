import * as z from 'zod';
import { actorRefSchema } from './actor.js';
import { idSchema, textSchema, timestampSchema, titleSchema, trimTitles } from './primitives.js';

/**
 * A rating of a skill, 1 to 5, as myIDP rates proficiency: 1 (little or none), 2 (basic), 3
 * (competent), 4 (strong), 5 (expert).
 *
 * @example
 * ```ts
 * import { skillLevelSchema } from 'career-plan';
 *
 * skillLevelSchema.safeParse(3).success; // true
 * ```
 * @category Schemas
 */
export const skillLevelSchema = z.number().int().min(1).max(5);

/**
 * An advisor's rating of one of the person's skills, made with `rateSkill`: kept with who rated
 * and when, so that a later rating by the same advisor replaces theirs in the views and the
 * history keeps every one.
 *
 * @example
 * ```ts
 * import { skillRatingSchema } from 'career-plan';
 *
 * skillRatingSchema.parse({ id: 'r1', by: { id: 'dana' }, rating: 3, at: '2026-02-01T10:00:00.000Z' });
 * ```
 * @category Schemas
 */
export const skillRatingSchema = z
  .strictObject({
    /** The rating's id. */
    id: idSchema,
    /** The advisor who rated. */
    by: actorRefSchema,
    /** The rating, 1 to 5. */
    rating: skillLevelSchema,
    /** When it was made. */
    at: timestampSchema,
    /** What the rating rests on. */
    note: textSchema.exactOptional(),
  })
  .readonly();

const skillFields = {
  /** The skill, for example `Troubleshooting`. */
  name: titleSchema,
  /** What it covers. */
  description: textSchema.exactOptional(),
  /** The person's own rating, 1 to 5 (set with `rateSkill` by the owner, or `updateSkill`). */
  selfRating: skillLevelSchema.exactOptional(),
  /** How much the chosen occupation needs it, 1 (hardly) to 5 (essential). */
  importance: skillLevelSchema.exactOptional(),
  /** The career option `importance` was judged for (usually the chosen one). */
  optionId: idSchema.exactOptional(),
};

/**
 * A skill in the person's inventory: their own rating, advisors' ratings, and how much the
 * chosen option needs it. The gap between importance and rating is what `skillGaps` lists and
 * goals close (`addGoal` with `skillIds`).
 *
 * @example
 * ```ts
 * import { skillSchema } from 'career-plan';
 *
 * skillSchema.parse({ id: 'k1', name: 'Troubleshooting', selfRating: 2, importance: 5, ratings: [] });
 * ```
 * @category Schemas
 */
export const skillSchema = z
  .strictObject({
    /** The skill's id. */
    id: idSchema,
    ...skillFields,
    /** Advisors' ratings, oldest first. */
    ratings: z.array(skillRatingSchema).max(1_000).readonly(),
  })
  .readonly();

/**
 * What `addSkill` accepts: the id may be left out; advisors' ratings come with `rateSkill`.
 *
 * @example
 * ```ts
 * import { skillInputSchema } from 'career-plan';
 *
 * skillInputSchema.parse({ name: 'Customer service', selfRating: 4, importance: 4 });
 * ```
 * @category Schemas
 */
export const skillInputSchema = z.strictObject({
  /** The skill's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  .../* @__PURE__ */ trimTitles(skillFields),
});

/**
 * What `rateSkill` takes: the rating and what it rests on.
 *
 * @example
 * ```ts
 * import { skillRatingInputSchema } from 'career-plan';
 *
 * skillRatingInputSchema.parse({ rating: 3, note: 'Solid at the help desk' });
 * ```
 * @category Schemas
 */
export const skillRatingInputSchema = z.strictObject({
  /** The rating's id (an advisor's rating); made by the environment when absent. */
  id: idSchema.exactOptional(),
  /** The rating, 1 to 5. */
  rating: skillLevelSchema,
  /** What the rating rests on (an advisor's rating). */
  note: textSchema.exactOptional(),
});

/**
 * A skill. See {@link skillSchema}.
 *
 * @example
 * ```ts
 * import type { Skill } from 'career-plan';
 *
 * const skill: Skill = { id: 'k1', name: 'Troubleshooting', selfRating: 2, importance: 5, ratings: [] };
 * ```
 * @category Schemas
 */
export type Skill = z.output<typeof skillSchema>;
/**
 * What `addSkill` takes. See {@link skillInputSchema}.
 *
 * @example
 * ```ts
 * import type { SkillInput } from 'career-plan';
 *
 * const input: SkillInput = { name: 'Troubleshooting', selfRating: 2, importance: 5 };
 * ```
 * @category Schemas
 */
export type SkillInput = z.input<typeof skillInputSchema>;
/**
 * An advisor's rating of a skill. See {@link skillRatingSchema}.
 *
 * @example
 * ```ts
 * import type { SkillRating } from 'career-plan';
 *
 * const r: SkillRating = { id: 'r1', by: { id: 'dana' }, rating: 3, at: '2026-02-01T10:00:00.000Z' };
 * ```
 * @category Schemas
 */
export type SkillRating = z.output<typeof skillRatingSchema>;
/**
 * What `rateSkill` takes. See {@link skillRatingInputSchema}.
 *
 * @example
 * ```ts
 * import type { SkillRatingInput } from 'career-plan';
 *
 * const input: SkillRatingInput = { rating: 3 };
 * ```
 * @category Schemas
 */
export type SkillRatingInput = z.input<typeof skillRatingInputSchema>;
