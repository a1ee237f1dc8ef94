import { CareerPlanError, shown } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { ReadinessRule } from '../model/process.js';
import type { Messages } from '../text/catalog.js';

/**
 * The default messages of the rules `hasStageData` and `hasVisited` made without one: each a
 * message of the catalog, naming the stage by its title in the language.
 */
export const defaultTexts = new WeakMap<ReadinessRule, (messages: Messages, title: (id: string) => string) => string>();

/** A rule names a stage by its id and may carry its own message: both strings, else `invalid-process`. */
function checkRuleArguments(rule: string, stage: unknown, message: unknown): void {
  if (typeof stage !== 'string' || stage === '')
    throw new CareerPlanError('invalid-process', `${rule} takes the id of a stage`, { stage: shown(stage) });
  if (message !== undefined && typeof message !== 'string')
    throw new CareerPlanError('invalid-process', `The message of ${rule} must be a string`, {
      message: shown(message),
    });
}

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
 * @category Stages
 */
export function hasStageData(stage: string, message?: string): ReadinessRule {
  checkRuleArguments('hasStageData', stage, message);
  const rule: ReadinessRule = Object.freeze({
    code: `needs-stage-data:${stage}`,
    message: message ?? `Fill in the ${stage} stage first`,
    check: (plan: Plan) => Object.hasOwn(plan.stageData, stage),
    stages: Object.freeze([stage]),
  });
  if (message === undefined) defaultTexts.set(rule, (m, title) => m.needsStageData({ stage: title(stage) }));
  return rule;
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
 * @category Stages
 */
export function hasVisited(stage: string, message?: string): ReadinessRule {
  checkRuleArguments('hasVisited', stage, message);
  const rule: ReadinessRule = Object.freeze({
    code: `needs-visit:${stage}`,
    message: message ?? `Go through the ${stage} stage first`,
    check: (plan: Plan) => plan.journey.some((visit) => visit.stage === stage),
    stages: Object.freeze([stage]),
  });
  if (message === undefined) defaultTexts.set(rule, (m, title) => m.needsVisit({ stage: title(stage) }));
  return rule;
}
