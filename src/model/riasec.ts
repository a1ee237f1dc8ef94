import * as z from 'zod';
import { CareerPlanError, shown } from './errors.js';

/**
 * Holland's six interest areas in the order of his hexagon (Realistic, Investigative, Artistic,
 * Social, Enterprising, Conventional): neighbours in this list, and the last and the first, are
 * adjacent on the hexagon.
 *
 * @example
 * ```ts
 * import { RIASEC_AREAS } from 'career-plan';
 *
 * console.log(RIASEC_AREAS[1]); // 'investigative'
 * ```
 * @category Matching
 */
export const RIASEC_AREAS = Object.freeze([
  'realistic',
  'investigative',
  'artistic',
  'social',
  'enterprising',
  'conventional',
] as const);

/**
 * One of Holland's six interest areas. See {@link RIASEC_AREAS}.
 *
 * @example
 * ```ts
 * import type { RiasecArea } from 'career-plan';
 *
 * const area: RiasecArea = 'social';
 * ```
 * @category Matching
 */
export type RiasecArea = (typeof RIASEC_AREAS)[number];

/**
 * A Holland code: one to three distinct letters of `RIASEC`, strongest first (`IRC`).
 *
 * @example
 * ```ts
 * import { hollandCodeSchema } from 'career-plan';
 *
 * hollandCodeSchema.safeParse('IRC').success; // true
 * hollandCodeSchema.safeParse('IRI').success; // false
 * ```
 * @category Schemas
 */
export const hollandCodeSchema = z.string().regex(/^(?!.*(.).*\1)[RIASEC]{1,3}$/);

const level = z.number().min(1).max(7);

/**
 * An occupation's interest profile as O\*NET publishes it: the level of each RIASEC area on its
 * "OI" scale, 1.00 to 7.00 (O\*NET database, Interests file).
 *
 * @example
 * ```ts
 * import { occupationInterestsSchema } from 'career-plan';
 *
 * // O*NET 30.1, Interests, 43-4041.00 (Credit Authorizers, Checkers, and Clerks), 11/2023
 * occupationInterestsSchema.parse({ realistic: 1, investigative: 1.85, artistic: 1, social: 3.39, enterprising: 4.47,
 *   conventional: 7 });
 * ```
 * @category Schemas
 */
export const occupationInterestsSchema = z
  .strictObject({
    /** Realistic, 1 to 7. */
    realistic: level,
    /** Investigative, 1 to 7. */
    investigative: level,
    /** Artistic, 1 to 7. */
    artistic: level,
    /** Social, 1 to 7. */
    social: level,
    /** Enterprising, 1 to 7. */
    enterprising: level,
    /** Conventional, 1 to 7. */
    conventional: level,
  })
  .readonly();

/**
 * An occupation's work values as O\*NET publishes them: the extent of each of the six values on
 * its "EX" scale, 1.00 to 7.00 (O\*NET database, Work Values file).
 *
 * @example
 * ```ts
 * import { occupationWorkValuesSchema } from 'career-plan';
 *
 * // O*NET 30.1, Work Values, 19-3033.00 (Industrial-Organizational Psychologists), 11/2020
 * occupationWorkValuesSchema.parse({ achievement: 5.83, workingConditions: 5.75, recognition: 5.33,
 *   relationships: 6.83, support: 3.17, independence: 6 });
 * ```
 * @category Schemas
 */
export const occupationWorkValuesSchema = z
  .strictObject({
    /** Achievement, 1 to 7. */
    achievement: level,
    /** Working conditions, 1 to 7. */
    workingConditions: level,
    /** Recognition, 1 to 7. */
    recognition: level,
    /** Relationships, 1 to 7. */
    relationships: level,
    /** Support, 1 to 7. */
    support: level,
    /** Independence, 1 to 7. */
    independence: level,
  })
  .readonly();

