import { CareerPlanError, shown } from '../model/errors.js';
import { goalSchema, type Goal } from '../model/goal.js';
import { classifyHorizon, type HorizonThresholds } from '../model/horizon.js';
import { knownValid, requireShape } from '../model/validate.js';
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
const NO_THRESHOLDS: HorizonThresholds = Object.freeze({});

/** A built-in rule's test: adds what it finds to `out` (no list of its own per goal). */
type Finder = (goal: Goal, context: SmartContext, out: SmartFinding[]) => void;

/** The tests of the built-in rules, by rule (an app's rule has none: its `check` is called). */
const FINDERS = new WeakMap<SmartRule, Finder>();

/** A built-in rule from its test: `check` returns a new list of what the test finds. */
function builtIn(criterion: SmartCriterion, find: Finder): SmartRule {
  const rule: SmartRule = Object.freeze({
    criterion,
    check: (goal: Goal, context: SmartContext): readonly SmartFinding[] => {
      const out: SmartFinding[] = [];
      find(goal, context, out);
      return out;
    },
  });
  FINDERS.set(rule, find);
  return rule;
}

const specific = builtIn('specific', (goal, _context, out) => {
  if (blank(goal.description))
    out.push(finding('no-description', 'specific', 'Say specifically what the goal means: add a description'));
});
const measurable = builtIn('measurable', (goal, _context, out) => {
  if (blank(goal.successMeasure))
    out.push(
      finding('no-success-measure', 'measurable', 'Say how you will know the goal is reached: add a success measure'),
    );
});
const assignable = builtIn('assignable', (goal, _context, out) => {
  for (const strategy of goal.strategies) if (!blank(strategy.byWho)) return;
  out.push(
    finding('no-one-assigned', 'assignable', 'Name who does the work: give at least one strategy someone to do it'),
  );
});
const actionOriented = builtIn('action-oriented', (goal, _context, out) => {
  if (goal.strategies.length === 0)
    out.push(finding('no-strategies', 'action-oriented', 'Add at least one action step (strategy) for the goal'));
});
const realistic = builtIn('realistic', (goal, _context, out) => {
  if (blank(goal.realism) && (goal.resourceIds?.length ?? 0) === 0)
    out.push(
      finding(
        'not-shown-realistic',
        'realistic',
        'Say why the goal is realistic (time, money, support) or link the resources that make it so',
      ),
    );
});
const timeBound = builtIn('time-bound', (goal, { today, horizons }, out) => {
  if (goal.targetDate === undefined) {
    out.push(finding('no-target-date', 'time-bound', 'Set a target date for the goal'));
    return;
  }
  const place = classifyHorizon(goal.targetDate, today, horizons);
  if (place === 'past') {
    out.push(
      finding(
        'target-date-past',
        'time-bound',
        'The target date has passed: set a new one, or mark the goal achieved or dropped',
      ),
    );
  } else if (place !== goal.horizon) {
    out.push(
      finding(
        'outside-horizon',
        'time-bound',
        goal.horizon === 'short'
          ? 'The target date is too far away for a short-term goal: bring it closer or make the goal long-term'
          : place === 'short'
            ? 'The target date is close enough for a short-term goal: make the goal short-term'
            : 'The target date is beyond the long-term horizon: bring it closer',
      ),
    );
  }
});

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

/** The tests of the built-in rule sets, in order (so a check of a goal looks them up once). */
const BUILT_IN_SETS = new Map<readonly SmartRule[], readonly Finder[]>(
  [smartRules.doran, smartRules.myIdp].map((set) => [set, set.map((rule) => FINDERS.get(rule) as Finder)]),
);
const DORAN = BUILT_IN_SETS.get(smartRules.doran) as readonly Finder[];
/** The goals known to be valid (the set `requireShape` keeps for the goal schema). */
const GOALS = /* @__PURE__ */ knownValid(goalSchema);

/** The last day checked without horizons of its own, with its context (frozen: rules may keep it). */
let last: { readonly today: unknown; readonly context: SmartContext | undefined } = {
  today: undefined,
  context: undefined,
};

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
  if (!GOALS.has(goal)) requireShape(goalSchema, goal, 'goal given to checkGoal');
  const given = options?.today;
  // A dashboard checks every goal against the same day: the day and its context are checked and made once.
  let context = given === last.today && options?.horizons === undefined ? last.context : undefined;
  if (context === undefined) {
    const today = checkToday(given);
    context = Object.freeze({ today, horizons: options.horizons ?? NO_THRESHOLDS });
    if (options.horizons === undefined) last = { today, context };
  }
  const rules: unknown = options.rules ?? smartRules.doran;
  const builtIns = rules === smartRules.doran ? DORAN : BUILT_IN_SETS.get(rules as readonly SmartRule[]);
  if (
    builtIns === undefined &&
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
  if (builtIns !== undefined) {
    for (const find of builtIns) find(goal, context, findings);
    return { ok: findings.length === 0, findings };
  }
  for (const rule of rules as readonly SmartRule[]) {
    // The built-in rules add to the list directly; an app's rule returns its own list.
    const find = FINDERS.get(rule);
    if (find !== undefined) {
      find(goal, context, findings);
      continue;
    }
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
