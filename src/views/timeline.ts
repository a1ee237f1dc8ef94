import { catalogOf } from '../model/catalog.js';
import { CareerPlanError, optionsObject, shown } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { isCalendarDate } from '../model/primitives.js';
import type { Catalog } from '../text/catalog.js';
import { requirePlan } from './plan-argument.js';
import { PICTURE_PALETTE, label, n, pictureOptions, svgDocument, xml } from './svg.js';
import { checkToday, daysBetween } from './today.js';

/**
 * Options of {@link timeline}.
 *
 * @example
 * ```ts
 * import type { TimelineOptions } from 'career-plan/pictures';
 *
 * const options: TimelineOptions = { today: '2026-03-10', from: '2026-01-01', to: '2027-06-30' };
 * ```
 * @category Pictures
 */
export interface TimelineOptions {
  /** Today, `YYYY-MM-DD`: the line that says what is overdue. */
  readonly today: string;
  /** The first day shown (default: a month before the earliest date of the plan, or of today). */
  readonly from?: string;
  /** The last day shown (default: a month after the latest date of the plan, or of today). */
  readonly to?: string;
  /** The language of the title, description, labels and month names (default English). */
  readonly catalog?: Catalog;
  /** The width of the picture, 240 to 2000 (default 800); the height follows the rows. */
  readonly size?: number;
  /** The prefix of the ids of its `<title>` and `<desc>`, unique within the page (default `timeline`). */
  readonly id?: string;
}

/** A day `days` after `day` (`YYYY-MM-DD`). */
const shift = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const ROW = 28;
const TOP = 56;

/**
 * The plan's timeline as a standalone SVG 1.1 picture: a row per goal (its title on the left,
 * cut with the whole of it in a `<title>` when long) with its strategies as points at their due
 * dates and its target date as a diamond; milestones and reviews on rows of their own; today
 * as a line. Done steps are filled, overdue ones (due before today and neither done nor skipped)
 * are red, skipped ones grey; each mark says what it is, when and how it stands in a `<title>`,
 * for hover and screen readers. Months are named in the catalog's language. A pure function of
 * the plan and `today`: no DOM, no script; every text from people is escaped; `role="img"` with
 * a `<title>` and a `<desc>` in the language; colours from {@link PICTURE_PALETTE}. Dates
 * outside `from` to `to` are left out.
 *
 * @param plan - a plan, or plain plan data
 * @param options - `today` (required), `from`, `to`, `catalog`, `size`, `id`
 * @throws CareerPlanError `invalid-input` for a `today`, `from` or `to` that is not a calendar
 * date, a `from` after `to`, or a bad size or id
 * @example
 * ```ts
 * import { addGoal, createPlan } from 'career-plan';
 * import { timeline } from 'career-plan/pictures';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short', targetDate: '2026-09-30', strategies: [{ title: 'Enroll', dueDate: '2026-02-15' }] });
 * const svg = timeline(plan, { today: '2026-03-10' });
 * console.log(svg.includes('<title>Enroll: due 2026-02-15 (overdue)</title>')); // true
 * ```
 * @category Pictures
 */