/**
 * An occupation's interest levels. See {@link occupationInterestsSchema}.
 *
 * @example
 * ```ts
 * import type { OccupationInterests } from 'career-plan';
 *
 * const oi: OccupationInterests = { realistic: 1, investigative: 1.85, artistic: 1, social: 3.39, enterprising: 4.47,
 *   conventional: 7 };
 * ```
 * @category Schemas
 */
export type OccupationInterests = z.output<typeof occupationInterestsSchema>;
/**
 * An occupation's work values. See {@link occupationWorkValuesSchema}.
 *
 * @example
 * ```ts
 * import type { OccupationWorkValues } from 'career-plan';
 *
 * const ex: OccupationWorkValues = { achievement: 5.83, workingConditions: 5.75, recognition: 5.33,
 *   relationships: 6.83, support: 3.17, independence: 6 };
 * ```
 * @category Schemas
 */
export type OccupationWorkValues = z.output<typeof occupationWorkValuesSchema>;

/**
 * A Holland code as {@link hollandCodeOf} derives it from scores.
 *
 * @example
 * ```ts
 * import type { DerivedCode } from 'career-plan';
 *
 * const code: DerivedCode = { code: 'EIC', tied: true, firm: 'E' };
 * ```
 * @category Matching
 */
export interface DerivedCode {
  /** The letters of the highest areas, strongest first; equal scores in Holland's order. */
  readonly code: string;
  /** Whether equal scores decided any letter of the code (or the last letter against the next area). */
  readonly tied: boolean;
  /** The part of `code` no tie decided. */
  readonly firm: string;
}

/** The letter of each area, in Holland's order. */
const LETTERS = 'RIASEC';

/**
 * The Holland code of a set of six scores: the letters of the highest areas, strongest first.
 * Equal scores keep Holland's order (R before I before A ...), a convention of this library
 * (O\*NET's reports list tied areas without ranking them): `tied` says whether the code depended
 * on it, and `firm` is the part of the code that no tie decided (`E` for E 7, I 4.33, C 4.33;
 * empty for a flat profile), which `matchOptions` uses so as never to guess.
 *
 * @param scores - a score for each area, on any scale
 * @param length - how many letters, 1 to 6 (default 3)
 * @throws CareerPlanError `invalid-input` for scores that are not six finite numbers, or another length
 * @example
 * ```ts
 * import { hollandCodeOf } from 'career-plan';
 *
 * const scores = { realistic: 62, investigative: 71, artistic: 20, social: 45, enterprising: 30, conventional: 55 };
 * console.log(hollandCodeOf(scores)); // { code: 'IRC', tied: false, firm: 'IRC' }
 * ```
 * @category Matching
 */
export function hollandCodeOf(scores: Readonly<Record<RiasecArea, number>>, length = 3): DerivedCode {
  if (
    typeof scores !== 'object' ||
    scores === null ||
    !RIASEC_AREAS.every((area) => Number.isFinite((scores as Record<string, unknown>)[area]))
  )
    throw new CareerPlanError('invalid-input', 'hollandCodeOf takes a finite score for each of the six RIASEC areas', {
      scores: shown(scores),
    });
  if (!Number.isInteger(length) || length < 1 || length > 6)
    throw new CareerPlanError('invalid-input', 'A Holland code has 1 to 6 letters', { length: shown(length) });
  const order = [0, 1, 2, 3, 4, 5].sort(
    (a, b) => scores[RIASEC_AREAS[b] as RiasecArea] - scores[RIASEC_AREAS[a] as RiasecArea] || a - b,
  );
  const value = (i: number): number => scores[RIASEC_AREAS[order[i] as number] as RiasecArea];
  const code = order
    .slice(0, length)
    .map((i) => LETTERS[i])
    .join('');
  let firm = 0;
  while (firm < code.length && (firm === 5 || value(firm) !== value(firm + 1))) firm += 1;
  return { code, tied: firm < code.length, firm: code.slice(0, firm) };
}

