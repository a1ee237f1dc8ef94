import type { Assessment } from '../model/assessment.js';
import type { CareerOption, OptionStatus } from '../model/career-option.js';
import { CareerPlanError, shown } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import {
  RIASEC_AREAS,
  areaOfLetter,
  cIndex,
  hollandCodeOf,
  profileCorrelation,
  type RiasecArea,
} from '../model/riasec.js';
import { requirePlan } from './plan-argument.js';
import { catalogOf } from '../model/catalog.js';
import type { Catalog, Messages } from '../text/catalog.js';

/**
 * How `matchOptions` compares interests: `correlation` (the shape of the six scores against the
 * occupation's six O\*NET levels) or `c-index` (Brown and Gore's congruence of the two Holland codes).
 *
 * @example
 * ```ts
 * import type { MatchMethod } from 'career-plan';
 *
 * const method: MatchMethod = 'c-index';
 * ```
 * @category Matching
 */
export type MatchMethod = 'correlation' | 'c-index';

/**
 * The options of {@link matchOptions}.
 *
 * @example
 * ```ts
 * import type { MatchOptionsOptions } from 'career-plan';
 *
 * const options: MatchOptionsOptions = { method: 'c-index', statuses: ['researching', 'shortlisted'] };
 * ```
 * @category Matching
 */
export interface MatchOptionsOptions {
  /** How interests are compared (default `correlation`). */
  readonly method?: MatchMethod;
  /** Rank by `interests` (default) or by `values` (the correlation of work values, where both sides carry them). */
  readonly rankBy?: 'interests' | 'values';
  /** Only options with these statuses (default: every option). */
  readonly statuses?: readonly OptionStatus[];
  /** The language of the reasons (default English; `es` from `career-plan/locales/es`). */
  readonly catalog?: Catalog;
}

/**
 * One ranked option. See {@link matchOptions}.
 *
 * @example
 * ```ts
 * import type { OptionMatch } from 'career-plan';
 *
 * const m: OptionMatch = { optionId: 'o1', title: 'Network Technician', status: 'researching', rank: 1, score: 0.82,
 *   code: 'RIC', shared: ['investigative', 'realistic'], reasons: ['Shares your two highest interests'] };
 * ```
 * @category Matching
 */
export interface OptionMatch {
  /** The option's id. */
  readonly optionId: string;
  /** The option's title. */
  readonly title: string;
  /** The option's status. */
  readonly status: OptionStatus;
  /** Its place, from 1; options with the same score share a rank (1, 1, 3). */
  readonly rank: number;
  /** What it is ranked by: the correlation (-1 to 1) or the C index (0 to 18). */
  readonly score: number;
  /**
   * The occupation's Holland code: its `interestCode`, else its highest levels as far as no tie decides them (see
   * `hollandCodeOf`'s `firm`); absent without either, or for a flat profile.
   */
  readonly code?: string;
  /** The person's highest interests (their code's areas) that the occupation's code shares, in the person's order. */
  readonly shared: readonly RiasecArea[];
  /** The correlation of the interest profiles, when both sides have six scores. */
  readonly interestCorrelation?: number;
  /** The C index of the two codes (0 to 18), when both sides have a code. */
  readonly cIndex?: number;
  /** The correlation of the work values, when both sides carry them. */
  readonly valuesCorrelation?: number;
  /** The occupation's Job Zone, when known. */
  readonly jobZone?: number;
  /** Why, in sentences an app can show. */
  readonly reasons: readonly string[];
}

/**
 * An option that could not be ranked, and why. See {@link matchOptions}.
 *
 * @example
 * ```ts
 * import type { UnratedOption } from 'career-plan';
 *
 * const u: UnratedOption = { optionId: 'o2', title: 'Baker', status: 'identified',
 *   reason: 'Not rated: it has no interest profile' };
 * ```
 * @category Matching
 */
export interface UnratedOption {
  /** The option's id. */
  readonly optionId: string;
  /** The option's title. */
  readonly title: string;
  /** The option's status. */
  readonly status: OptionStatus;
  /** Why it is not rated. */
  readonly reason: string;
}

/**
 * The answer of {@link matchOptions}.
 *
 * @example
 * ```ts
 * import { createPlan, matchOptions, type MatchResult } from 'career-plan';
 *
 * const result: MatchResult = matchOptions(createPlan({ owner: { id: 'alex' } }));
 * console.log(result.ranked.length); // 0
 * ```
 * @category Matching
 */
export interface MatchResult {
  /** The method used. */
  readonly method: MatchMethod;
  /** What the ranking is by. */
  readonly rankBy: 'interests' | 'values';
  /** The interests assessment compared (the latest one with scores or a code), if any. */
  readonly interestsAssessmentId?: string;
  /** The person's Holland code as compared: the assessment's code, else its highest scores as far as no tie decides. */
  readonly personCode?: string;
  /** The work values assessment compared (the latest one with work values), if any. */
  readonly valuesAssessmentId?: string;
  /** The rated options, best first (ties in the plan's order). */
  readonly ranked: readonly OptionMatch[];
  /** The options that could not be rated, in the plan's order: never guessed. */
  readonly notRated: readonly UnratedOption[];
}

