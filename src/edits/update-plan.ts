import { CareerPlanError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { titleSchema } from '../model/primitives.js';
import { parseOrThrow } from '../model/validate.js';
import { permit, record, unchanged, type EditOptions } from '../history/record.js';
import { ensureObject } from './shared.js';

/**
 * Changes the plan's own details: its title.
 *
 * @param plan - the plan
 * @param changes - `title`: the new title
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`
 * @example
 * ```ts
 * import { createPlan, updatePlan } from 'career-plan';
 *
 * const plan = updatePlan(createPlan({ owner: { id: 'alex' } }), { title: 'Alex: from retail to IT support' });
 * ```
 */
export function updatePlan<P extends Plan>(plan: P, changes: { readonly title?: string }, options: EditOptions = {}): P {
  permit(plan, 'plan.update', options);
  const record_ = ensureObject(changes, 'The changes to the plan');
  for (const key of Object.keys(record_)) {
    if (key !== 'title') throw new CareerPlanError('invalid-input', `updatePlan changes the title only, not "${key}"`, { field: key });
  }
  if (changes.title === undefined) return unchanged(plan, 'plan.update', options);
  const title = parseOrThrow(titleSchema, changes.title, 'title');
  return record(plan, { action: 'plan.update', subject: { kind: 'plan', id: plan.id, label: title } }, options, (draft) => {
    draft.title = title;
  });
}