/**
 * Pearson's correlation of two profiles of equal length: how alike their shapes are, whatever
 * their levels and scales (1: the same shape, 0: unrelated, -1: opposite). Profile similarity
 * by correlation is Cronbach and Gleser's "shape" (Psychological Bulletin 50, 1953, 456-473).
 * `undefined` when a profile is flat (all values equal: it has no shape) or the lengths differ.
 *
 * @throws CareerPlanError `invalid-input` for anything but two arrays of finite numbers
 * @example
 * ```ts
 * import { profileCorrelation } from 'career-plan';
 *
 * console.log(profileCorrelation([1, 2, 3], [10, 20, 30])); // 1
 * console.log(profileCorrelation([1, 1, 1], [1, 2, 3])); // undefined
 * ```
 * @category Matching
 */
export function profileCorrelation(a: readonly number[], b: readonly number[]): number | undefined {
  const numbers = (list: unknown): boolean =>
    Array.isArray(list) && list.length <= 1_000 && list.every((value) => Number.isFinite(value));
  if (!numbers(a) || !numbers(b))
    throw new CareerPlanError('invalid-input', 'profileCorrelation takes two arrays of finite numbers', {
      a: shown(a),
      b: shown(b),
    });
  const n = a.length;
  if (n < 2 || b.length !== n) return undefined;
  let meanA = 0;
  let meanB = 0;
  for (let i = 0; i < n; i++) {
    meanA += a[i] as number;
    meanB += b[i] as number;
  }
  meanA /= n;
  meanB /= n;
  let cross = 0;
  let sumA = 0;
  let sumB = 0;
  for (let i = 0; i < n; i++) {
    const da = (a[i] as number) - meanA;
    const db = (b[i] as number) - meanB;
    cross += da * db;
    sumA += da * da;
    sumB += db * db;
  }
  if (sumA === 0 || sumB === 0) return undefined;
  return Math.max(-1, Math.min(1, cross / Math.sqrt(sumA * sumB)));
}

/**
 * Brown and Gore's C index of congruence between two Holland codes (Journal of Vocational
 * Behavior 45, 1994, 310-327): letter by letter, 3 points when the letters are the same, 2 when
 * they are adjacent on Holland's hexagon, 1 when alternate, 0 when opposite, weighted 3, 2 and 1
 * for the first, second and third letters: 0 to 18. A code with fewer than three letters (O\*NET
 * names a second or third high point only when there is one) scores 0 at the positions it lacks.
 *
 * @param person - the person's code, for example `IRC`
 * @param occupation - the occupation's code
 * @throws CareerPlanError `invalid-input` for anything but Holland codes
 * @example
 * ```ts
 * import { cIndex } from 'career-plan';
 *
 * // I-C alternate (1 x 3), R-E alternate (1 x 2), C-S alternate (1 x 1)
 * console.log(cIndex('IRC', 'CES')); // 6
 * console.log(cIndex('IRC', 'IRC')); // 18
 * ```
 * @category Matching
 */
export function cIndex(person: string, occupation: string): number {
  for (const [name, code] of [
    ['person', person],
    ['occupation', occupation],
  ] as const)
    if (!hollandCodeSchema.safeParse(code).success)
      throw new CareerPlanError('invalid-input', `cIndex takes Holland codes (1 to 3 distinct letters of RIASEC)`, {
        [name]: shown(code),
      });
  let total = 0;
  for (let i = 0; i < 3; i++) {
    const p = LETTERS.indexOf(person[i] ?? '-');
    const o = LETTERS.indexOf(occupation[i] ?? '-');
    if (p < 0 || o < 0) continue;
    const apart = Math.abs(p - o);
    total += (3 - i) * (3 - Math.min(apart, 6 - apart));
  }
  return total;
}

/** The name of an area's letter (`I`: `Investigative`). */
export function areaOfLetter(letter: string): RiasecArea | undefined {
  const i = LETTERS.indexOf(letter);
  return i < 0 || letter.length !== 1 ? undefined : RIASEC_AREAS[i];
}
