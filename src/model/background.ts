import * as z from 'zod';
import { calendarDateSchema, idSchema, textSchema, titleSchema, trimTitles } from './primitives.js';

const employmentFields = {
  /** The employer's name. */
  employer: titleSchema,
  /** The job title held. */
  title: titleSchema,
  /** Where the job was, for example `Tucson, AZ`. */
  location: titleSchema.exactOptional(),
  /** The first day, `YYYY-MM-DD`. */
  startDate: calendarDateSchema.exactOptional(),
  /** The last day, `YYYY-MM-DD`; absent while the job continues. */
  endDate: calendarDateSchema.exactOptional(),
  /** What the work involved. */
  duties: textSchema.exactOptional(),
};

const educationFields = {
  /** The school, college, university or training provider. */
  institution: titleSchema,
  /** The credential earned or sought: diploma, certificate, degree. */
  credential: titleSchema.exactOptional(),
  /** The field of study. */
  field: titleSchema.exactOptional(),
  /** The first day, `YYYY-MM-DD`. */
  startDate: calendarDateSchema.exactOptional(),
  /** The last day, `YYYY-MM-DD`. */
  endDate: calendarDateSchema.exactOptional(),
  /** Whether the credential was earned. */
  completed: z.boolean().exactOptional(),
};

const licenseFields = {
  /** The license or certification, for example `CompTIA A+`. */
  name: titleSchema,
  /** Who issued it. */
  issuer: titleSchema.exactOptional(),
  /** When it was issued, `YYYY-MM-DD`. */
  issuedOn: calendarDateSchema.exactOptional(),
  /** When it expires, `YYYY-MM-DD`. */
  expiresOn: calendarDateSchema.exactOptional(),
};

const volunteerFields = {
  /** The organization served. */
  organization: titleSchema,
  /** The role held. */
  role: titleSchema,
  /** Where the work was. */
  location: titleSchema.exactOptional(),
  /** The first day, `YYYY-MM-DD`. */
  startDate: calendarDateSchema.exactOptional(),
  /** The last day, `YYYY-MM-DD`. */
  endDate: calendarDateSchema.exactOptional(),
  /** What the work involved. */
  description: textSchema.exactOptional(),
};

/**
 * A job held, as the background section of a career action plan lists it.
 *
 * @example
 * ```ts
 * import { employmentSchema } from 'career-plan';
 *
 * employmentSchema.parse({ id: 'e1', employer: 'Desert Books', title: 'Sales associate', startDate: '2022-06-01' });
 * ```
 * @category Schemas
 */
export const employmentSchema = z
  .strictObject({
    /** The entry's id. */
    id: idSchema,
    ...employmentFields,
  })
  .readonly();
/**
 * A job held. See {@link employmentSchema}.
 *
 * @example
 * ```ts
 * import type { Employment } from 'career-plan';
 *
 * const job: Employment = { id: 'e1', employer: 'Desert Books', title: 'Sales associate' };
 * ```
 * @category Schemas
 */
export type Employment = z.output<typeof employmentSchema>;

/**
 * Education or training, as the background section lists it.
 *
 * @example
 * ```ts
 * import { educationSchema } from 'career-plan';
 *
 * educationSchema.parse({ id: 'ed1', institution: 'Pima Community College', credential: 'AAS', completed: false });
 * ```
 * @category Schemas
 */
export const educationSchema = z
  .strictObject({
    /** The entry's id. */
    id: idSchema,
    ...educationFields,
  })
  .readonly();
/**
 * Education or training. See {@link educationSchema}.
 *
 * @example
 * ```ts
 * import type { Education } from 'career-plan';
 *
 * const school: Education = { id: 'ed1', institution: 'Tucson High', credential: 'Diploma', completed: true };
 * ```
 * @category Schemas
 */
export type Education = z.output<typeof educationSchema>;

/**
 * A license or certification held.
 *
 * @example
 * ```ts
 * import { licenseSchema } from 'career-plan';
 *
 * licenseSchema.parse({ id: 'l1', name: 'Food handler card', issuedOn: '2023-01-10' });
 * ```
 * @category Schemas
 */
export const licenseSchema = z
  .strictObject({
    /** The entry's id. */
    id: idSchema,
    ...licenseFields,
  })
  .readonly();
/**
 * A license or certification. See {@link licenseSchema}.
 *
 * @example
 * ```ts
 * import type { License } from 'career-plan';
 *
 * const card: License = { id: 'l1', name: 'Food handler card' };
 * ```
 * @category Schemas
 */
export type License = z.output<typeof licenseSchema>;

/**
 * Volunteer work done.
 *
 * @example
 * ```ts
 * import { volunteerWorkSchema } from 'career-plan';
 *
 * volunteerWorkSchema.parse({ id: 'v1', organization: 'Library tech café', role: 'Helper' });
 * ```
 * @category Schemas
 */
export const volunteerWorkSchema = z
  .strictObject({
    /** The entry's id. */
    id: idSchema,
    ...volunteerFields,
  })
  .readonly();
