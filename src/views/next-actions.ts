import type { Goal, Priority } from '../model/goal.js';
import type { Plan } from '../model/plan.js';
import type { Strategy } from '../model/strategy.js';
import { CareerPlanError } from '../model/errors.js';
import { checkToday, daysBetween } from './today.js';
import { requirePlan } from './plan-argument.js';
import { statusOf } from './review-status.js';
import { catalogOf } from '../model/catalog.js';
import type { Catalog } from '../text/catalog.js';

/**
 * One open strategy as {@link nextActions} lists it.
 *
 * @example
 * ```ts
 * import type { NextAction } from 'career-plan';
 *
 * const a: NextAction = { strategyId: 's2', title: 'Pass Core 1', goalId: 'g1', goalTitle: 'Get certified',
 *   priority: 'high', status: 'todo', dueDate: '2026-06-30', daysUntilDue: -1, overdue: true };
 * ```
 * @category Views
 */
export interface NextAction {
  /** Absent for a strategy (a review is a {@link ReviewAction}, `kind: 'review'`). */
  readonly kind?: undefined;
  /** The strategy's id. */
  readonly strategyId: string;
  /** What to do. */
  readonly title: string;
  /** The goal it serves. */
  readonly goalId: string;
  /** That goal's title. */
  readonly goalTitle: string;
  /** That goal's priority. */
  readonly priority: Priority;
  /** `todo` or `in-progress`. */
  readonly status: Strategy['status'];
  /** Who does it. */
  readonly byWho?: string;
  /** When it is due. */
  readonly dueDate?: string;
  /** Days from today to the due date (negative when overdue). */
  readonly daysUntilDue?: number;
  /** Whether it is past its due date. */
  readonly overdue: boolean;
}

/**
 * A review of the plan that is due or overdue, as {@link nextActions} lists it (first).
 *
 * @example
 * ```ts
 * import type { ReviewAction } from 'career-plan';
 *
 * const a: ReviewAction = { kind: 'review', title: 'Review the plan', dueDate: '2026-06-01', daysUntilDue: -3,
 *   overdue: true };
 * ```
 * @category Views
 */
export interface ReviewAction {
  /** Always `review`. */
  readonly kind: 'review';
  /** What to do: `Review the plan`. */
  readonly title: string;
  /** The day the review is due. */
  readonly dueDate: string;
  /** Days from today to the due date (negative when overdue). */
  readonly daysUntilDue: number;
  /** Whether it is past its due day. */
  readonly overdue: boolean;
  /** The day of the latest review, if any. */
  readonly lastReview?: string;
}

const RANK: Readonly<Record<Priority, number>> = { high: 0, medium: 1, low: 2 };

/**
 * What to do next, in order: a review of the plan first when one is due or overdue
 * (`reviewStatus`, with a review cadence: a {@link ReviewAction}), then the open strategies
 * (`todo` or `in-progress`) of the goals still pursued (not achieved or dropped), in the order a
 * person should do them: overdue first (and flagged), then by due date (undated last), then by
 * the goal's priority, then in the plan's order. Strategies have no `kind`; a review has
 * `kind: 'review'`.
 *
 * @param plan - a plan, or plain plan data (such as a document's `plan`), checked against the plan schema
 * @param options - `today` (`YYYY-MM-DD`); `limit`: at most this many (default all); `catalog`: the language of a
 *   review's title (default English)
 * @throws CareerPlanError `invalid-plan` for a value that is not a plan; `invalid-input` for a `today` or `limit` of
 * the wrong form
 * @example
 * ```ts
 * import { addGoal, createPlan, nextActions } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short', priority: 'high',
 *   strategies: [{ title: 'Book the exam', dueDate: '2026-12-01' }, { title: 'Enroll', dueDate: '2026-11-01' }] });
 * // 'Enroll' was due on 2026-11-01: overdue, so it comes first.
 * console.log(nextActions(plan, { today: '2026-11-28', limit: 1 })[0]?.title); // 'Enroll'
 * ```
 * @category Views
 */
export function nextActions(
  plan: Plan,
  options: { readonly today: string; readonly limit?: number; readonly catalog?: Catalog },
): readonly (NextAction | ReviewAction)[] {
  requirePlan(plan, 'nextActions');
  const today = checkToday(options?.today);
  const limit = options.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 0)) {
    throw new CareerPlanError('invalid-input', 'options.limit must be a whole number of at least 0', { limit });
  }
  const open: { action: NextAction; order: number }[] = [];
  plan.goals.forEach((goal: Goal) => {
    if (goal.status === 'achieved' || goal.status === 'dropped') return;
    for (const strategy of goal.strategies) {
      if (strategy.status !== 'todo' && strategy.status !== 'in-progress') continue;
      const due = strategy.dueDate;
      open.push({
        order: open.length,
        action: {
          strategyId: strategy.id,
          title: strategy.title,
          goalId: goal.id,
          goalTitle: goal.title,
          priority: goal.priority,
          status: strategy.status,
          ...(strategy.byWho === undefined ? {} : { byWho: strategy.byWho }),
          ...(due === undefined ? {} : { dueDate: due, daysUntilDue: daysBetween(today, due) }),
          overdue: due !== undefined && due < today,
        },
      });
    }
  });
  open.sort((a, b) => {
    if (a.action.overdue !== b.action.overdue) return a.action.overdue ? -1 : 1;
    const da = a.action.dueDate;
    const db = b.action.dueDate;
    if (da !== db) {
      if (da === undefined) return 1;
      if (db === undefined) return -1;
      return da < db ? -1 : 1;
    }
    const rank = RANK[a.action.priority] - RANK[b.action.priority];
    return rank !== 0 ? rank : a.order - b.order;
  });
  const review = statusOf(plan, today);
  const actions: (NextAction | ReviewAction)[] =
    (review.state === 'due' || review.state === 'overdue') && review.nextDue !== undefined
      ? [
          Object.freeze({
            kind: 'review' as const,
            title: catalogOf(options.catalog).messages.reviewThePlan,
            dueDate: review.nextDue,
            daysUntilDue: review.daysUntilDue ?? 0,
            overdue: review.state === 'overdue',
            ...(review.lastReview === undefined ? {} : { lastReview: review.lastReview }),
          }),
        ]
      : [];
  for (const entry of open) actions.push(Object.freeze(entry.action));
  return Object.freeze(limit === undefined ? actions : actions.slice(0, limit));
}
