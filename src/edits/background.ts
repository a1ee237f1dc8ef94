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
import type { Action } from '../model/action.js';
import type { Changes } from '../model/content-edit.js';
import type { EditOf } from '../model/edit.js';
import { descriptor, listAt } from '../model/kinds.js';
import type { Plan } from '../model/plan.js';
import type { EditOptions } from '../history/edit-options.js';
import { historyOf } from '../history/node.js';
import { addEditor, prepareRemove, prepareUpdate, type Collection, type Entity } from './collection.js';
import { run, type Editor } from './run.js';
import { indexById, notFound } from './shared.js';

const employment: Collection<Employment> = {
  kind: 'employment',
  schema: employmentSchema,
  input: employmentInputSchema,
};
const education: Collection<Education> = {
  kind: 'education',
  schema: educationSchema,
  input: educationInputSchema,
};
const licenses: Collection<License> = {
  kind: 'license',
  schema: licenseSchema,
  input: licenseInputSchema,
};
const volunteer: Collection<VolunteerWork> = {
  kind: 'volunteerWork',
  schema: volunteerWorkSchema,
  input: volunteerWorkInputSchema,
};

const sections: Readonly<Record<BackgroundSection, Collection<Entity>>> = {
  employment: employment as unknown as Collection<Entity>,
  education: education as unknown as Collection<Entity>,
  licenses: licenses as unknown as Collection<Entity>,
  volunteerWork: volunteer as unknown as Collection<Entity>,
};

/** The section of the background that holds an entry. */
function sectionOf(plan: Plan, id: unknown): Collection<Entity> {
  historyOf(plan);
  for (const section of Object.values(sections))
    if (indexById((listAt(plan, descriptor(section.kind).path) ?? []) as readonly Entity[], id) >= 0) return section;
  return notFound('background entry', id);
}

/**
 * The editors of the background edits. An update or removal records the action of the entry's own kind
 * (`license.remove`).
 */
export const backgroundEditors: {
  readonly addEmployment: Editor<EditOf<'addEmployment'>>;
  readonly addEducation: Editor<EditOf<'addEducation'>>;
  readonly addLicense: Editor<EditOf<'addLicense'>>;
  readonly addVolunteerWork: Editor<EditOf<'addVolunteerWork'>>;
  readonly updateBackgroundEntry: Editor<EditOf<'updateBackgroundEntry'>>;
  readonly removeBackgroundEntry: Editor<EditOf<'removeBackgroundEntry'>>;
} = {
  addEmployment: /* @__PURE__ */ addEditor(employment, 'addEmployment'),
  addEducation: /* @__PURE__ */ addEditor(education, 'addEducation'),
  addLicense: /* @__PURE__ */ addEditor(licenses, 'addLicense'),
  addVolunteerWork: /* @__PURE__ */ addEditor(volunteer, 'addVolunteerWork'),
  updateBackgroundEntry: {
    action: (plan, edit) => `${sectionOf(plan, edit.id).kind}.update` as Action,
    prepare: (plan, edit, context) =>
      prepareUpdate(sectionOf(plan, edit.id), plan, edit.id, edit.changes, context, 'updateBackgroundEntry'),
  },
  removeBackgroundEntry: {
    action: (plan, edit) => `${sectionOf(plan, edit.id).kind}.remove` as Action,
    prepare: (plan, edit) => prepareRemove(sectionOf(plan, edit.id), plan, edit.id, 'removeBackgroundEntry'),
  },
};

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
 * @category Edits
 */
export function addEmployment<P extends Plan>(plan: P, input: EmploymentInput, options: EditOptions = {}): P {
  return run(plan, backgroundEditors.addEmployment, { kind: 'addEmployment', input }, options);
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
 * const plan = addEducation(createPlan({ owner: { id: 'alex' } }), { institution: 'Tucson High School',
 *   credential: 'Diploma', completed: true });
 * ```
 * @category Edits
 */
export function addEducation<P extends Plan>(plan: P, input: EducationInput, options: EditOptions = {}): P {
  return run(plan, backgroundEditors.addEducation, { kind: 'addEducation', input }, options);
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
 * const plan = addLicense(createPlan({ owner: { id: 'alex' } }), { name: 'Food handler card',
 *   issuedOn: '2023-01-10' });
 * ```
 * @category Edits
 */
export function addLicense<P extends Plan>(plan: P, input: LicenseInput, options: EditOptions = {}): P {
  return run(plan, backgroundEditors.addLicense, { kind: 'addLicense', input }, options);
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
 * const plan = addVolunteerWork(createPlan({ owner: { id: 'alex' } }), { organization: 'Library tech café',
 *   role: 'Helper' });
 * ```
 * @category Edits
 */
export function addVolunteerWork<P extends Plan>(plan: P, input: VolunteerWorkInput, options: EditOptions = {}): P {
  return run(plan, backgroundEditors.addVolunteerWork, { kind: 'addVolunteerWork', input }, options);
}

/**
 * Changes a background entry of any section, found by its id.
 *
 * @param plan - the plan
 * @param id - the entry's id
 * @param changes - the fields to change (those of the entry's section); `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`
 * @example
 * ```ts
 * import { addEmployment, createPlan, updateBackgroundEntry } from 'career-plan';
 *
 * let plan = addEmployment(createPlan({ owner: { id: 'alex' } }), { id: 'e1', employer: 'Desert Books',
 *   title: 'Sales associate' });
 * plan = updateBackgroundEntry(plan, 'e1', { endDate: '2026-01-31' });
 * ```
 * @category Edits
 */
export function updateBackgroundEntry<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Employment> | Changes<Education> | Changes<License> | Changes<VolunteerWork>,
  options: EditOptions = {},
): P {
  return run(plan, backgroundEditors.updateBackgroundEntry, { kind: 'updateBackgroundEntry', id, changes }, options);
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
 * @category Edits
 */
export function removeBackgroundEntry<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, backgroundEditors.removeBackgroundEntry, { kind: 'removeBackgroundEntry', id }, options);
}