/**
 * Volunteer work. See {@link volunteerWorkSchema}.
 *
 * @example
 * ```ts
 * import type { VolunteerWork } from 'career-plan';
 *
 * const work: VolunteerWork = { id: 'v1', organization: 'Food bank', role: 'Driver' };
 * ```
 * @category Schemas
 */
export type VolunteerWork = z.output<typeof volunteerWorkSchema>;

/**
 * The person's background: employment history, education and training, licenses and
 * volunteer work, each a list in the person's order.
 *
 * @example
 * ```ts
 * import { backgroundSchema } from 'career-plan';
 *
 * backgroundSchema.parse({ employment: [], education: [], licenses: [], volunteerWork: [] });
 * ```
 * @category Schemas
 */
export const backgroundSchema = z
  .strictObject({
    /** Jobs held. */
    employment: z.array(employmentSchema).readonly(),
    /** Education and training. */
    education: z.array(educationSchema).readonly(),
    /** Licenses and certifications. */
    licenses: z.array(licenseSchema).readonly(),
    /** Volunteer work. */
    volunteerWork: z.array(volunteerWorkSchema).readonly(),
  })
  .readonly();
/**
 * The person's background. See {@link backgroundSchema}.
 *
 * @example
 * ```ts
 * import { createPlan, type Background } from 'career-plan';
 *
 * const background: Background = createPlan({ owner: { id: 'alex' } }).background;
 * console.log(background.employment.length); // 0
 * ```
 * @category Schemas
 */
export type Background = z.output<typeof backgroundSchema>;

/**
 * The four sections of the background, by their key in {@link Background}.
 *
 * @example
 * ```ts
 * import type { BackgroundSection } from 'career-plan';
 *
 * const section: BackgroundSection = 'licenses';
 * ```
 * @category Schemas
 */
export type BackgroundSection = keyof Background;

/**
 * What `addEmployment` accepts: an {@link Employment} whose id may be left out.
 *
 * @example
 * ```ts
 * import { employmentInputSchema } from 'career-plan';
 *
 * employmentInputSchema.parse({ employer: 'Desert Books', title: 'Sales associate' });
 * ```
 * @category Schemas
 */
export const employmentInputSchema = z.strictObject({
  /** The entry's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  .../* @__PURE__ */ trimTitles(employmentFields),
});
/**
 * What `addEducation` accepts: an {@link Education} whose id may be left out.
 *
 * @example
 * ```ts
 * import { educationInputSchema } from 'career-plan';
 *
 * educationInputSchema.parse({ institution: 'Pima Community College' });
 * ```
 * @category Schemas
 */
export const educationInputSchema = z.strictObject({
  /** The entry's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  .../* @__PURE__ */ trimTitles(educationFields),
});
/**
 * What `addLicense` accepts: a {@link License} whose id may be left out.
 *
 * @example
 * ```ts
 * import { licenseInputSchema } from 'career-plan';
 *
 * licenseInputSchema.parse({ name: 'CompTIA A+' });
 * ```
 * @category Schemas
 */
export const licenseInputSchema = z.strictObject({
  /** The entry's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  .../* @__PURE__ */ trimTitles(licenseFields),
});
/**
 * What `addVolunteerWork` accepts: a {@link VolunteerWork} whose id may be left out.
 *
 * @example
 * ```ts
 * import { volunteerWorkInputSchema } from 'career-plan';
 *
 * volunteerWorkInputSchema.parse({ organization: 'Food bank', role: 'Driver' });
 * ```
 * @category Schemas
 */
export const volunteerWorkInputSchema = z.strictObject({
  /** The entry's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  .../* @__PURE__ */ trimTitles(volunteerFields),
});

/**
 * What `addEmployment` takes. See {@link employmentInputSchema}.
 *
 * @example
 * ```ts
 * import type { EmploymentInput } from 'career-plan';
 *
 * const input: EmploymentInput = { employer: 'Desert Books', title: 'Sales associate' };
 * ```
 * @category Schemas
 */
export type EmploymentInput = z.input<typeof employmentInputSchema>;
/**
 * What `addEducation` takes. See {@link educationInputSchema}.
 *
 * @example
 * ```ts
 * import type { EducationInput } from 'career-plan';
 *
 * const input: EducationInput = { institution: 'Pima Community College' };
 * ```
 * @category Schemas
 */
export type EducationInput = z.input<typeof educationInputSchema>;
/**
 * What `addLicense` takes. See {@link licenseInputSchema}.
 *
 * @example
 * ```ts
 * import type { LicenseInput } from 'career-plan';
 *
 * const input: LicenseInput = { name: 'CompTIA A+' };
 * ```
 * @category Schemas
 */
export type LicenseInput = z.input<typeof licenseInputSchema>;
/**
 * What `addVolunteerWork` takes. See {@link volunteerWorkInputSchema}.
 *
 * @example
 * ```ts
 * import type { VolunteerWorkInput } from 'career-plan';
 *
 * const input: VolunteerWorkInput = { organization: 'Food bank', role: 'Driver' };
 * ```
 * @category Schemas
 */
export type VolunteerWorkInput = z.input<typeof volunteerWorkInputSchema>;
