import { castDraft } from 'immer';
import { decisionInputSchema, decisionSchema, type DecisionInput } from '../model/decision.js';
import { defaultEnv } from '../model/env.js';
import type { Plan } from '../model/plan.js';
import { parseOrThrow } from '../model/validate.js';
import { permit, record, unchanged, type EditOptions } from '../history/record.js';
import { dropUndefined, ensureRefs } from './shared.js';

/**
 * Records the match: the career option chosen as the best fit (optionally a short-term and a
 * long-term option), the criteria weighed, pros and cons, and the rationale. The chosen option's
 * status becomes `chosen`; an option chosen before goes back to `shortlisted`. `decidedAt`
 * defaults to the environment's now.
 *
 * @param plan - the plan
 * @param input - the decision
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `invalid-reference` (an option the plan lacks)
 * @example
 * ```ts
 * import { addCareerOption, createPlan, decide } from 'career-plan';
 *
 * let plan = addCareerOption(createPlan({ owner: { id: 'alex' } }), { id: 'o1', title: 'Computer User Support Specialist' });
 * plan = decide(plan, { chosenOptionId: 'o1', criteria: ['earnings', 'training time'], pros: ['Short training'],
 *   cons: ['Shift work'], rationale: 'Fits my interests and I can start within a year' });
 * console.log(plan.careerOptions[0]?.status); // 'chosen'
 * ```
 */
export function decide<P extends Plan>(plan: P, input: DecisionInput, options: EditOptions = {}): P {
  permit(plan, 'decision.set', options);
  const env = options.env ?? defaultEnv;
  const parsed = parseOrThrow(decisionInputSchema, dropUndefined(input), 'decision');
  const now = parsed.decidedAt === undefined ? env.now() : undefined;
  const decision = parseOrThrow(decisionSchema, { ...parsed, decidedAt: parsed.decidedAt ?? now }, 'decision');
  ensureRefs(plan.careerOptions, [decision.chosenOptionId], 'chosenOptionId', 'career option');
  if (decision.shortTermOptionId !== undefined) ensureRefs(plan.careerOptions, [decision.shortTermOptionId], 'shortTermOptionId', 'career option');
  if (decision.longTermOptionId !== undefined) ensureRefs(plan.careerOptions, [decision.longTermOptionId], 'longTermOptionId', 'career option');
  const chosen = plan.careerOptions.find((option) => option.id === decision.chosenOptionId);
  const info = { action: 'decision.set', subject: { kind: 'careerOption', id: decision.chosenOptionId, label: chosen?.title ?? '' } };
  return record(plan, now === undefined ? info : { ...info, at: now }, options, (draft) => {
    draft.decision = castDraft(decision);
    for (const option of draft.careerOptions) {
      if (option.id === decision.chosenOptionId) option.status = 'chosen';
      else if (option.status === 'chosen') option.status = 'shortlisted';
    }
  });
}

/**
 * Withdraws the decision (to weigh the options again); the chosen option goes back to
 * `shortlisted`. A plan with no decision comes back unchanged.
 *
 * @param plan - the plan
 * @param options - who, why, and the environment
 * @example
 * ```ts
 * import { addCareerOption, clearDecision, createPlan, decide } from 'career-plan';
 *
 * let plan = addCareerOption(createPlan({ owner: { id: 'alex' } }), { id: 'o1', title: 'Network Technician' });
 * plan = clearDecision(decide(plan, { chosenOptionId: 'o1' }), { reason: 'Want to shadow a technician first' });
 * console.log(plan.decision); // null
 * ```
 */
export function clearDecision<P extends Plan>(plan: P, options: EditOptions = {}): P {
  permit(plan, 'decision.clear', options);
  if (plan.decision === null) return unchanged(plan, 'decision.clear', options);
  return record(plan, { action: 'decision.clear' }, options, (draft) => {
    draft.decision = null;
    for (const option of draft.careerOptions) if (option.status === 'chosen') option.status = 'shortlisted';
  });
}