const VALUE_KEYS = [
  'achievement',
  'workingConditions',
  'recognition',
  'relationships',
  'support',
  'independence',
] as const;

/** The latest assessment of a kind that `has` what is needed (by `takenAt`; the later in the list on the same day). */
function latest(plan: Plan, kind: Assessment['kind'], has: (a: Assessment) => boolean): Assessment | undefined {
  let found: Assessment | undefined;
  for (const a of plan.assessments) if (a.kind === kind && has(a) && (!found || a.takenAt >= found.takenAt)) found = a;
  return found;
}

/** The code of a profile as far as no tie decides it, or `undefined` (no profile, or no letter untied). */
const firmCode = (scores: Readonly<Record<RiasecArea, number>> | undefined): string | undefined =>
  scores === undefined ? undefined : hollandCodeOf(scores).firm || undefined;

/** The sentence on the shared highest interests. */
function sharedSentence(m: Messages, personCode: string, shared: readonly RiasecArea[]): string {
  const areas = shared.map((area) => m.area[area]);
  if (shared.length === 0) return m.matchSharesNone({ code: personCode });
  const top = [...personCode].slice(0, shared.length).map(areaOfLetter);
  return top.every((area, i) => area === shared[i])
    ? m.matchSharesTop({ count: shared.length, areas })
    : m.matchSharesSome({ count: shared.length, of: personCode.length, areas });
}

/**
 * Ranks the plan's career options against the person's latest interests assessment, and says
 * why in sentences an app can show ("Shares your two highest interests, Investigative and
 * Realistic"). An option is compared by the occupation profile it carries (`interests`,
 * `interestCode`, `workValues`, `jobZone`, as O\*NET publishes them); one without what the
 * method needs is listed in `notRated`, never guessed.
 *
 * Two documented methods (see the guide "The match step", with a worked example):
 * - `correlation` (default): Pearson's r of the person's six scores and the occupation's six
 *   O\*NET levels, the similarity of the profiles' shapes (Cronbach and Gleser, 1953), -1 to 1.
 *   Needs six scores on both sides; a flat profile has no shape and is not rated.
 * - `c-index`: Brown and Gore's C index (1994) of the two Holland codes, 0 to 18. A code
 *   derived from levels keeps only the letters no tie decides (a flat profile has none).
 *
 * Work values are compared the same way (correlation) where both the latest values assessment
 * and the option carry them; `rankBy: 'values'` ranks by them. O\*NET's own fit labels come from
 * an algorithm this library does not reproduce.
 *
 * @param plan - a plan, or plain plan data
 * @param options - the method, what to rank by, which statuses, the language of the reasons (`catalog`)
 * @throws CareerPlanError `invalid-plan` for a value that is not a plan; `invalid-input` for an unknown method or
 * `rankBy`, or `statuses` that are not a list
 * @example
 * ```ts
 * import { addAssessment, addCareerOption, createPlan, matchOptions } from 'career-plan';
 *
 * let plan = addAssessment(createPlan({ owner: { id: 'alex' } }), { kind: 'interests', instrument: 'Interest Profiler',
 *   takenAt: '2026-01-10',
 *   results: { riasec: { realistic: 62, investigative: 71, artistic: 20, social: 45, enterprising: 30,
 *     conventional: 55 } } });
 * // A made-up profile, to show the method (not O*NET's data)
 * plan = addCareerOption(plan, { id: 'o1', title: 'Made-up technician',
 *   interests: { realistic: 6, investigative: 6.5, artistic: 1.5, social: 3, enterprising: 2, conventional: 5 } });
 * const result = matchOptions(plan);
 * console.log(result.ranked[0]?.reasons[0]);
 * // 'Shares your three highest interests, Investigative, Realistic, and Conventional'
 * ```
 * @category Matching
 */
