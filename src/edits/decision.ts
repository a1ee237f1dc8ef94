import { decisionInputSchema, decisionSchema, type DecisionInput } from '../model/decision.js';
import type { EditOf } from '../model/edit.js';
import type { JsonValue } from '../model/json.js';
import type { Operation } from '../model/operation.js';
import type { Plan } from '../model/plan.js';
import { parseOrThrow } from '../model/validate.js';
import type { EditOptions } from '../history/edit-options.js';
import { run, type Editor } from './run.js';
import { dropUndefined, ensureRefs } from './shared.js';

/**
 * The steps that set the status of the options that change: the chosen one `chosen`, a formerly chosen one
 * `shortlisted`.
 */
function statusSteps(plan: Plan, chosenId: string | undefined): Operation[] {
  const ops: Operation[] = [];
  for (const option of plan.careerOptions) {
    const status = option.id === chosenId ? 'chosen' : option.status === 'chosen' ? 'shortlisted' : option.status;
    if (status !== option.status)
      ops.push({ op: 'set', kind: 'careerOption', id: option.id, set: { status }, old: { status: option.status } });
  }
  return ops;
}

/** The editors of the decision edits. */
export const decisionEditors: {
  readonly setDecision: Editor<EditOf<'setDecision'>>;
  readonly clearDecision: Editor<EditOf<'clearDecision'>>;
} = {
  setDecision: {
    action: 'decision.set',
    prepare: (plan, { input }, { env }) => {
      const parsed = parseOrThrow(decisionInputSchema, dropUndefined(input), 'decision');
      const now = parsed.decidedAt === undefined ? env.now() : undefined;
      const decision = parseOrThrow(decisionSchema, { ...parsed, decidedAt: parsed.decidedAt ?? now }, 'decision');
      ensureRefs(plan.careerOptions, [decision.chosenOptionId], 'chosenOptionId', 'career option');
      if (decision.shortTermOptionId !== undefined)
        ensureRefs(plan.careerOptions, [decision.shortTermOptionId], 'shortTermOptionId', 'career option');
      if (decision.longTermOptionId !== undefined)
        ensureRefs(plan.careerOptions, [decision.longTermOptionId], 'longTermOptionId', 'career option');
      const chosen = plan.careerOptions.find((option) => option.id === decision.chosenOptionId);
      return {
        info: {
          action: 'decision.set',
          subject: { kind: 'careerOption', id: decision.chosenOptionId, label: chosen?.title ?? '' },
          edit: { kind: 'setDecision', input: decision },
          ...(now === undefined ? {} : { at: now }),
        },
        ops: [
          {
            op: 'set',
            kind: 'plan',
            set: { decision: decision as unknown as JsonValue },
            old: { decision: plan.decision as unknown as JsonValue },
          },
          ...statusSteps(plan, decision.chosenOptionId),
        ],
      };
    },
  },
  clearDecision: {
    action: 'decision.clear',
    prepare: (plan) => {
      if (plan.decision === null) return null;
      return {
        info: { action: 'decision.clear', edit: { kind: 'clearDecision' } },
        ops: [
          {
            op: 'set',
            kind: 'plan',
            set: { decision: null },
            old: { decision: plan.decision as unknown as JsonValue },
          },
          ...statusSteps(plan, undefined),
        ],
      };
    },
  },
};

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
 * import { addCareerOption, createPlan, setDecision } from 'career-plan';
 *
 * let plan = addCareerOption(createPlan({ owner: { id: 'alex' } }), { id: 'o1',
 *   title: 'Computer User Support Specialist' });
 * plan = setDecision(plan, { chosenOptionId: 'o1', criteria: ['earnings', 'training time'], pros: ['Short training'],
 *   cons: ['Shift work'], rationale: 'Fits my interests and I can start within a year' });
 * console.log(plan.careerOptions[0]?.status); // 'chosen'
 * ```
 * @category Edits
 */
export function setDecision<P extends Plan>(plan: P, input: DecisionInput, options: EditOptions = {}): P {
  return run(plan, decisionEditors.setDecision, { kind: 'setDecision', input }, options);
}

/**
 * The former name of {@link setDecision}, which makes the same edit.
 *
 * @deprecated Use `setDecision` (named after the action it records, `decision.set`); `decide`
 *   stays for 0.2 and goes in 0.3.
 * @param plan - the plan
 * @param input - the decision
 * @param options - who, why, and the environment
 * @example
 * ```ts
 * import { addCareerOption, createPlan, decide } from 'career-plan';
 *
 * let plan = addCareerOption(createPlan({ owner: { id: 'alex' } }), { id: 'o1', title: 'Help desk technician' });
 * plan = decide(plan, { chosenOptionId: 'o1' });
 * ```
 * @category Edits
 */
export function decide<P extends Plan>(plan: P, input: DecisionInput, options: EditOptions = {}): P {
  return setDecision(plan, input, options);
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
 * @category Edits
 */
export function clearDecision<P extends Plan>(plan: P, options: EditOptions = {}): P {
  return run(plan, decisionEditors.clearDecision, { kind: 'clearDecision' }, options);
}
