import type { Goal } from '../model/goal.js';
import type { Plan } from '../model/plan.js';
import type { Strategy } from '../model/strategy.js';
import { checkInstant, checkToday } from './today.js';
import { requirePlan } from './plan-argument.js';
import { gapsOf } from './skill-gaps.js';

/**
 * How far a goal, or the whole plan, has come: strategies done of those that count (skipped
 * ones do not), the percentage, and how many open ones are past their due date.
 *
 * @example
 * ```ts
 * import type { Completion } from 'career-plan';
 *
 * const c: Completion = { done: 3, total: 4, percent: 75, overdue: 1 };
 * ```
 * @category Views
 */
export interface Completion {
  /** Strategies done. */
  readonly done: number;
  /** Strategies that count: all but the skipped ones. */
  readonly total: number;
  /** `done` of `total`, rounded to a whole percent (0 when there are none). */
  readonly percent: number;
  /** Open strategies whose due date is before today. */
  readonly overdue: number;
}

/**
 * One goal's progress.
 *
 * @example
 * ```ts
 * import type { GoalProgress } from 'career-plan';
 *
 * const g: GoalProgress = { goalId: 'g1', title: 'Get certified', status: 'in-progress', done: 1, total: 2,
 *   percent: 50, overdue: 0 };
 * ```
 * @category Views
 */
export interface GoalProgress extends Completion {
  /** The goal's id. */
  readonly goalId: string;
  /** The goal's title. */
  readonly title: string;
  /** The goal's status. */
  readonly status: Goal['status'];
}

/**
 * Time spent in one stage, from the journey.
 *
 * @example
 * ```ts
 * import type { StageTime } from 'career-plan';
 *
 * const t: StageTime = { stage: 'exploration', title: 'Career exploration', visits: 2, days: 19.5 };
 * ```
 * @category Views
 */
export interface StageTime {
  /** The stage's id. */
  readonly stage: string;
  /** The stage's title (its id when the process is not known). */
  readonly title: string;
  /** How many times the plan entered it. */
  readonly visits: number;
  /** Days spent in it over all visits, to a tenth of a day; the open visit counts until `now`. */
  readonly days: number;
}

/**
 * Skill gaps in {@link progress}: how many are open, how many a goal closed. See `skillGaps`.
 *
 * @example
 * ```ts
 * import type { SkillProgress } from 'career-plan';
 *
 * const s: SkillProgress = { open: 2, closed: 1, withoutGoal: 1 };
 * ```
 * @category Views
 */
export interface SkillProgress {
  /** Skills whose rating is below their importance. */
  readonly open: number;
  /** Skills a goal names (`skillIds`) whose rating has reached their importance. */
  readonly closed: number;
  /** Open gaps no goal names yet (candidates for a new goal). */
  readonly withoutGoal: number;
}

/**
 * The answer of {@link progress}.
 *
 * @example
 * ```ts
 * import { createPlan, progress, type Progress } from 'career-plan';
 *
 * const p: Progress = progress(createPlan({ owner: { id: 'alex' } }), { today: '2026-11-28' });
 * ```
 * @category Views
 */
export interface Progress {
  /** Every goal, in the plan's order. */
  readonly goals: readonly GoalProgress[];
  /** All strategies of all goals together. */
  readonly overall: Completion;
  /** Every stage of the process, in order, with the time spent in it. */
  readonly stages: readonly StageTime[];
  /** Skill gaps open and closed. */
  readonly skills: SkillProgress;
}

function completion(strategies: readonly Strategy[], today: string): Completion {
  let done = 0;
  let total = 0;
  let overdue = 0;
  for (const strategy of strategies) {
    if (strategy.status === 'skipped') continue;
    total += 1;
    if (strategy.status === 'done') done += 1;
    else if (strategy.dueDate !== undefined && strategy.dueDate < today) overdue += 1;
  }
  return { done, total, percent: percentOf(done, total), overdue };
}

const percentOf = (done: number, total: number): number => (total === 0 ? 0 : Math.round((done / total) * 100));

/**
 * Progress per goal and overall (strategies done and total, percent, overdue count), per
 * stage the time spent in it, from the journey ("how long did I spend exploring?"), and the
 * skill gaps open and closed (a gap is closed when a goal names the skill and its rating has
 * reached its importance; see `skillGaps`). Computed
 * from the plan alone; "today" is an argument, so the answer is deterministic.
 *
 * @param plan - a plan, or plain plan data (such as a document's `plan`), checked against the plan schema
 * @param options - `today` (`YYYY-MM-DD`, for overdue strategies); `now` (an ISO instant until
 *   which the open visit counts; default the start of `today`, UTC)
 * @throws CareerPlanError `invalid-plan` for a value that is not a plan; `invalid-input` for a `today` or `now` of the
 * wrong form
 * @example
 * ```ts
 * import { addGoal, completeStrategy, createPlan, progress } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short',
 *   strategies: [{ id: 's1', title: 'Enroll' }, { id: 's2', title: 'Pass Core 1', dueDate: '2026-06-30' }] });
 * plan = completeStrategy(plan, 's1');
 * const p = progress(plan, { today: '2026-07-01' });
 * console.log(p.overall); // { done: 1, total: 2, percent: 50, overdue: 1 }
 * ```
 * @category Views
 */
export function progress(plan: Plan, options: { readonly today: string; readonly now?: string }): Progress {
  const process = requirePlan(plan, 'progress');
  const today = checkToday(options?.today);
  const now = Date.parse(checkInstant(options.now, 'now') ?? `${today}T00:00:00.000Z`);
  // One pass over the strategies: each goal's counts, summed for the whole plan.
  let done = 0;
  let total = 0;
  let overdue = 0;
  const goals = plan.goals.map((goal) => {
    const counts = completion(goal.strategies, today);
    done += counts.done;
    total += counts.total;
    overdue += counts.overdue;
    return { goalId: goal.id, title: goal.title, status: goal.status, ...counts };
  });
  const overall: Completion = { done, total, percent: percentOf(done, total), overdue };
  const ids = process?.stages.map((stage) => stage.id as string) ?? [];
  for (const visit of plan.journey) if (!ids.includes(visit.stage)) ids.push(visit.stage);
  const stages = ids.map((id) => {
    const visits = plan.journey.filter((visit) => visit.stage === id);
    const ms = visits.reduce(
      (sum, visit) =>
        sum + Math.max(0, (visit.leftAt === undefined ? now : Date.parse(visit.leftAt)) - Date.parse(visit.enteredAt)),
      0,
    );
    return {
      stage: id,
      title: process?.stages.find((stage) => stage.id === id)?.title ?? id,
      visits: visits.length,
      days: Math.round(ms / 8_640_000) / 10,
    };
  });
  const skills = { open: 0, closed: 0, withoutGoal: 0 };
  for (const gap of gapsOf(plan)) {
    if (gap.closed) skills.closed += 1;
    if (gap.gap > 0) {
      skills.open += 1;
      if (gap.goalIds.length === 0) skills.withoutGoal += 1;
    }
  }
  return { goals, overall, stages, skills };
}
