import { CareerPlanError } from '../model/errors.js';
import { isCalendarDate, timestampSchema } from '../model/primitives.js';

/** Checks a `today` option: views are deterministic, so "today" is always an argument. */
export function checkToday(today: unknown): string {
  if (typeof today !== 'string' || !isCalendarDate(today)) {
    throw new CareerPlanError('invalid-input', 'options.today must be a calendar date, YYYY-MM-DD', { today });
  }
  return today;
}

/** Checks an optional instant option. */
export function checkInstant(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !timestampSchema.safeParse(value).success) {
    throw new CareerPlanError('invalid-input', `options.${name} must be an ISO-8601 instant`, { [name]: value });
  }
  return value;
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
