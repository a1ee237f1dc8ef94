import type { Changes } from '../model/content-edit.js';
import type { Plan } from '../model/plan.js';
import { reviewInputSchema, reviewSchema, type Review, type ReviewInput } from '../model/review.js';
import type { EditOptions } from '../history/edit-options.js';
import { addEditor, removeEditor, updateEditor, type Collection } from './collection.js';
import { run } from './run.js';

const reviews: Collection<Review> = {
  kind: 'review',
  schema: reviewSchema,
  input: reviewInputSchema,
  fixed: ['by'],
  build: (input, { actor }) => ({
    ...input,
    participants: input.participants ?? [actor.name ?? actor.id],
    by: actor,
  }),
};

/** The editors of the review edits. */
export const reviewEditors = {
  addReview: /* @__PURE__ */ addEditor(reviews, 'addReview'),
  updateReview: /* @__PURE__ */ updateEditor(reviews, 'updateReview'),
  removeReview: /* @__PURE__ */ removeEditor(reviews, 'removeReview'),
};

/**
 * Records a review of the plan: when, who took part, what was agreed, which goals it changed.
 * With a review cadence (`updatePlan(plan, { reviewCadence })`), the next review falls due from
 * the latest one (`reviewStatus`, `nextActions`). The default policy lets advisors record
 * reviews too.
 *
 * @param plan - the plan
 * @param input - the review; its id may be left out, `participants` defaults to the person recording it
 * @param options - who records it, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`, `invalid-reference` (an unknown goal)
 * @example
 * ```ts
 * import { addReview, createPlan } from 'career-plan';
 *
 * const plan = addReview(createPlan({ owner: { id: 'alex', name: 'Alex' } }), { date: '2026-06-01',
 *   participants: ['Alex', 'Dana (counselor)', 'Sam (parent)'], agreed: 'Keep the A+ goal; add a Linux course' });
 * console.log(plan.reviews[0]?.by); // { id: 'alex', name: 'Alex' }
 * ```
 * @category Edits
 */
export function addReview<P extends Plan>(plan: P, input: ReviewInput, options: EditOptions = {}): P {
  return run(plan, reviewEditors.addReview, { kind: 'addReview', input }, options);
}

/**
 * Changes a recorded review.
 *
 * @param plan - the plan
 * @param id - the review's id
 * @param changes - the fields to change (not `by`); `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`, `invalid-reference`
 * @example
 * ```ts
 * import { addReview, createPlan, updateReview } from 'career-plan';
 *
 * let plan = addReview(createPlan({ owner: { id: 'alex' } }), { id: 'rv1', date: '2026-06-01', agreed: 'On track' });
 * plan = updateReview(plan, 'rv1', { notes: 'Next: the Linux course' });
 * ```
 * @category Edits
 */
export function updateReview<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Omit<Review, 'by'>>,
  options: EditOptions = {},
): P {
  return run(plan, reviewEditors.updateReview, { kind: 'updateReview', id, changes }, options);
}

/**
 * Removes a recorded review.
 *
 * @param plan - the plan
 * @param id - the review's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addReview, createPlan, removeReview } from 'career-plan';
 *
 * let plan = addReview(createPlan({ owner: { id: 'alex' } }), { id: 'rv1', date: '2026-06-01', agreed: 'On track' });
 * plan = removeReview(plan, 'rv1');
 * ```
 * @category Edits
 */
export function removeReview<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, reviewEditors.removeReview, { kind: 'removeReview', id }, options);
}
