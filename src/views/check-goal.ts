import { CareerPlanError, shown } from '../model/errors.js';
import { goalSchema, type Goal } from '../model/goal.js';
import { classifyHorizon, type HorizonThresholds } from '../model/horizon.js';
import { requireShape } from '../model/validate.js';
import { checkToday } from './today.js';

/**
 * What a SMART rule checks; the letters differ between sources (Doran: Specific, Measurable,
 * Assignable, Realistic, Time-related; myIDP: Specific, Measurable, Action-oriented, Realistic,
 * Time-bound).
 *
 * @example
 * ```ts
 * import type { SmartCriterion } from 'career-plan';
 *
 * const c: SmartCriterion = 'measurable';
 * ```
 * @category Views
 */
export type SmartCriterion = 'specific' | 'measurable' | 'assignable' | 'action-oriented' | 'realistic' | 'time-bound';

/**
 * What a SMART rule gets besides the goal.
 *
 * @example
 * ```ts
 * import type { SmartContext } from 'career-plan';
 *
 * const ctx: SmartContext = { today: '2026-11-28', horizons: { shortTermMonths: 12, longTermMonths: 60 } };
 * ```
 * @category Views
 */
export interface SmartContext {
  /** Today, `YYYY-MM-DD`. */
  readonly today: string;
  /** The horizon thresholds in use. */
  readonly horizons: HorizonThresholds;
}

/**
 * A problem a SMART rule found: a stable code, the criterion, and a sentence for the person.
 *
 * @example
 * ```ts
 * import type { SmartFinding } from 'career-plan';
 *
 * const f: SmartFinding = { code: 'no-success-measure', criterion: 'measurable',
 *   message: 'Say how you will know the goal is reached' };
 * ```
 * @category Views
 */
export interface SmartFinding {
  /** A stable code. */
  readonly code: string;
  /** The letter of SMART it concerns. */
  readonly criterion: SmartCriterion;
  /** What to do about it. */
  readonly message: string;
}

/**
 * A SMART rule: returns the problems it finds in a goal (none when the goal meets it).
 *
 * @example
 * ```ts
 * import type { SmartRule } from 'career-plan';
 *
 * const shortTitle: SmartRule = {
 *   criterion: 'specific',
 *   check: (goal) => (goal.title.split(' ').length < 3 ? [{ code: 'title-too-short', criterion: 'specific',
 *   message: 'Say more in the title' }] : []),
 * };
 * ```
 * @category Views
 */
export interface SmartRule {
  /** The letter of SMART it checks. */
  readonly criterion: SmartCriterion;
  /** The problems found, if any. */
  readonly check: (goal: Goal, context: SmartContext) => readonly SmartFinding[];
}

const finding = (code: string, criterion: SmartCriterion, message: string): SmartFinding => ({
  code,
  criterion,
  message,
});
const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';
/** What a rule that finds nothing returns (one frozen list, not a new one per goal). */
const NONE: readonly SmartFinding[] = Object.freeze([]);
const NO_THRESHOLDS: HorizonThresholds = Object.freeze({});

const specific: SmartRule = {
  criterion: 'specific',
  check: (goal) =>
    blank(goal.description)
      ? [finding('no-description', 'specific', 'Say specifically what the goal means: add a description')]
      : NONE,
};
const measurable: SmartRule = {
  criterion: 'measurable',
  check: (goal) =>
    blank(goal.successMeasure)
      ? [
          finding(
            'no-success-measure',
            'measurable',
            'Say how you will know the goal is reached: add a success measure',
          ),
        ]
      : NONE,
};
const assignable: SmartRule = {
  criterion: 'assignable',
  check: (goal) =>
    goal.strategies.some((strategy) => !blank(strategy.byWho))
      ? NONE
      : [
          finding(
            'no-one-assigned',
            'assignable',
            'Name who does the work: give at least one strategy someone to do it',
          ),
        ],
};
const actionOriented: SmartRule = {
  criterion: 'action-oriented',
  check: (goal) =>
    goal.strategies.length > 0
      ? NONE
      : [finding('no-strategies', 'action-oriented', 'Add at least one action step (strategy) for the goal')],
};
const realistic: SmartRule = {
  criterion: 'realistic',
  check: (goal) =>
    blank(goal.realism) && (goal.resourceIds?.length ?? 0) === 0
      ? [
          finding(
            'not-shown-realistic',
            'realistic',
            'Say why the goal is realistic (time, money, support) or link the resources that make it so',
          ),
        ]
      : NONE,
};
const timeBound: SmartRule = {
  criterion: 'time-bound',
  check: (goal, { today, horizons }) => {
    if (goal.targetDate === undefined)
      return [finding('no-target-date', 'time-bound', 'Set a target date for the goal')];
    const place = classifyHorizon(goal.targetDate, today, horizons);
    if (place === 'past')
      return [
        finding(
          'target-date-past',
          'time-bound',
          'The target date has passed: set a new one, or mark the goal achieved or dropped',
        ),
      ];
    if (place !== goal.horizon) {
      return [
        finding(
          'outside-horizon',
          'time-bound',
          goal.horizon === 'short'
            ? 'The target date is too far away for a short-term goal: bring it closer or make the goal long-term'
            : place === 'short'
              ? 'The target date is close enough for a short-term goal: make the goal short-term'
              : 'The target date is beyond the long-term horizon: bring it closer',
        ),
      ];
    }
    return NONE;
  },
};

