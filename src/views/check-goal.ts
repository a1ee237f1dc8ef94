import { CareerPlanError, shown } from '../model/errors.js';
import { goalSchema, type Goal } from '../model/goal.js';
import { classifyHorizon, type HorizonThresholds } from '../model/horizon.js';
import { knownValid, requireShape } from '../model/validate.js';
import { checkToday } from './today.js';
import { catalogOf } from '../model/catalog.js';
import type { Catalog, Messages } from '../text/catalog.js';
import { en } from '../text/en.js';

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
 * import { en, type SmartContext } from 'career-plan';
 *
 * const ctx: SmartContext = { today: '2026-11-28', horizons: { shortTermMonths: 12, longTermMonths: 60 },
 *   catalog: en };
 * ```
 * @category Views
 */
export interface SmartContext {
  /** Today, `YYYY-MM-DD`. */
  readonly today: string;
  /** The horizon thresholds in use. */
  readonly horizons: HorizonThresholds;
  /** The language of the findings (default English; a rule of the app's own may write its messages in it too). */
  readonly catalog?: Catalog;
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
const smartOf = (catalog: Catalog | undefined): Messages['smart'] => (catalog ?? en).messages.smart;
const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';
const NO_THRESHOLDS: HorizonThresholds = Object.freeze({});

/** A built-in rule's test: adds what it finds to `out` (no list of its own per goal). */
type Finder = (goal: Goal, context: SmartContext, out: SmartFinding[]) => void;

/** The tests of the built-in rules, by rule (an app's rule has none: its `check` is called). */
const FINDERS = /* @__PURE__ */ new WeakMap<SmartRule, Finder>();

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

const specific = /* @__PURE__ */ builtIn('specific', (goal, { catalog }, out) => {
  if (blank(goal.description)) out.push(finding('no-description', 'specific', smartOf(catalog)['no-description']));
});
const measurable = /* @__PURE__ */ builtIn('measurable', (goal, { catalog }, out) => {
  if (blank(goal.successMeasure))
    out.push(finding('no-success-measure', 'measurable', smartOf(catalog)['no-success-measure']));
});
const assignable = /* @__PURE__ */ builtIn('assignable', (goal, { catalog }, out) => {
  for (const strategy of goal.strategies) if (!blank(strategy.byWho)) return;
  out.push(finding('no-one-assigned', 'assignable', smartOf(catalog)['no-one-assigned']));
});
const actionOriented = /* @__PURE__ */ builtIn('action-oriented', (goal, { catalog }, out) => {
  if (goal.strategies.length === 0)
    out.push(finding('no-strategies', 'action-oriented', smartOf(catalog)['no-strategies']));
});
const realistic = /* @__PURE__ */ builtIn('realistic', (goal, { catalog }, out) => {
  if (blank(goal.realism) && (goal.resourceIds?.length ?? 0) === 0)
    out.push(finding('not-shown-realistic', 'realistic', smartOf(catalog)['not-shown-realistic']));
});
const timeBound = /* @__PURE__ */ builtIn('time-bound', (goal, { today, horizons, catalog }, out) => {
  const smart = smartOf(catalog);
  if (goal.targetDate === undefined) {
    out.push(finding('no-target-date', 'time-bound', smart['no-target-date']));
    return;
  }
  const place = classifyHorizon(goal.targetDate, today, horizons);
  if (place === 'past') out.push(finding('target-date-past', 'time-bound', smart['target-date-past']));
  else if (place !== goal.horizon)
    out.push(
      finding(
        'outside-horizon',
        'time-bound',
        goal.horizon === 'short'
          ? smart['too-far-for-short-term']
          : place === 'short'
            ? smart['close-enough-for-short-term']
            : smart['beyond-long-term'],
      ),
    );
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
}> = /* @__PURE__ */ Object.freeze({
  doran: /* @__PURE__ */ Object.freeze([specific, measurable, assignable, realistic, timeBound]),
  myIdp: /* @__PURE__ */ Object.freeze([specific, measurable, actionOriented, realistic, timeBound]),
});

/** The tests of the built-in rule sets, in order (so a check of a goal looks them up once). */
/** The finders of the built-in rule sets, made on first use (so a bundle without checkGoal drops the rules). */
let builtInSets: ReadonlyMap<readonly SmartRule[], readonly Finder[]> | undefined;
const setsOfRules = (): ReadonlyMap<readonly SmartRule[], readonly Finder[]> =>
  (builtInSets ??= new Map(
    [smartRules.doran, smartRules.myIdp].map((set) => [set, set.map((rule) => FINDERS.get(rule) as Finder)]),
  ));
const GOALS = /* @__PURE__ */ knownValid(goalSchema);

/** The last day checked without horizons of its own, with its context (frozen: rules may keep it). */
let last: { readonly today: unknown; readonly chosen: unknown; readonly context: SmartContext | undefined } = {
  today: undefined,
  chosen: undefined,
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
 *   (default one year and five years); `catalog`: the language of the findings (default English)
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
  options: {
    readonly today: string;
    readonly rules?: readonly SmartRule[];
    readonly horizons?: HorizonThresholds;
    readonly catalog?: Catalog;
  },
): SmartCheck {
  if (!GOALS.has(goal)) requireShape(goalSchema, goal, 'goal given to checkGoal');
  const given = options?.today;
  const chosen = options?.catalog;
  // A dashboard checks every goal against the same day: the day and its context are checked and made once.
  let context =
    given === last.today && chosen === last.chosen && options?.horizons === undefined ? last.context : undefined;
  if (context === undefined) {
    const today = checkToday(given);
    context = Object.freeze({ today, horizons: options.horizons ?? NO_THRESHOLDS, catalog: catalogOf(chosen) });
    if (options.horizons === undefined) last = { today, chosen, context };
  }
  const rules: unknown = options.rules ?? smartRules.doran;
  const builtIns = setsOfRules().get(rules as readonly SmartRule[]);
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
