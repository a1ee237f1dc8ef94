import {
  alternativeInputSchema,
  alternativeSchema,
  type Alternative,
  type AlternativeInput,
} from '../model/alternative.js';
import type { Plan } from '../model/plan.js';
import type { EditOptions } from '../history/edit-options.js';
import type { Changes } from '../model/content-edit.js';
import { addEditor, removeEditor, updateEditor, type Collection } from './collection.js';
import { run } from './run.js';

const alternatives: Collection<Alternative> = {
  kind: 'alternative',
  schema: alternativeSchema,
  input: alternativeInputSchema,
};

/** The editors of the alternatives edits. */
export const alternativesEditors = {
  addAlternative: /* @__PURE__ */ addEditor(alternatives, 'addAlternative'),
  updateAlternative: /* @__PURE__ */ updateEditor(alternatives, 'updateAlternative'),
  removeAlternative: /* @__PURE__ */ removeEditor(alternatives, 'removeAlternative'),
};

/**
 * Adds an alternative: a back-up plan and the trigger for switching to it.
 *
 * @param plan - the plan
 * @param input - the alternative; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`, `invalid-reference` (an unknown option)
 * @example
 * ```ts
 * import { addAlternative, createPlan } from 'career-plan';
 *
 * const plan = addAlternative(createPlan({ owner: { id: 'alex' } }), {
 *   title: 'Retail electronics support', trigger: 'No help desk offer by June 2027',
 * });
 * ```
 * @category Edits
 */
export function addAlternative<P extends Plan>(plan: P, input: AlternativeInput, options: EditOptions = {}): P {
  return run(plan, alternativesEditors.addAlternative, { kind: 'addAlternative', input }, options);
}

/**
 * Changes an alternative.
 *
 * @param plan - the plan
 * @param id - the alternative's id
 * @param changes - the fields to change; `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`, `invalid-reference`
 * @example
 * ```ts
 * import { addAlternative, createPlan, updateAlternative } from 'career-plan';
 *
 * let plan = addAlternative(createPlan({ owner: { id: 'alex' } }), { id: 'alt1', title: 'Retail support',
 *   trigger: 'No offer by June' });
 * plan = updateAlternative(plan, 'alt1', { trigger: 'No offer by September' });
 * ```
 * @category Edits
 */
export function updateAlternative<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Alternative>,
  options: EditOptions = {},
): P {
  return run(plan, alternativesEditors.updateAlternative, { kind: 'updateAlternative', id, changes }, options);
}

/**
 * Removes an alternative.
 *
 * @param plan - the plan
 * @param id - the alternative's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addAlternative, createPlan, removeAlternative } from 'career-plan';
 *
 * let plan = addAlternative(createPlan({ owner: { id: 'alex' } }), { id: 'alt1', title: 'Retail support',
 *   trigger: 'No offer by June' });
 * plan = removeAlternative(plan, 'alt1');
 * ```
 * @category Edits
 */
export function removeAlternative<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, alternativesEditors.removeAlternative, { kind: 'removeAlternative', id }, options);
}
