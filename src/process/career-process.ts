import type { Plan } from '../model/plan.js';
import type { ReadinessRule } from '../model/process.js';
import { defineProcess } from './define-process.js';
import { defineStage } from './define-stage.js';

/** Entering exploration needs at least one assessment. */
const needsAssessment: ReadinessRule = {
  code: 'needs-assessment',
  message: 'Record at least one assessment before exploring careers',
  check: (plan: Plan) => plan.assessments.length > 0,
};

/** Entering exploration needs at least one career option identified. */
const needsOption: ReadinessRule = {
  code: 'needs-career-option',
  message: 'Identify at least one career option to explore',
  check: (plan: Plan) => plan.careerOptions.length > 0,
};

/** Entering match needs at least one option researched. */
const needsResearch: ReadinessRule = {
  code: 'needs-research',
  message:
    'Research at least one career option (research notes or an exploration activity) before weighing your options',
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
  message: 'Choose a career option before writing your action plan',
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
  title: 'Career planning process',
  stages: [
    defineStage({
      id: 'self-assessment',
      title: 'Self assessment',
      description:
        'Learn about yourself: interests, work-related values, personality, aptitudes and skills, preferred work ' +
        'environment, and the realities that constrain you. It yields a list of occupations to explore.',
    }),
    defineStage({
      id: 'exploration',
      title: 'Career exploration',
      description:
        'Research each candidate occupation: duties, education and training, earnings, job outlook; then ' +
        'informational interviews and job shadowing. Narrow the list to a few.',
      rules: [needsAssessment, needsOption],
    }),
    defineStage({
      id: 'match',
      title: 'Match',
      description:
        'Weigh the shortlisted options against what matters to you and choose the best fit, short term and long term.',
      rules: [needsResearch],
    }),
    defineStage({
      id: 'action-plan',
      title: 'Action plan',
      description:
        'Write the road map from the chosen occupation to being employed in it: goals, strategies, barriers, ' +
        'resources and milestones.',
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
