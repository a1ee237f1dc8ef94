import type { EditOf } from '../model/edit.js';
import { CareerPlanError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { titleInputSchema } from '../model/primitives.js';
import { jsonEqual, type JsonValue } from '../model/json.js';
import { reviewCadenceSchema, type ReviewCadence } from '../model/review.js';
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
      if (key !== 'title' && key !== 'reviewCadence')
        throw new CareerPlanError(
          'invalid-input',
          `updatePlan changes the title and the review cadence, not "${key}"`,
          {
            field: key,
          },
        );
    }
    const set: Record<string, JsonValue> = {};
    const old: Record<string, JsonValue> = {};
    const recorded: { title?: string; reviewCadence?: ReviewCadence | null } = {};
    if (given.title !== undefined) {
      const title = parseOrThrow(titleInputSchema, given.title, 'title');
      if (title !== plan.title) {
        set.title = title;
        old.title = plan.title;
        recorded.title = title;
      }
    }
    if (Object.hasOwn(given, 'reviewCadence')) {
      const value = given.reviewCadence;
      const cadence =
        value === null || value === undefined ? undefined : parseOrThrow(reviewCadenceSchema, value, 'reviewCadence');
      if (!jsonEqual(cadence ?? null, plan.reviewCadence ?? null)) {
        if (cadence !== undefined) set.reviewCadence = cadence as unknown as JsonValue;
        if (plan.reviewCadence !== undefined) old.reviewCadence = plan.reviewCadence as unknown as JsonValue;
        recorded.reviewCadence = cadence ?? null;
      }
    }
    if (Object.keys(recorded).length === 0) return null;
    return {
      info: {
        action: 'plan.update',
        subject: { kind: 'plan', id: plan.id, label: recorded.title ?? plan.title },
        edit: { kind: 'updatePlan', changes: recorded },
      },
      ops: [{ op: 'set', kind: 'plan', set, old }],
    };
  },
};

/**
 * Changes the plan's own details: its title, and how often it is reviewed (`reviewCadence`:
 * `{ everyMonths: 12 }`, or set dates such as the end of each term; `null` removes it).
 *
 * @param plan - the plan
 * @param changes - `title`: the new title; `reviewCadence`: the review cadence, or `null`
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`
 * @example
 * ```ts
 * import { createPlan, updatePlan } from 'career-plan';
 *
 * const plan = updatePlan(createPlan({ owner: { id: 'alex' } }), { title: 'Alex: from retail to IT support',
 *   reviewCadence: { everyMonths: 12 } });
 * ```
 * @category Plan
 */
export function updatePlan<P extends Plan>(
  plan: P,
  changes: { readonly title?: string; readonly reviewCadence?: ReviewCadence | null },
  options: EditOptions = {},
): P {
  return run(plan, updatePlanEditor, { kind: 'updatePlan', changes }, options);
}
