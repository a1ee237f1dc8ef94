import {
  educationInputSchema,
  educationSchema,
  employmentInputSchema,
  employmentSchema,
  licenseInputSchema,
  licenseSchema,
  volunteerWorkInputSchema,
  volunteerWorkSchema,
  type BackgroundSection,
  type Education,
  type EducationInput,
  type Employment,
  type EmploymentInput,
  type License,
  type LicenseInput,
  type VolunteerWork,
  type VolunteerWorkInput,
} from '../model/background.js';
import type { Plan } from '../model/plan.js';
import type { EditOptions } from '../history/record.js';
import { historyOf } from '../history/store.js';
import type { Changes } from './changes.js';
import { addEntity, removeEntity, updateEntity, type Collection, type Entity } from './collection.js';
import { indexById, notFound } from './shared.js';

const employment: Collection<Employment> = {
  kind: 'employment',
  noun: 'employment entry',
  schema: employmentSchema,
  input: employmentInputSchema,
  list: (plan) => plan.background.employment,
  draftList: (draft) => draft.background.employment,
  label: (entry) => `${entry.title} at ${entry.employer}`,
};
const education: Collection<Education> = {
  kind: 'education',
  noun: 'education entry',
  schema: educationSchema,
  input: educationInputSchema,
  list: (plan) => plan.background.education,
  draftList: (draft) => draft.background.education,
  label: (entry) => (entry.credential === undefined ? entry.institution : `${entry.credential}, ${entry.institution}`),
};
const licenses: Collection<License> = {
  kind: 'license',
  noun: 'license',
  schema: licenseSchema,
  input: licenseInputSchema,
  list: (plan) => plan.background.licenses,
  draftList: (draft) => draft.background.licenses,
  label: (entry) => entry.name,
};
const volunteer: Collection<VolunteerWork> = {
  kind: 'volunteerWork',
  noun: 'volunteer work entry',
  schema: volunteerWorkSchema,
  input: volunteerWorkInputSchema,
  list: (plan) => plan.background.volunteer,
  draftList: (draft) => draft.background.volunteer,
  label: (entry) => `${entry.role} at ${entry.organization}`,
};

const sections: Readonly<Record<BackgroundSection, Collection<Entity>>> = {
  employment: employment as unknown as Collection<Entity>,
  education: education as unknown as Collection<Entity>,
  licenses: licenses as unknown as Collection<Entity>,
  volunteer: volunteer as unknown as Collection<Entity>,
};

/** The section of the background that holds an entry. */
function sectionOf(plan: Plan, id: string): Collection<Entity> {
  historyOf(plan);
  for (const section of Object.values(sections)) if (indexById(section.list(plan), id) >= 0) return section;
  return notFound('background entry', id);
}

/**
 * Adds a job to the person's employment history.
 *
 * @param plan - the plan
 * @param input - the job; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`
 * @example
 * ```ts
 * import { addEmployment, createPlan } from 'career-plan';
 *
 * const plan = addEmployment(createPlan({ owner: { id: 'alex' } }), {
 *   employer: 'Desert Books', title: 'Sales associate', location: 'Tucson, AZ', startDate: '2022-06-01',
 * });
 * ```
 */
export function addEmployment<P extends Plan>(plan: P, input: EmploymentInput, options: EditOptions = {}): P {
  return addEntity(employment, plan, input, options);
}

/**
 * Adds education or training to the person's background.
 *
 * @param plan - the plan
 * @param input - the entry; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`
 * @example
 * ```ts
 * import { addEducation, createPlan } from 'career-plan';
 *
 * const plan = addEducation(createPlan({ owner: { id: 'alex' } }), { institution: 'Tucson High School', credential: 'Diploma', completed: true });
 * ```
 */
export function addEducation<P extends Plan>(plan: P, input: EducationInput, options: EditOptions = {}): P {
  return addEntity(education, plan, input, options);
}

/**
 * Adds a license or certification to the person's background.
 *
 * @param plan - the plan
 * @param input - the license; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`
 * @example
 * ```ts
 * import { addLicense, createPlan } from 'career-plan';
 *
 * const plan = addLicense(createPlan({ owner: { id: 'alex' } }), { name: 'Food handler card', issuedOn: '2023-01-10' });
 * ```
 */
export function addLicense<P extends Plan>(plan: P, input: LicenseInput, options: EditOptions = {}): P {
  return addEntity(licenses, plan, input, options);
}

/**
 * Adds volunteer work to the person's background.
 *
 * @param plan - the plan
 * @param input - the entry; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`
 * @example
 * ```ts
 * import { addVolunteerWork, createPlan } from 'career-plan';
 *
 * const plan = addVolunteerWork(createPlan({ owner: { id: 'alex' } }), { organization: 'Library tech café', role: 'Helper' });
 * ```
 */
export function addVolunteerWork<P extends Plan>(plan: P, input: VolunteerWorkInput, options: EditOptions = {}): P {
  return addEntity(volunteer, plan, input, options);
}

/**
 * Changes a background entry of any section, found by its id.
 *
 * @param plan - the plan
 * @param id - the entry's id
 * @param changes - the fields to change (those of the entry's section); `undefined` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`
 * @example
 * ```ts
 * import { addEmployment, createPlan, updateBackgroundEntry } from 'career-plan';
 *
 * let plan = addEmployment(createPlan({ owner: { id: 'alex' } }), { id: 'e1', employer: 'Desert Books', title: 'Sales associate' });
 * plan = updateBackgroundEntry(plan, 'e1', { endDate: '2026-01-31' });
 * ```
 */
export function updateBackgroundEntry<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Employment> | Changes<Education> | Changes<License> | Changes<VolunteerWork>,
  options: EditOptions = {},
): P {
  return updateEntity(sectionOf(plan, id), plan, id, changes, options);
}

/**
 * Removes a background entry of any section, found by its id.
 *
 * @param plan - the plan
 * @param id - the entry's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addLicense, createPlan, removeBackgroundEntry } from 'career-plan';
 *
 * let plan = addLicense(createPlan({ owner: { id: 'alex' } }), { id: 'l1', name: 'Food handler card' });
 * plan = removeBackgroundEntry(plan, 'l1');
 * ```
 */
export function removeBackgroundEntry<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return removeEntity(sectionOf(plan, id), plan, id, options);
}
