import * as z from 'zod';
import { calendarDateSchema, idSchema, socCodeSchema, textSchema, titleSchema, trimTitles } from './primitives.js';
import { hollandCodeSchema, occupationInterestsSchema, occupationWorkValuesSchema } from './riasec.js';

/**
 * Where a career option came from.
 *
 * @example
 * ```ts
 * import { optionOriginSchema } from 'career-plan';
 *
 * optionOriginSchema.parse({ kind: 'assessment', assessmentId: 'a1' });
 * ```
 * @category Schemas
 */
export const optionOriginSchema = z
  .strictObject({
    /** `assessment` (suggested by one), `self` (the person's own idea), `advisor`, or `other`. */
    kind: z.literal(['assessment', 'self', 'advisor', 'other']),
    /** The assessment that suggested it, when `kind` is `assessment`. */
    assessmentId: idSchema.exactOptional(),
    /** A remark on where it came from. */
    note: textSchema.exactOptional(),
  })
  .readonly();

/**
 * What the person learned about an occupation while exploring it.
 *
 * @example
 * ```ts
 * import { researchNotesSchema } from 'career-plan';
 *
 * researchNotesSchema.parse({ earnings: 'Median $60,000 a year', outlook: 'Faster than average' });
 * ```
 * @category Schemas
 */
export const researchNotesSchema = z
  .strictObject({
    /** Typical duties and tasks. */
    duties: textSchema.exactOptional(),
    /** Education and training required. */
    education: textSchema.exactOptional(),
    /** Earnings, for example a median wage. */
    earnings: textSchema.exactOptional(),
    /** The job outlook. */
    outlook: textSchema.exactOptional(),
    /** Anything else worth keeping. */
    other: textSchema.exactOptional(),
  })
  .readonly();

/**
 * An exploration activity: an informational interview, job shadowing, an internship.
 *
 * @example
 * ```ts
 * import { explorationActivitySchema } from 'career-plan';
 *
 * explorationActivitySchema.parse({ id: 'x1', kind: 'informational-interview', date: '2026-02-03',
 *   contact: 'Sam, IT manager' });
 * ```
 * @category Schemas
 */
export const explorationActivitySchema = z
  .strictObject({
    /** The activity's id. */
    id: idSchema,
    /** What kind of activity it was. */
    kind: z.literal([
      'informational-interview',
      'job-shadowing',
      'internship',
      'volunteering',
      'course',
      'research',
      'other',
    ]),
    /** When it happened, `YYYY-MM-DD`. */
    date: calendarDateSchema.exactOptional(),
    /** Who it was with. */
    contact: titleSchema.exactOptional(),
    /** What the person learned. */
    notes: textSchema.exactOptional(),
  })
  .readonly();

/**
 * The status of a career option, from identified through researching and shortlisted to
 * rejected or chosen.
 *
 * @example
 * ```ts
 * import { optionStatusSchema } from 'career-plan';
 *
 * optionStatusSchema.values; // Set {'identified', 'researching', 'shortlisted', 'rejected', 'chosen'}
 * ```
 * @category Schemas
 */
export const optionStatusSchema = z.literal(['identified', 'researching', 'shortlisted', 'rejected', 'chosen']);

const careerOptionFields = {
  /** The occupation, for example `Computer User Support Specialist`. */
  title: titleSchema,
  /** Its O\*NET-SOC code, `NN-NNNN.NN`. */
  socCode: socCodeSchema.exactOptional(),
  /** Where the idea came from. */
  origin: optionOriginSchema.exactOptional(),
  /** Research notes on duties, education, earnings and outlook. */
  research: researchNotesSchema.exactOptional(),
  /** Informational interviews, job shadowing and other activities. */
  activities: z.array(explorationActivitySchema).max(1_000).readonly(),
  /**
   * The occupation's interest profile: O\*NET's RIASEC levels, 1 to 7 ("OI" scale of the Interests file). Read by
   * `matchOptions`; say where it came from in `profileSource`.
   */
  interests: occupationInterestsSchema.exactOptional(),
  /**
   * The occupation's Holland code, strongest first: O\*NET's interest high points ("IH" scale), which may name fewer
   * than three areas. When absent, `matchOptions` takes the three highest `interests` levels.
   */
  interestCode: hollandCodeSchema.exactOptional(),
  /** The occupation's work values: O\*NET's extent of each value, 1 to 7 ("EX" scale of the Work Values file). */
  workValues: occupationWorkValuesSchema.exactOptional(),
  /** The occupation's O\*NET Job Zone, 1 (little preparation) to 5 (extensive preparation). */
  jobZone: z.number().int().min(1).max(5).exactOptional(),
  /** Where the profile came from, for example `O*NET 30.1 database, Interests file, 11/2023 (CC BY 4.0)`. */
  profileSource: textSchema.exactOptional(),
  /** How well it fits, 1 (poorly) to 5 (very well). */
  fit: z.number().int().min(1).max(5).exactOptional(),
  /** Where the option stands. */
  status: optionStatusSchema,
};