export function timeline(plan: Plan, options: TimelineOptions): string {
  requirePlan(plan, 'timeline');
  options = optionsObject(options, 'timeline');
  const today = checkToday(options.today);
  const catalog = catalogOf(options.catalog);
  const words = catalog.messages.pictures;
  const { id, size } = pictureOptions(options, 'timeline', 800);
  for (const key of ['from', 'to'] as const) {
    const value = options[key];
    if (value !== undefined && (typeof value !== 'string' || !isCalendarDate(value)))
      throw new CareerPlanError('invalid-input', `options.${key} must be a calendar date, YYYY-MM-DD`, {
        [key]: shown(value),
      });
  }
  const dates = [today];
  for (const goal of plan.goals) {
    if (goal.targetDate !== undefined) dates.push(goal.targetDate);
    for (const strategy of goal.strategies) if (strategy.dueDate !== undefined) dates.push(strategy.dueDate);
  }
  for (const milestone of plan.milestones) dates.push(milestone.date);
  for (const review of plan.reviews) dates.push(review.date);
  dates.sort();
  // A month around the plan's dates; a month at least on the side given when only one side is.
  const given = { from: options.from, to: options.to };
  let from = given.from ?? shift(dates[0] as string, -30);
  let to = given.to ?? shift(dates.at(-1) as string, 30);
  if (given.to === undefined && to <= from) to = shift(from, 30);
  if (given.from === undefined && from >= to) from = shift(to, -30);
  if (from >= to) throw new CareerPlanError('invalid-input', 'options.from must come before options.to', { from, to });

  const left = Math.min(220, size * 0.3);
  const right = size - 20;
  const span = daysBetween(from, to);
  const within = (day: string): boolean => day >= from && day <= to;
  const x = (day: string): number => left + ((right - left) * daysBetween(from, day)) / span;
  const rows = plan.goals.length + (plan.milestones.length > 0 ? 1 : 0) + (plan.reviews.length > 0 ? 1 : 0);
  const bottom = TOP + Math.max(rows, 1) * ROW;
  const p = PICTURE_PALETTE;
  let body = '';

  // Months along the top: every month, or every 3, 6 or 12 when the span is long.
  const months = new Intl.DateTimeFormat(catalog.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const step = span > 1_800 ? 12 : span > 900 ? 6 : span > 400 ? 3 : 1;
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (;;) {
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
    if ((month - 1) % step !== 0) continue;
    const day = `${year}-${String(month).padStart(2, '0')}-01`;
    if (day > to) break;
    const at = n(x(day));
    body +=
      `<line x1="${at}" y1="${TOP - 8}" x2="${at}" y2="${bottom}" stroke="${p.grid}" stroke-opacity="0.35"/>` +
      `<text x="${at}" y="${TOP - 14}" text-anchor="middle" font-size="10" fill="${p.grid}">` +
      `${xml(months.format(new Date(`${day}T00:00:00Z`)))}</text>`;
  }

  let row = 0;
  let steps = 0;
  let overdue = 0;
  const rowLabel = (text: string, strong = false): string =>
    label(12, TOP + row * ROW + ROW / 2 + 4, text, Math.floor((left - 20) / 7), strong ? ' font-weight="bold"' : '');
  const mark = (shape: string, title: string): string =>
    shape.replace('/>', `><title>${xml(title)}</title></${shape.slice(1, shape.indexOf(' '))}>`);
  const y = (): number => TOP + row * ROW + ROW / 2;

  if (plan.milestones.length > 0) {
    body += rowLabel(words.milestones, true);
    for (const milestone of plan.milestones) {
      if (!within(milestone.date)) continue;
      const at = x(milestone.date);
      const reached = milestone.reachedOn !== undefined;
      body += mark(
        `<polygon points="${n(at)},${n(y() - 7)} ${n(at + 7)},${n(y() + 6)} ${n(at - 7)},${n(y() + 6)}" ` +
          `fill="${reached ? p.second : '#ffffff'}" stroke="${p.second}" stroke-width="2"/>`,
        words.mark({ what: milestone.title, date: milestone.date, ...(reached ? { state: 'reached' as const } : {}) }),
      );
    }
    row++;
  }
  if (plan.reviews.length > 0) {
    body += rowLabel(words.reviews, true);
    for (const review of plan.reviews) {
      if (!within(review.date)) continue;
      body += mark(
        `<rect x="${n(x(review.date) - 5)}" y="${n(y() - 5)}" width="10" height="10" fill="${p.today}"/>`,
        words.mark({ what: review.agreed, date: review.date, state: 'done' }),
      );
    }
    row++;
  }
  for (const goal of plan.goals) {
    body += rowLabel(goal.title);
    const middle = n(y());
    body +=
      `<line x1="${n(left)}" y1="${middle}" x2="${n(right)}" y2="${middle}" ` +
      `stroke="${p.grid}" stroke-opacity="0.5"/>`;
    const target = goal.targetDate;
    if (target !== undefined && within(target)) {
      const late = target < today && (goal.status === 'open' || goal.status === 'in-progress');
      if (late) overdue++;
      const at = x(target);
      body += mark(
        `<polygon points="${n(at)},${n(y() - 8)} ${n(at + 8)},${middle} ` +
          `${n(at)},${n(y() + 8)} ${n(at - 8)},${middle}" ` +
          `fill="${late ? p.overdue : p.ink}"/>`,
        words.mark({ what: goal.title, date: target, state: late ? 'overdue' : 'target' }),
      );
    }
    for (const strategy of goal.strategies) {
      const due = strategy.dueDate;
      if (due === undefined || !within(due)) continue;
      steps++;
      const late = due < today && (strategy.status === 'todo' || strategy.status === 'in-progress');
      if (late) overdue++;
      const state = late
        ? ('overdue' as const)
        : strategy.status === 'done'
          ? ('done' as const)
          : strategy.status === 'skipped'
            ? ('skipped' as const)
            : undefined;
      const color = late ? p.overdue : state === 'done' ? p.second : state === 'skipped' ? p.grid : p.person;
      body += mark(
        `<circle cx="${n(x(due))}" cy="${middle}" r="6" ` +
          `fill="${state === undefined || state === 'skipped' ? '#ffffff' : color}" ` +
          `stroke="${color}" stroke-width="2"/>`,
        words.mark({ what: strategy.title, date: due, ...(state === undefined ? {} : { state }) }),
      );
    }
    row++;
  }
  if (within(today)) {
    const at = n(x(today));
    body +=
      `<line x1="${at}" y1="${TOP - 8}" x2="${at}" y2="${bottom}" stroke="${p.today}" stroke-width="2"/>` +
      `<text x="${at}" y="${bottom + 16}" text-anchor="middle" fill="${p.today}">${xml(words.today)}</text>`;
  }
  return svgDocument(
    size,
    bottom + 28,
    id,
    catalog.locale,
    words.timelineTitle({ title: plan.title }),
    words.timelineDesc({ goals: plan.goals.length, steps, overdue, from, to, today }),
    body,
  );
}
