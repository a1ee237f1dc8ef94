import type { Plan } from '../model/plan.js';
import type { ReadinessRule } from '../model/process.js';
import { defineProcess } from './define-process.js';
import { defineStage } from './define-stage.js';
import { EN_PROCESS, EN_RULES, EN_STAGES } from '../text/en-process.js';

/** Entering exploration needs at least one assessment. */
const needsAssessment: ReadinessRule = {
  code: 'needs-assessment',
  message: EN_RULES['needs-assessment'],
  check: (plan: Plan) => plan.assessments.length > 0,
};

/** Entering exploration needs at least one career option identified. */
const needsOption: ReadinessRule = {
  code: 'needs-career-option',
  message: EN_RULES['needs-career-option'],
  check: (plan: Plan) => plan.careerOptions.length > 0,
};

/** Entering match needs at least one option researched. */
const needsResearch: ReadinessRule = {
  code: 'needs-research',
  message: EN_RULES['needs-research'],
  check: (plan: Plan) =>
    plan.careerOptions.some(
      (option) =>
        option.activities.length > 0 ||
        (option.research !== undefined && Object.values(option.research).some((v) => v !== undefined && v !== '')),
    ),
};

/** Entering the action plan needs a decision naming a chosen option. */
const needsDecision: ReadinessRule = {
  code: 'needs-decision',
  message: EN_RULES['needs-decision'],
  check: (plan: Plan) =>
    plan.decision !== null && plan.careerOptions.some((option) => option.id === plan.decision?.chosenOptionId),
};

/**
 * The career planning process as career counselors teach it: self assessment, career
 * exploration, match, action plan. Moving back is always allowed; moving forward needs:
 * - `exploration`: at least one assessment and at least one career option identified;
 * - `match`: at least one option researched (research notes or an exploration activity);
 * - `action-plan`: a decision that names a chosen option.
 *
 * Its id is `career`, version 1. Derive your own with `deriveProcess`.
 *
 * @example
 * ```ts
 * import { careerProcess } from 'career-plan';
 *
 * console.log(careerProcess.stages.map((stage) => stage.id));
 * // ['self-assessment', 'exploration', 'match', 'action-plan']
 * ```
 * @category Stages
 */
export const careerProcess = defineProcess({
  id: 'career',
  version: 1,
  title: EN_PROCESS,
  stages: [
    defineStage({
      id: 'self-assessment',
      ...EN_STAGES['self-assessment'],
    }),
    defineStage({
      id: 'exploration',
      ...EN_STAGES.exploration,
      rules: [needsAssessment, needsOption],
    }),
    defineStage({
      id: 'match',
      ...EN_STAGES.match,
      rules: [needsResearch],
    }),
    defineStage({
      id: 'action-plan',
      ...EN_STAGES['action-plan'],
      rules: [needsDecision],
    }),
  ],
});

/**
 * The stage ids of {@link careerProcess}.
 *
 * @example
 * ```ts
 * import type { CareerStageId } from 'career-plan';
 *
 * const stage: CareerStageId = 'exploration';
 * ```
 * @category Stages
 */
export type CareerStageId = 'self-assessment' | 'exploration' | 'match' | 'action-plan';
