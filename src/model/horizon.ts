import { CareerPlanError, optionsObject } from './errors.js';
import { isCalendarDate } from './primitives.js';

/**
 * Where the lines between short- and long-term goals fall, in months from a reference date.
 * Sources disagree (one year and five years in the Writing a Career Action Plan series; six
 * months to three years and three to five years elsewhere), so they are settings.
 *
 * @example
 * ```ts
 * import type { HorizonThresholds } from 'career-plan';
 *
 * const strict: HorizonThresholds = { shortTermMonths: 6, longTermMonths: 36 };
 * ```
 * @category Plan
 */
export interface HorizonThresholds {
  /** A target date at most this many months away is short-term (default 12). */
  readonly shortTermMonths?: number;
  /** A target date at most this many months away (and past the short-term line) is long-term (default 60). */
  readonly longTermMonths?: number;
}

/**
 * What {@link classifyHorizon} says of a target date: already `past`, `short`-term,
 * `long`-term, or `beyond` the long-term line.
 *
 * @example
 * ```ts
 * import type { HorizonClass } from 'career-plan';
 *
 * const c: HorizonClass = 'beyond';
 * ```
 * @category Plan
 */
export type HorizonClass = 'past' | 'short' | 'long' | 'beyond';

/** Adds whole months to a `YYYY-MM-DD` date, clamping to the month's last day. */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Classifies a goal's target date against a reference date ("today") by the horizon
 * thresholds: by default at most one year away is short-term and at most five years away is
 * long-term.
 *
 * @param targetDate - the goal's target date, `YYYY-MM-DD`
 * @param today - the reference date, `YYYY-MM-DD`
 * @param thresholds - the lines, in months (defaults 12 and 60)
 * @throws CareerPlanError `invalid-input` for a date that is not `YYYY-MM-DD` or thresholds that are not ordered whole
 * months
 * @example
 * ```ts
 * import { classifyHorizon } from 'career-plan';
 *
 * classifyHorizon('2027-03-01', '2026-11-28'); // 'short'
 * classifyHorizon('2029-03-01', '2026-11-28'); // 'long'
 * classifyHorizon('2029-03-01', '2026-11-28', { shortTermMonths: 6, longTermMonths: 24 }); // 'beyond'
 * ```
 * @category Plan
 */
export function classifyHorizon(targetDate: string, today: string, thresholds: HorizonThresholds = {}): HorizonClass {
  const { shortTermMonths, longTermMonths } = optionsObject(thresholds, 'classifyHorizon');
  const short = shortTermMonths ?? 12;
  const long = longTermMonths ?? 60;
  if (!isCalendarDate(targetDate))
    throw new CareerPlanError('invalid-input', 'targetDate must be a calendar date, YYYY-MM-DD', { targetDate });
  if (!isCalendarDate(today))
    throw new CareerPlanError('invalid-input', 'today must be a calendar date, YYYY-MM-DD', { today });
  if (!Number.isInteger(short) || !Number.isInteger(long) || short < 0 || long < short) {
    throw new CareerPlanError(
      'invalid-input',
      'Horizon thresholds must be whole months with shortTermMonths <= longTermMonths',
      {
        shortTermMonths: short,
        longTermMonths: long,
      },
    );
  }
  if (targetDate < today) return 'past';
  if (limits.today !== today || limits.short !== short || limits.long !== long)
    limits = { today, short, long, shortLine: addMonths(today, short), longLine: addMonths(today, long) };
  if (targetDate <= limits.shortLine) return 'short';
  if (targetDate <= limits.longLine) return 'long';
  return 'beyond';
}

/** The horizon lines of the last call: a view classifies every goal against the same today. */
let limits = { today: '', short: -1, long: -1, shortLine: '', longLine: '' };
