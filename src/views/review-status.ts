import { CareerPlanError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { ReviewCadence } from '../model/review.js';
import { requirePlan } from './plan-argument.js';
import { checkToday, daysBetween } from './today.js';

/**
 * Where the plan's reviews stand. See {@link reviewStatus}.
 *
 * @example
 * ```ts
 * import type { ReviewStatus } from 'career-plan';
 *
 * const s: ReviewStatus = { state: 'overdue', cadence: { everyMonths: 12 }, lastReview: '2025-06-01',
 *   nextDue: '2026-06-01', daysUntilDue: -10 };
 * ```
 * @category Views
 */
export interface ReviewStatus {
  /**
   * `none` (no cadence, or no scheduled date left), `upcoming`, `due` (within the notice before the due day, or on
   * it), or `overdue` (past it).
   */
  readonly state: 'none' | 'upcoming' | 'due' | 'overdue';
  /** The plan's cadence, if any. */
  readonly cadence?: ReviewCadence;
  /** The day of the latest recorded review, if any. */
  readonly lastReview?: string;
  /** The day the next review is due, if one is. */
  readonly nextDue?: string;
  /** Days from today to `nextDue` (negative when overdue). */
  readonly daysUntilDue?: number;
}

/** `date` plus `months` calendar months, the day kept or moved back to the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/**
 * When the plan's next review is due, and whether it is due now. With `{ everyMonths: n }`,
 * the next review falls n months after the latest recorded one (or after the plan's creation);
 * with set `dates`, it is the first date after the latest review (or on or after the plan's
 * creation day). A review is `due` from `notice` days before that day (default 30) and
 * `overdue` after it; `nextActions` lists a due or overdue review first.
 *
 * @param plan - a plan, or plain plan data
 * @param options - `today` (`YYYY-MM-DD`); `notice`: days before the due day from which it is due (default 30)
 * @throws CareerPlanError `invalid-plan`; `invalid-input` for a `today` or `notice` of the wrong form
 * @example
 * ```ts
 * import { addReview, createPlan, fixedEnv, reviewStatus, updatePlan } from 'career-plan';
 *
 * const env = fixedEnv({ start: '2026-01-05T09:00:00.000Z' });
 * let plan = updatePlan(createPlan({ owner: { id: 'alex' } }, { env }), { reviewCadence: { everyMonths: 12 } },
 *   { env });
 * plan = addReview(plan, { date: '2026-06-01', agreed: 'On track' }, { env });
 * console.log(reviewStatus(plan, { today: '2027-05-20' }).state, reviewStatus(plan, { today: '2027-05-20' }).nextDue);
 * // due 2027-06-01
 * ```
 * @category Views
 */
export function reviewStatus(plan: Plan, options: { readonly today: string; readonly notice?: number }): ReviewStatus {
  requirePlan(plan, 'reviewStatus');
  const today = checkToday(options?.today);
  const notice = options.notice ?? 30;
  if (!Number.isInteger(notice) || notice < 0 || notice > 3_650)
    throw new CareerPlanError('invalid-input', 'options.notice must be a whole number of days, 0 to 3650', {
      notice,
    });
  return statusOf(plan, today, notice);
}

/** The review status of a plan already checked, for a checked `today` (`nextActions` asks it too). */
export function statusOf(plan: Plan, today: string, notice = 30): ReviewStatus {
  let lastReview: string | undefined;
  for (const review of plan.reviews) if (lastReview === undefined || review.date > lastReview) lastReview = review.date;
  const cadence = plan.reviewCadence;
  const last = lastReview === undefined ? {} : { lastReview };
  if (cadence === undefined) return { state: 'none', ...last };
  const created = plan.createdAt.slice(0, 10);
  let nextDue: string | undefined;
  if ('everyMonths' in cadence) nextDue = addMonths(lastReview ?? created, cadence.everyMonths);
  else
    for (const date of cadence.dates)
      if ((lastReview === undefined ? date >= created : date > lastReview) && (nextDue === undefined || date < nextDue))
        nextDue = date;
  if (nextDue === undefined) return { state: 'none', cadence, ...last };
  const daysUntilDue = daysBetween(today, nextDue);
  const state = daysUntilDue < 0 ? 'overdue' : daysUntilDue <= notice ? 'due' : 'upcoming';
  return { state, cadence, ...last, nextDue, daysUntilDue };
}
