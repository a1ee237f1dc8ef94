import * as z from 'zod';
import { calendarDateSchema, idSchema, textSchema, titleSchema, trimTitles } from './primitives.js';
import { hollandCodeSchema } from './riasec.js';

const score = z.number().min(0).max(100);

/**
 * Holland RIASEC interest scores, each 0 to 100 (scale your instrument's raw scores).
 *
 * @example
 * ```ts
 * import { riasecScoresSchema } from 'career-plan';
 *
 * riasecScoresSchema.parse({ realistic: 62, investigative: 71, artistic: 20, social: 45, enterprising: 30,
 *   conventional: 55 });
 * ```
 * @category Schemas
 */
export const riasecScoresSchema = z
  .strictObject({
    /** Realistic: practical, hands-on work with things. */
    realistic: score,
    /** Investigative: ideas, analysis, problem solving. */
    investigative: score,
    /** Artistic: self-expression, design, creativity. */
    artistic: score,
    /** Social: helping, teaching, serving people. */
    social: score,
    /** Enterprising: leading, persuading, starting projects. */
    enterprising: score,
    /** Conventional: data, detail, clear procedures. */
    conventional: score,
  })
  .readonly();

/**
 * Scores for the six O\*NET work values, each 0 to 100.
 *
 * @example
 * ```ts
 * import { workValuesSchema } from 'career-plan';
 *
 * workValuesSchema.parse({ achievement: 80, workingConditions: 60, recognition: 40, relationships: 70, support: 65,
 *   independence: 50 });
 * ```
 * @category Schemas
 */
export const workValuesSchema = z
  .strictObject({
    /** Achievement: using your abilities and seeing results. */
    achievement: score,
    /** Working conditions: job security and good conditions. */
    workingConditions: score,
    /** Recognition: advancement and prestige. */
    recognition: score,
    /** Relationships: co-workers and service to others. */
    relationships: score,
    /** Support: a supportive employer and management. */
    support: score,
    /** Independence: working on your own and making decisions. */
    independence: score,
  })
  .readonly();

/**
 * What an assessment found: typed structures for the standard vocabularies, and free
 * items for everything else.
 *
 * @example
 * ```ts
 * import { assessmentResultsSchema } from 'career-plan';
 *
 * assessmentResultsSchema.parse({ hollandCode: 'IRC', items: [{ label: 'Troubleshooting', score: 4 }] });
 * ```
 * @category Schemas
 */
export const assessmentResultsSchema = z
  .strictObject({
    /** RIASEC interest scores. */
    riasec: riasecScoresSchema.exactOptional(),
    /** The Holland code, one to three of the letters R, I, A, S, E, C, strongest first. */
    hollandCode: hollandCodeSchema.exactOptional(),
    /** The six O\*NET work value scores. */
    workValues: workValuesSchema.exactOptional(),
    /** A personality type as the instrument reports it, for example `ISTJ`. */
    personalityType: titleSchema.exactOptional(),
    /** The O\*NET Job Zone (1 to 5) the person is preparing for. */
    jobZone: z.number().int().min(1).max(5).exactOptional(),
    /** Any other findings: a label with an optional score and note. */
    items: z
      .array(
        z
          .strictObject({
            /** What was measured, for example `Troubleshooting`. */
            label: titleSchema,
            /** The score, on the instrument's own scale. */
            score: z.number().exactOptional(),
            /** A remark on the finding. */
            note: textSchema.exactOptional(),
          })
          .readonly(),
      )
      .max(500)
      .readonly()
      .exactOptional(),
  })
  .readonly();

/**
 * The kinds of self assessment.
 *
 * @example
 * ```ts
 * import { assessmentKindSchema } from 'career-plan';
 *
 * assessmentKindSchema.values; // Set {'interests', 'values', ...}
 * ```
 * @category Schemas
 */
export const assessmentKindSchema = z.literal([
  'interests',
  'values',
  'personality',
  'aptitude',
  'skills',
  'environment',
  'other',
]);

