import { CareerPlanError, optionsObject } from '../model/errors.js';
import { envOf, type Env } from '../model/env.js';
import type { Goal } from '../model/goal.js';
import type { Plan } from '../model/plan.js';
import { timestampSchema } from '../model/primitives.js';
import type { Strategy } from '../model/strategy.js';
import { requirePlan } from './plan-argument.js';
import { catalogOf } from '../model/catalog.js';
import type { Catalog } from '../text/catalog.js';

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * import { fixedEnv } from 'career-plan';
 * import type { ICalendarOptions } from 'career-plan/export';
 *
 * const options: ICalendarOptions = { env: fixedEnv(), includeGoals: false };
 * ```
 * @category Export
 */
export interface ICalendarOptions {
  /** Where DTSTAMP comes from (default {@link career-plan!defaultEnv}: the system clock). */
  readonly env?: Env;
  /** Add goal target dates as entries too (default true). */
  readonly includeGoals?: boolean;
  /** Add strategies and goals that are done, skipped, achieved or dropped (default true). */
  readonly includeClosed?: boolean;
  /**
   * The language of the summaries, descriptions and categories (default English; `es` from
   * `career-plan/locales/es`). When given, they carry it as RFC 5545's `LANGUAGE` parameter.
   */
  readonly catalog?: Catalog;
}

/** Escapes a TEXT value (RFC 5545, 3.3.11). */
function text(value: string): string {
  // One pass, and none for the text most values are (no character to escape).
  if (!SPECIAL.test(value)) return value;
  return value.replace(/\r?\n|[\\;,]/g, (c) => (c === ';' || c === ',' || c === '\\' ? `\\${c}` : '\\n'));
}
const SPECIAL = /[\\;,\n]/;

/** Folds a content line at 75 octets (RFC 5545, 3.1), never inside a UTF-8 sequence. */
function fold(line: string): string {
  // Most lines are short ASCII: nothing to fold. Otherwise count UTF-8 octets per code point
  // (a lone surrogate is encoded as U+FFFD, three octets, as TextEncoder does).
  // A line of at most 25 UTF-16 units is at most 75 octets, whatever its characters.
  if (line.length <= 25 || (line.length <= 75 && ASCII.test(line))) return line;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length;) {
    const code = line.codePointAt(i) as number;
    const units = code > 0xffff ? 2 : 1;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 0;
    }
    octets += size;
    i += units;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}

const ASCII = /^[\x00-\x7f]*$/;

const basicDate = (date: string): string => date.replaceAll('-', '');
const basicInstant = (instant: string): string =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

const STRATEGY_STATUS: Readonly<Record<Strategy['status'], string>> = {
  todo: 'NEEDS-ACTION',
  'in-progress': 'IN-PROCESS',
  done: 'COMPLETED',
  skipped: 'CANCELLED',
};
const GOAL_STATUS: Readonly<Record<Goal['status'], string>> = {
  open: 'NEEDS-ACTION',
  'in-progress': 'IN-PROCESS',
  achieved: 'COMPLETED',
  dropped: 'CANCELLED',
};
const PRIORITY: Readonly<Record<Goal['priority'], number>> = { high: 1, medium: 5, low: 9 };

/**
 * The plan's dates as an iCalendar file (RFC 5545) that a person can import into their
 * calendar: one VTODO per strategy with a due date and per goal with a target date, each with a
 * stable UID (so a re-import updates entries instead of duplicating them), DTSTAMP from the
 * environment, DUE, SUMMARY, STATUS from the strategy's or goal's status, PRIORITY from the
 * goal's, and RELATED-TO linking a strategy to its goal. Lines end with CRLF and are folded at
 * 75 octets.
 *
 * @param plan - a plan, or plain plan data (such as a document's `plan`), checked against the plan schema
 * @param options - `env` (for DTSTAMP), `includeGoals` (default true), `includeClosed` (default true), `catalog`
 * @throws CareerPlanError `invalid-plan` for a value that is not a plan; `invalid-input` for bad options, or when the
 * environment's clock is not an ISO-8601 instant
 * @example
 * ```ts
 * import { addGoal, createPlan, fixedEnv } from 'career-plan';
 * import { toICalendar } from 'career-plan/export';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short',
 *   targetDate: '2026-09-30', strategies: [{ title: 'Enroll', dueDate: '2026-02-15' }] });
 * const ics = toICalendar(plan, { env: fixedEnv() });
 * console.log(ics.split('\r\n').filter((line) => line.startsWith('DUE')));
 * // ['DUE;VALUE=DATE:20260215', 'DUE;VALUE=DATE:20260930']
 * ```
 * @category Export
 */
export function toICalendar(plan: Plan, options: ICalendarOptions = {}): string {
  requirePlan(plan, 'toICalendar');
  options = optionsObject(options, 'toICalendar');
  const now = envOf(options.env).now();
  if (!timestampSchema.safeParse(now).success)
    throw new CareerPlanError('invalid-input', "The environment's clock did not give an ISO-8601 instant", { now });
  const stamp = basicInstant(now);
  const includeClosed = options.includeClosed !== false;
  const uid = (id: string): string => `${id}.${plan.id}@career-plan`;
  const catalog = catalogOf(options.catalog);
  const words = catalog.messages.calendar;
  const kinds = catalog.messages.markdown.goalKind;
  const language = options.catalog === undefined ? '' : `;LANGUAGE=${catalog.locale}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//career-plan//career-plan//EN',
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${text(plan.title)}`,
  ];
  for (const goal of plan.goals) {
    for (const strategy of goal.strategies) {
      if (strategy.dueDate === undefined) continue;
      if (!includeClosed && (strategy.status === 'done' || strategy.status === 'skipped')) continue;
      lines.push(
        'BEGIN:VTODO',
        `UID:${text(uid(strategy.id))}`,
        `DTSTAMP:${stamp}`,
        `DUE;VALUE=DATE:${basicDate(strategy.dueDate)}`,
        `SUMMARY${language}:${text(strategy.title)}`,
        `DESCRIPTION${language}:${text(
          [
            words.goal({ title: goal.title }),
            strategy.byWho === undefined ? undefined : words.by({ who: strategy.byWho }),
            strategy.successMeasure === undefined ? undefined : words.success({ measure: strategy.successMeasure }),
          ]
            .filter((x) => x !== undefined)
            .join('\n'),
        )}`,
        `STATUS:${STRATEGY_STATUS[strategy.status]}`,
        `PRIORITY:${PRIORITY[goal.priority]}`,
        ...(strategy.completedAt === undefined || strategy.status !== 'done'
          ? []
          : [`COMPLETED:${basicInstant(strategy.completedAt)}`]),
        ...(options.includeGoals === false ? [] : [`RELATED-TO:${text(uid(goal.id))}`]),
        'END:VTODO',
      );
    }
    if (options.includeGoals === false || goal.targetDate === undefined) continue;
    if (!includeClosed && (goal.status === 'achieved' || goal.status === 'dropped')) continue;
    lines.push(
      'BEGIN:VTODO',
      `UID:${text(uid(goal.id))}`,
      `DTSTAMP:${stamp}`,
      `DUE;VALUE=DATE:${basicDate(goal.targetDate)}`,
      `SUMMARY${language}:${text(words.goal({ title: goal.title }))}`,
      ...(goal.description === undefined ? [] : [`DESCRIPTION${language}:${text(goal.description)}`]),
      `STATUS:${GOAL_STATUS[goal.status]}`,
      `PRIORITY:${PRIORITY[goal.priority]}`,
      `CATEGORIES${language}:${text(kinds[goal.kind])}`,
      'END:VTODO',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