export function matchOptions(plan: Plan, options: MatchOptionsOptions = {}): MatchResult {
  requirePlan(plan, 'matchOptions');
  const m = catalogOf(options?.catalog).messages;
  const method = options?.method ?? 'correlation';
  const rankBy = options?.rankBy ?? 'interests';
  if (method !== 'correlation' && method !== 'c-index')
    throw new CareerPlanError(
      'invalid-input',
      `Unknown match method ${shown(method)}; use 'correlation' or 'c-index'`,
      {
        method: shown(method),
      },
    );
  if (rankBy !== 'interests' && rankBy !== 'values')
    throw new CareerPlanError('invalid-input', `rankBy is 'interests' or 'values', not ${shown(rankBy)}`, {
      rankBy: shown(rankBy),
    });
  const statuses = options?.statuses;
  if (statuses !== undefined && (!Array.isArray(statuses) || !statuses.every((s) => typeof s === 'string')))
    throw new CareerPlanError('invalid-input', 'options.statuses must be a list of option statuses', {
      statuses: shown(statuses),
    });
  const interests = latest(
    plan,
    'interests',
    (a) => a.results?.riasec !== undefined || a.results?.hollandCode !== undefined,
  );
  const values = latest(plan, 'values', (a) => a.results?.workValues !== undefined);
  const riasec = interests?.results?.riasec;
  const personScores = riasec && RIASEC_AREAS.map((area) => riasec[area]);
  const personCode = interests?.results?.hollandCode ?? firmCode(riasec);
  const personValues = values?.results?.workValues && VALUE_KEYS.map((key) => values.results?.workValues?.[key] ?? 0);
  const preparing = latest(plan, 'interests', (a) => a.results?.jobZone !== undefined)?.results?.jobZone;

  const rated: Array<Omit<OptionMatch, 'rank'>> = [];
  const notRated: UnratedOption[] = [];
  for (const option of plan.careerOptions) {
    if (statuses !== undefined && !statuses.includes(option.status)) continue;
    const base = { optionId: option.id, title: option.title, status: option.status };
    const match = compare(option);
    if (typeof match === 'string') notRated.push({ ...base, reason: match });
    else rated.push({ ...base, ...match });
  }
  const ordered = rated
    .map((match, index) => ({ match, index }))
    .sort((a, b) => b.match.score - a.match.score || a.index - b.index);
  // Competition ranking: an option with the score of the one before it shares its rank (1, 1, 3).
  const ranked: OptionMatch[] = [];
  for (const { match } of ordered) {
    const before = ranked.at(-1);
    ranked.push({
      ...match,
      rank: before !== undefined && before.score === match.score ? before.rank : ranked.length + 1,
    });
  }
  return {
    method,
    rankBy,
    ...(interests ? { interestsAssessmentId: interests.id } : {}),
    ...(personCode ? { personCode } : {}),
    ...(values ? { valuesAssessmentId: values.id } : {}),
    ranked,
    notRated,
  };

  function compare(option: CareerOption): Omit<OptionMatch, 'rank' | 'optionId' | 'title' | 'status'> | string {
    if (rankBy === 'interests' && interests === undefined) return m.notRated['no-interests-assessment'];
    if (rankBy === 'values' && personValues === undefined) return m.notRated['no-values-assessment'];
    const code = option.interestCode ?? firmCode(option.interests);
    const correlation =
      personScores && option.interests
        ? profileCorrelation(
            personScores,
            RIASEC_AREAS.map((area) => option.interests?.[area] ?? 0),
          )
        : undefined;
    const c = personCode && code ? cIndex(personCode, code) : undefined;
    const valuesCorrelation =
      personValues && option.workValues
        ? profileCorrelation(
            personValues,
            VALUE_KEYS.map((key) => option.workValues?.[key] ?? 0),
          )
        : undefined;
    let score: number | undefined;
    if (rankBy === 'values') {
      if (option.workValues === undefined) return m.notRated['no-values-profile'];
      if (valuesCorrelation === undefined) return m.notRated['flat-values'];
      score = valuesCorrelation;
    } else if (method === 'correlation') {
      if (personScores === undefined) return m.notRated['code-without-scores'];
      if (option.interests === undefined) return m.notRated['no-interest-levels'];
      if (correlation === undefined) return m.notRated['flat-interests'];
      score = correlation;
    } else {
      if (code === undefined) return m.notRated['no-interest-code'];
      score = c as number;
    }
    const shared =
      personCode && code
        ? [...personCode].filter((letter) => code.includes(letter)).map((letter) => areaOfLetter(letter) as RiasecArea)
        : [];
    const reasons: string[] = [];
    if (personCode && code) reasons.push(sharedSentence(m, personCode, shared));
    if (correlation !== undefined) reasons.push(m.matchCorrelation({ r: correlation }));
    if (c !== undefined) reasons.push(m.matchCIndex({ person: personCode as string, occupation: code as string, c }));
    if (valuesCorrelation !== undefined) reasons.push(m.matchValues({ r: valuesCorrelation }));
    if (option.jobZone !== undefined)
      reasons.push(m.matchJobZone({ zone: option.jobZone, ...(preparing === undefined ? {} : { preparing }) }));
    return {
      score,
      ...(code === undefined ? {} : { code }),
      shared,
      ...(correlation === undefined ? {} : { interestCorrelation: correlation }),
      ...(c === undefined ? {} : { cIndex: c }),
      ...(valuesCorrelation === undefined ? {} : { valuesCorrelation }),
      ...(option.jobZone === undefined ? {} : { jobZone: option.jobZone }),
      reasons,
    };
  }
}
