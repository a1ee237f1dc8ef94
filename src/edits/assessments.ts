import { assessmentInputSchema, assessmentSchema, type Assessment, type AssessmentInput } from '../model/assessment.js';
import type { Plan } from '../model/plan.js';
import type { EditOptions } from '../history/edit-options.js';
import type { Changes } from '../model/content-edit.js';
import { addEditor, removeEditor, updateEditor, type Collection } from './collection.js';
import { run } from './run.js';

const assessments: Collection<Assessment> = {
  kind: 'assessment',
  schema: assessmentSchema,
  input: assessmentInputSchema,
};

/** The editors of the assessments edits. */
export const assessmentsEditors = {
  addAssessment: /* @__PURE__ */ addEditor(assessments, 'addAssessment'),
  updateAssessment: /* @__PURE__ */ updateEditor(assessments, 'updateAssessment'),
  removeAssessment: /* @__PURE__ */ removeEditor(assessments, 'removeAssessment'),
};

/**
 * Records a self assessment and its results.
 *
 * @param plan - the plan
 * @param input - the assessment; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`
 * @example
 * ```ts
 * import { addAssessment, createPlan } from 'career-plan';
 *
 * const plan = addAssessment(createPlan({ owner: { id: 'alex' } }), {
 *   kind: 'interests', instrument: 'O*NET Interest Profiler', takenAt: '2026-01-10',
 *   results: { hollandCode: 'IRC' },
 * });
 * ```
 * @category Edits
 */
export function addAssessment<P extends Plan>(plan: P, input: AssessmentInput, options: EditOptions = {}): P {
  return run(plan, assessmentsEditors.addAssessment, { kind: 'addAssessment', input }, options);
}

/**
 * Changes an assessment's fields.
 *
 * @param plan - the plan
 * @param id - the assessment's id
 * @param changes - the fields to change; `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`
 * @example
 * ```ts
 * import { addAssessment, createPlan, updateAssessment } from 'career-plan';
 *
 * let plan = addAssessment(createPlan({ owner: { id: 'alex' } }), { id: 'a1', kind: 'values',
 *   instrument: 'Work Importance Locator', takenAt: '2026-01-12' });
 * plan = updateAssessment(plan, 'a1', { summary: 'Achievement and independence matter most' });
 * ```
 * @category Edits
 */
export function updateAssessment<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Assessment>,
  options: EditOptions = {},
): P {
  return run(plan, assessmentsEditors.updateAssessment, { kind: 'updateAssessment', id, changes }, options);
}

/**
 * Removes an assessment; career options that name it as their origin keep the rest of their origin.
 *
 * @param plan - the plan
 * @param id - the assessment's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addAssessment, createPlan, removeAssessment } from 'career-plan';
 *
 * let plan = addAssessment(createPlan({ owner: { id: 'alex' } }), { id: 'a1', kind: 'skills', instrument: 'Checklist',
 *   takenAt: '2026-01-12' });
 * plan = removeAssessment(plan, 'a1');
 * ```
 * @category Edits
 */
export function removeAssessment<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, assessmentsEditors.removeAssessment, { kind: 'removeAssessment', id }, options);
}
