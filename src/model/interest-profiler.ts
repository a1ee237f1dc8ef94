import { CareerPlanError, shown } from './errors.js';
import type { AssessmentResults, RiasecScores } from './assessment.js';
import { RIASEC_AREAS, hollandCodeOf, type RiasecArea } from './riasec.js';

/**
 * The area each of the 60 items of the O\*NET Interest Profiler Short Form scores, in the order
 * of the form (and of O\*NET Web Services' 60 questions): two Realistic items, two Investigative,
 * two Artistic, two Social, two Enterprising, two Conventional, five times over. The item texts
 * belong to the instrument; an app shows them from its own copy, with DOL's notices.
 *
 * @example
 * ```ts
 * import { INTEREST_PROFILER_KEY } from 'career-plan';
 *
 * console.log(INTEREST_PROFILER_KEY.length, INTEREST_PROFILER_KEY.slice(0, 12)); // 60 RRIIAASSEECC
 * ```
 * @category Matching
 */
export const INTEREST_PROFILER_KEY = 'RRIIAASSEECC'.repeat(5);

/**
 * The scores of an O\*NET Interest Profiler Short Form. See {@link scoreInterestProfiler}.
 *
 * @example
 * ```ts
 * import { scoreInterestProfiler, type InterestProfilerScore } from 'career-plan';
 *
 * const score: InterestProfilerScore = scoreInterestProfiler('3'.repeat(60));
 * console.log(score.scores.realistic); // 20
 * ```
 * @category Matching
 */
export interface InterestProfilerScore {
  /**
   * Each area's raw score, 0 to 40: the sum of its ten answers, each counted 0 (Strongly Dislike) to 4 (Strongly
   * Like).
   */
  readonly scores: RiasecScores;
  /** The three highest areas, strongest first; equal scores in Holland's order (R, I, A, S, E, C). */
  readonly hollandCode: string;
  /** Whether equal scores decided the order of the code (its letters, or the third against the fourth). */
  readonly tied: boolean;
  /**
   * What to store as the assessment's `results`: the scores on the 0 to 100 scale of `riasecScoresSchema` (raw x 2.5)
   * and the Holland code.
   */
  readonly results: AssessmentResults;
}

/**
 * Scores the 60 answers of the O\*NET Interest Profiler Short Form: each answer is 1 (Strongly
 * Dislike), 2 (Dislike), 3 (Unsure), 4 (Like) or 5 (Strongly Like), as O\*NET Web Services codes
 * them; each area's score is the sum of its ten answers counted 0 to 4, so 0 to 40, and the
 * Holland code names the three highest areas (O\*NET Interest Profiler Short Form and its score
 * report, National Center for O\*NET Development; the key is {@link INTEREST_PROFILER_KEY}).
 *
 * The Interest Profiler is the U.S. Department of Labor's: "O\*NET Interest Profiler" and
 * "O\*NET" are trademarks of USDOL/ETA, and its tools are for career exploration, planning and
 * counseling, not for selecting or placing people.
 *
 * @param answers - 60 answers, as an array of numbers or a string of 60 digits, in the form's order
 * @throws CareerPlanError `invalid-input` for another number of answers or an answer that is not 1 to 5
 * @example
 * ```ts
 * import { addAssessment, createPlan, scoreInterestProfiler } from 'career-plan';
 *
 * // Strongly Like the Realistic items, Like the Investigative ones, and so on down
 * const score = scoreInterestProfiler('554433221111'.repeat(5));
 * console.log(score.scores, score.hollandCode);
 * // { realistic: 40, investigative: 30, artistic: 20, social: 10, enterprising: 0, conventional: 0 } RIA
 * const plan = addAssessment(createPlan({ owner: { id: 'alex' } }), { kind: 'interests',
 *   instrument: 'O*NET Interest Profiler Short Form', takenAt: '2026-01-10', results: score.results });
 * ```
 * @category Matching
 */
export function scoreInterestProfiler(answers: readonly number[] | string): InterestProfilerScore {
  const list: readonly unknown[] =
    typeof answers === 'string' ? [...answers].map((c) => (/^[0-9]$/.test(c) ? Number(c) : c)) : answers;
  if (!Array.isArray(list) || list.length !== 60)
    throw new CareerPlanError(
      'invalid-input',
      `The Interest Profiler Short Form has 60 answers; got ${Array.isArray(list) ? list.length : shown(answers)}`,
      { expected: 60, ...(Array.isArray(list) ? { received: list.length } : {}) },
    );
  const raw: Record<RiasecArea, number> = {
    realistic: 0,
    investigative: 0,
    artistic: 0,
    social: 0,
    enterprising: 0,
    conventional: 0,
  };
  for (let i = 0; i < 60; i++) {
    const answer = list[i];
    if (typeof answer !== 'number' || !Number.isInteger(answer) || answer < 1 || answer > 5)
      throw new CareerPlanError(
        'invalid-input',
        `Answer ${i + 1} is ${shown(answer)}; each answer is 1 (Strongly Dislike) to 5 (Strongly Like)`,
        { item: i + 1, value: shown(answer) },
      );
    const area = RIASEC_AREAS['RIASEC'.indexOf(INTEREST_PROFILER_KEY[i] as string)] as RiasecArea;
    raw[area] += answer - 1;
  }
  const { code, tied } = hollandCodeOf(raw);
  const scaled = Object.fromEntries(RIASEC_AREAS.map((area) => [area, raw[area] * 2.5])) as RiasecScores;
  return Object.freeze({
    scores: Object.freeze(raw),
    hollandCode: code,
    tied,
    results: Object.freeze({ riasec: Object.freeze(scaled), hollandCode: code }),
  });
}