const assessmentFields = {
  /** What was assessed. */
  kind: assessmentKindSchema,
  /** The instrument used, for example `O*NET Interest Profiler`. */
  instrument: titleSchema,
  /** The day it was taken, `YYYY-MM-DD`. */
  takenAt: calendarDateSchema,
  /** What it found. */
  results: assessmentResultsSchema.exactOptional(),
  /** What it means for the person, in their words. */
  summary: textSchema.exactOptional(),
};

/**
 * A self assessment and its results.
 *
 * @example
 * ```ts
 * import { assessmentSchema } from 'career-plan';
 *
 * assessmentSchema.parse({ id: 'a1', kind: 'interests', instrument: 'O*NET Interest Profiler', takenAt: '2026-01-10',
 *   results: { hollandCode: 'IRC' } });
 * ```
 * @category Schemas
 */
export const assessmentSchema = z
  .strictObject({
    /** The assessment's id. */
    id: idSchema,
    ...assessmentFields,
  })
  .readonly();

/**
 * What `addAssessment` accepts: an assessment whose id may be left out.
 *
 * @example
 * ```ts
 * import { assessmentInputSchema } from 'career-plan';
 *
 * assessmentInputSchema.parse({ kind: 'values', instrument: 'Work Importance Locator', takenAt: '2026-01-12' });
 * ```
 * @category Schemas
 */
export const assessmentInputSchema = z.strictObject({
  /** The assessment's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  .../* @__PURE__ */ trimTitles(assessmentFields),
});

/**
 * A self assessment. See {@link assessmentSchema}.
 *
 * @example
 * ```ts
 * import type { Assessment } from 'career-plan';
 *
 * const a: Assessment = { id: 'a1', kind: 'skills', instrument: 'Skills checklist', takenAt: '2026-01-10' };
 * ```
 * @category Schemas
 */
export type Assessment = z.output<typeof assessmentSchema>;
/**
 * What `addAssessment` takes. See {@link assessmentInputSchema}.
 *
 * @example
 * ```ts
 * import type { AssessmentInput } from 'career-plan';
 *
 * const input: AssessmentInput = { kind: 'interests', instrument: 'O*NET Interest Profiler', takenAt: '2026-01-10' };
 * ```
 * @category Schemas
 */
export type AssessmentInput = z.input<typeof assessmentInputSchema>;
/**
 * The kind of an assessment. See {@link assessmentKindSchema}.
 *
 * @example
 * ```ts
 * import type { AssessmentKind } from 'career-plan';
 *
 * const kind: AssessmentKind = 'values';
 * ```
 * @category Schemas
 */
export type AssessmentKind = z.output<typeof assessmentKindSchema>;
/**
 * RIASEC interest scores. See {@link riasecScoresSchema}.
 *
 * @example
 * ```ts
 * import type { RiasecScores } from 'career-plan';
 *
 * const s: RiasecScores = { realistic: 62, investigative: 71, artistic: 20, social: 45, enterprising: 30,
 *   conventional: 55 };
 * ```
 * @category Schemas
 */
export type RiasecScores = z.output<typeof riasecScoresSchema>;
/**
 * O\*NET work value scores. See {@link workValuesSchema}.
 *
 * @example
 * ```ts
 * import type { WorkValues } from 'career-plan';
 *
 * const v: WorkValues = { achievement: 80, workingConditions: 60, recognition: 40, relationships: 70, support: 65,
 *   independence: 50 };
 * ```
 * @category Schemas
 */
export type WorkValues = z.output<typeof workValuesSchema>;
/**
 * What an assessment found. See {@link assessmentResultsSchema}.
 *
 * @example
 * ```ts
 * import type { AssessmentResults } from 'career-plan';
 *
 * const r: AssessmentResults = { hollandCode: 'SAE', jobZone: 3 };
 * ```
 * @category Schemas
 */
export type AssessmentResults = z.output<typeof assessmentResultsSchema>;
