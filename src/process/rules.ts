import type { Plan } from '../model/plan.js';
import type { ReadinessRule } from '../model/process.js';

/**
 * A readiness rule that holds when the plan keeps data for a stage (set with `setStageData`).
 * The rule names that stage, so a process that lacks it fails when it is defined.
 *
 * @param stage - the stage whose data must be present
 * @param message - what to tell the person (default: `Fill in the <stage> stage first`)
 * @example
 * ```ts
 * import { defineStage, hasStageData } from 'career-plan';
 *
 * const match = defineStage({ id: 'match', title: 'Match', description: 'Choose',
 *   rules: [hasStageData('networking', 'Log at least one networking contact before choosing')] });
 * ```
 */
export function hasStageData(stage: string, message = `Fill in the ${stage} stage first`): ReadinessRule {
  return Object.freeze({
    code: `needs-stage-data:${stage}`,
    message,
    check: (plan: Plan) => Object.hasOwn(plan.stageData, stage),
    stages: Object.freeze([stage]),
  });
}

/**
 * A readiness rule that holds when the plan has visited a stage before (its journey holds it).
 *
 * @param stage - the stage that must have been visited
 * @param message - what to tell the person (default: `Go through the <stage> stage first`)
 * @example
 * ```ts
 * import { defineStage, hasVisited } from 'career-plan';
 *
 * const review = defineStage({ id: 'review', title: 'Review', description: 'Look back',
 *   rules: [hasVisited('action-plan')] });
 * ```
 */
export function hasVisited(stage: string, message = `Go through the ${stage} stage first`): ReadinessRule {
  return Object.freeze({
    code: `needs-visit:${stage}`,
    message,
    check: (plan: Plan) => plan.journey.some((visit) => visit.stage === stage),
    stages: Object.freeze([stage]),
  });
}