/**
 * An occupation the person is considering.
 *
 * @example
 * ```ts
 * import { careerOptionSchema } from 'career-plan';
 *
 * careerOptionSchema.parse({ id: 'o1', title: 'Computer User Support Specialist', socCode: '15-1232.00',
 *   activities: [], status: 'researching' });
 * ```
 * @category Schemas
 */
export const careerOptionSchema = z
  .strictObject({
    /** The option's id. */
    id: idSchema,
    ...careerOptionFields,
  })
  .readonly();

/**
 * What `addCareerOption` accepts: the option's id may be left out, `activities` defaults to
 * none and `status` to `identified`; activities may leave out their ids.
 *
 * @example
 * ```ts
 * import { careerOptionInputSchema } from 'career-plan';
 *
 * careerOptionInputSchema.parse({ title: 'Network Technician' });
 * ```
 * @category Schemas
 */
export const careerOptionInputSchema = z.strictObject({
  .../* @__PURE__ */ trimTitles(careerOptionFields),
  /** The option's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  /** Exploration activities so far (default none); their ids may be left out. */
  activities: z
    .array(
      explorationActivitySchema.unwrap().extend({
        /** The activity's id; made by the environment when absent. */
        id: idSchema.exactOptional(),
      }),
    )
    .max(1_000)
    .readonly()
    .default([]),
  /** Where the option stands (default `identified`). */
  status: optionStatusSchema.default('identified'),
});

/**
 * A career option. See {@link careerOptionSchema}.
 *
 * @example
 * ```ts
 * import type { CareerOption } from 'career-plan';
 *
 * const o: CareerOption = { id: 'o1', title: 'Network Technician', activities: [], status: 'identified' };
 * ```
 * @category Schemas
 */
export type CareerOption = z.output<typeof careerOptionSchema>;
/**
 * What `addCareerOption` takes. See {@link careerOptionInputSchema}.
 *
 * @example
 * ```ts
 * import type { CareerOptionInput } from 'career-plan';
 *
 * const input: CareerOptionInput = { title: 'Network Technician', socCode: '15-1231.00' };
 * ```
 * @category Schemas
 */
export type CareerOptionInput = z.input<typeof careerOptionInputSchema>;
/**
 * The status of a career option. See {@link optionStatusSchema}.
 *
 * @example
 * ```ts
 * import type { OptionStatus } from 'career-plan';
 *
 * const s: OptionStatus = 'shortlisted';
 * ```
 * @category Schemas
 */
export type OptionStatus = z.output<typeof optionStatusSchema>;
/**
 * An exploration activity. See {@link explorationActivitySchema}.
 *
 * @example
 * ```ts
 * import type { ExplorationActivity } from 'career-plan';
 *
 * const x: ExplorationActivity = { id: 'x1', kind: 'job-shadowing', date: '2026-02-10' };
 * ```
 * @category Schemas
 */
export type ExplorationActivity = z.output<typeof explorationActivitySchema>;
/**
 * Research notes on an option. See {@link researchNotesSchema}.
 *
 * @example
 * ```ts
 * import type { ResearchNotes } from 'career-plan';
 *
 * const notes: ResearchNotes = { outlook: 'Faster than average' };
 * ```
 * @category Schemas
 */
export type ResearchNotes = z.output<typeof researchNotesSchema>;
/**
 * Where an option came from. See {@link optionOriginSchema}.
 *
 * @example
 * ```ts
 * import type { OptionOrigin } from 'career-plan';
 *
 * const origin: OptionOrigin = { kind: 'self' };
 * ```
 * @category Schemas
 */
export type OptionOrigin = z.output<typeof optionOriginSchema>;
