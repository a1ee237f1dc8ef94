import { CareerPlanError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { Skill } from '../model/skill.js';
import { requirePlan } from './plan-argument.js';

/**
 * One skill's gap. See {@link skillGaps}.
 *
 * @example
 * ```ts
 * import type { SkillGap } from 'career-plan';
 *
 * const gap: SkillGap = { skillId: 'k1', name: 'Troubleshooting', importance: 5, selfRating: 2, rating: 2, gap: 3,
 *   goalIds: ['g1'], closed: false };
 * ```
 * @category Views
 */
export interface SkillGap {
  /** The skill's id. */
  readonly skillId: string;
  /** The skill's name. */
  readonly name: string;
  /** How much the chosen occupation needs it, 1 to 5. */
  readonly importance: number;
  /** The person's own rating, if any. */
  readonly selfRating?: number;
  /** The mean of each advisor's latest rating, to one decimal, if any advisor rated it. */
  readonly advisorRating?: number;
  /** The rating the gap is measured from: the person's own, else the advisors' mean. */
  readonly rating: number;
  /** `importance` minus `rating`: above 0, a gap. */
  readonly gap: number;
  /** The goals that name the skill (`skillIds`): the goals meant to close its gap. */
  readonly goalIds: readonly string[];
  /** Whether a goal names it and the rating has reached the importance: a gap closed. */
  readonly closed: boolean;
}

/** The mean of each advisor's latest rating of a skill, to one decimal. */
export function advisorRatingOf(skill: Skill): number | undefined {
  const latest = new Map<string, number>();
  for (const rating of skill.ratings) latest.set(rating.by.id, rating.rating);
  if (latest.size === 0) return undefined;
  let sum = 0;
  for (const value of latest.values()) sum += value;
  return Math.round((sum / latest.size) * 10) / 10;
}

/** Every skill with an importance and a rating, as a gap (possibly 0 or below), in the plan's order. */
export function gapsOf(plan: Plan): SkillGap[] {
  const goalsOf = new Map<string, string[]>();
  for (const goal of plan.goals)
    for (const id of goal.skillIds ?? []) {
      const goals = goalsOf.get(id);
      if (goals === undefined) goalsOf.set(id, [goal.id]);
      else goals.push(goal.id);
    }
  const out: SkillGap[] = [];
  for (const skill of plan.skills) {
    const advisorRating = advisorRatingOf(skill);
    const rating = skill.selfRating ?? advisorRating;
    if (skill.importance === undefined || rating === undefined) continue;
    const goalIds = goalsOf.get(skill.id) ?? [];
    const gap = Math.round((skill.importance - rating) * 10) / 10;
    out.push({
      skillId: skill.id,
      name: skill.name,
      importance: skill.importance,
      ...(skill.selfRating === undefined ? {} : { selfRating: skill.selfRating }),
      ...(advisorRating === undefined ? {} : { advisorRating }),
      rating,
      gap,
      goalIds,
      closed: goalIds.length > 0 && gap <= 0,
    });
  }
  return out;
}

/**
 * The skills whose rating falls short of what the chosen occupation needs, largest gap first
 * (then the more important, then the plan's order), as myIDP turns skill ratings into
 * development goals. A gap is `importance` minus the rating: the person's own rating, else the
 * mean of each advisor's latest one. Skills without an importance or any rating are left out.
 * Each gap names the goals meant to close it (`addGoal` with `skillIds`); `progress` counts the
 * gaps closed.
 *
 * @param plan - a plan, or plain plan data
 * @param options - `limit`: at most this many (default all)
 * @throws CareerPlanError `invalid-plan` for a value that is not a plan; `invalid-input` for a `limit` that is not a
 * whole number of at least 0
 * @example
 * ```ts
 * import { addSkill, createPlan, skillGaps } from 'career-plan';
 *
 * let plan = addSkill(createPlan({ owner: { id: 'alex' } }), { id: 'k1', name: 'Troubleshooting', selfRating: 2,
 *   importance: 5 });
 * plan = addSkill(plan, { id: 'k2', name: 'Customer service', selfRating: 4, importance: 4 });
 * console.log(skillGaps(plan).map((g) => [g.name, g.gap])); // [['Troubleshooting', 3]]
 * ```
 * @category Views
 */
export function skillGaps(plan: Plan, options: { readonly limit?: number } = {}): readonly SkillGap[] {
  requirePlan(plan, 'skillGaps');
  const order = new Map(plan.skills.map((skill, index) => [skill.id, index]));
  const gaps = gapsOf(plan)
    .filter((gap) => gap.gap > 0)
    .sort(
      (a, b) =>
        b.gap - a.gap || b.importance - a.importance || (order.get(a.skillId) ?? 0) - (order.get(b.skillId) ?? 0),
    );
  const limit = options?.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0))
    throw new CareerPlanError('invalid-input', 'options.limit must be a whole number of at least 0', { limit });
  return limit === undefined ? gaps : gaps.slice(0, limit);
}