/**
 * The built-in SMART rule sets: `doran` (Specific, Measurable, Assignable, Realistic,
 * Time-related; the default) and `myIdp` (Specific, Measurable, Action-oriented, Realistic,
 * Time-bound). Combine their rules with your own in {@link checkGoal}'s `rules` option.
 *
 * - specific: the goal has a description that says what it means;
 * - measurable: it has a success measure;
 * - assignable: at least one strategy names who does it;
 * - action-oriented: it has at least one strategy;
 * - realistic: it says why it is realistic, or links resources;
 * - time-bound: it has a target date, not past, inside its horizon.
 *
 * @example
 * ```ts
 * import { smartRules } from 'career-plan';
 *
 * console.log(smartRules.myIdp.map((rule) => rule.criterion));
 * // ['specific', 'measurable', 'action-oriented', 'realistic', 'time-bound']
 * ```
 * @category Views
 */
export const smartRules: Readonly<{
  /** Doran's original letters (1981). */
  doran: readonly SmartRule[];
  /** The letters myIDP uses. */
  myIdp: readonly SmartRule[];
}> = Object.freeze({
  doran: Object.freeze([specific, measurable, assignable, realistic, timeBound]),
  myIdp: Object.freeze([specific, measurable, actionOriented, realistic, timeBound]),
});

/**
 * The answer of {@link checkGoal}.
 *
 * @example
 * ```ts
 * import type { SmartCheck } from 'career-plan';
 *
 * const check: SmartCheck = { ok: true, findings: [] };
 * ```
 * @category Views
 */
export interface SmartCheck {
  /** Whether the goal meets every rule. */
  readonly ok: boolean;
  /** The problems found, in the rules' order. */
  readonly findings: readonly SmartFinding[];
}

/**
 * Checks a goal against SMART, returning each problem with a code and a sentence a person can
 * act on. The rules are configurable, because the letters vary between sources (see
 * {@link smartRules}); the horizon thresholds too.
 *
 * @param goal - the goal
 * @param options - `today` (`YYYY-MM-DD`); `rules` (default `smartRules.doran`); `horizons`
 *   (default one year and five years)
 * @throws CareerPlanError `invalid-input` for a goal that does not match the goal schema, or a `today` of the wrong
 * form
 * @example
 * ```ts
 * import { checkGoal, type Goal } from 'career-plan';
 *
 * const goal: Goal = { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short', status: 'open',
 *   priority: 'high', strategies: [], targetDate: '2026-09-30' };
 * const { findings } = checkGoal(goal, { today: '2026-03-01' });
 * const codes = findings.map((f) => f.code);
 * console.log(codes); // ['no-description', 'no-success-measure', 'no-one-assigned', 'not-shown-realistic']
 * ```
 * @category Views
 */
export function checkGoal(
  goal: Goal,
  options: { readonly today: string; readonly rules?: readonly SmartRule[]; readonly horizons?: HorizonThresholds },
): SmartCheck {
  requireShape(goalSchema, goal, 'goal given to checkGoal');
  const today = checkToday(options?.today);
  const context: SmartContext = { today, horizons: options.horizons ?? NO_THRESHOLDS };
  const rules: unknown = options.rules ?? smartRules.doran;
  if (
    rules !== smartRules.doran &&
    rules !== smartRules.myIdp &&
    (!Array.isArray(rules) ||
      !rules.every(
        (rule: unknown) => typeof rule === 'object' && rule !== null && typeof (rule as SmartRule).check === 'function',
      ))
  ) {
    throw new CareerPlanError(
      'invalid-input',
      'options.rules must be a list of SMART rules, each with a check function',
      {
        rules: shown(rules),
      },
    );
  }
  const findings: SmartFinding[] = [];
  for (const rule of rules as readonly SmartRule[]) {
    const found: unknown = rule.check(goal, context);
    if (!Array.isArray(found)) {
      throw new CareerPlanError(
        'invalid-input',
        `A SMART rule (${shown(rule.criterion)}) must return a list of findings`,
        {
          criterion: shown(rule.criterion),
        },
      );
    }
    for (const item of found as SmartFinding[]) findings.push(item);
  }
  // A new result for each call, as every view returns (unfrozen: nothing else holds it).
  return { ok: findings.length === 0, findings };
}
