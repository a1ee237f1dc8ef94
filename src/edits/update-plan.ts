import type { EditOf } from '../model/edit.js';
import { CareerPlanError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { titleSchema } from '../model/primitives.js';
import { parseOrThrow } from '../model/validate.js';
import type { EditOptions } from '../history/edit-options.js';
import { run, type Editor } from './run.js';
import { ensureObject } from './shared.js';

/** The editor of `updatePlan`. */
export const updatePlanEditor: Editor<EditOf<'updatePlan'>> = {
  action: 'plan.update',
  prepare: (plan, { changes }) => {
    const given = ensureObject(changes, 'The changes to the plan');
    for (const key of Object.keys(given)) {
      if (key !== 'title')
        throw new CareerPlanError('invalid-input', `updatePlan changes the title only, not "${key}"`, { field: key });
    }
    if (given.title === undefined) return null;
    const title = parseOrThrow(titleSchema, given.title, 'title');
    if (title === plan.title) return null;
    return {
      info: {
        action: 'plan.update',
        subject: { kind: 'plan', id: plan.id, label: title },
        edit: { kind: 'updatePlan', changes: { title } },
      },
      ops: [{ op: 'set', kind: 'plan', set: { title }, old: { title: plan.title } }],
    };
  },
};

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
 * @category Plan
 */
export function updatePlan<P extends Plan>(
  plan: P,
  changes: { readonly title?: string },
  options: EditOptions = {},
): P {
  return run(plan, updatePlanEditor, { kind: 'updatePlan', changes }, options);
}
