import { freezeCatalog, type Catalog } from './catalog.js';
import { formatDecimal, formatList } from './intl.js';

const COUNT = ['', 'highest interest', 'two highest interests', 'three highest interests'];
const list = (items: readonly string[]): string => formatList('en', items);

/**
 * English, the default language of every sentence the library writes.
 *
 * @example
 * ```ts
 * import { en } from 'career-plan';
 *
 * console.log(en.messages.matchSharesTop({ count: 2, areas: ['Investigative', 'Realistic'] }));
 * // 'Shares your two highest interests, Investigative and Realistic'
 * ```
 * @category Languages
 */
export const en: Catalog = /* @__PURE__ */ freezeCatalog({
  locale: 'en',
  messages: {
    area: {
      realistic: 'Realistic',
      investigative: 'Investigative',
      artistic: 'Artistic',
      social: 'Social',
      enterprising: 'Enterprising',
      conventional: 'Conventional',
    },
    matchSharesTop: ({ count, areas }) => `Shares your ${COUNT[count] ?? `${count} highest interests`}, ${list(areas)}`,
    matchSharesSome: ({ count, of, areas }) =>
      `Shares ${count} of your ${COUNT[of] ?? `${of} highest interests`}: ${list(areas)}`,
    matchSharesNone: ({ code }) => `Shares none of your highest interests (${code})`,
    matchCorrelation: ({ r }) => `Interest profiles correlate at ${formatDecimal('en', r)} (1 is the same shape)`,
    matchCIndex: ({ person, occupation, c }) => `Holland codes ${person} and ${occupation}: C index ${c} of 18`,
    matchValues: ({ r }) => `Work values correlate at ${formatDecimal('en', r)} (1 is the same shape)`,
    matchJobZone: ({ zone, preparing }) =>
      preparing === undefined
        ? `Job Zone ${zone}`
        : preparing === zone
          ? `Job Zone ${zone}, the zone you are preparing for`
          : `Job Zone ${zone}; you are preparing for Job Zone ${preparing}`,
    notRated: {
      'no-interests-assessment': 'Not rated: the plan has no interests assessment with scores or a Holland code',
      'no-values-assessment': 'Not rated: the plan has no work values assessment with scores',
      'no-values-profile': 'Not rated: it has no work values profile',
      'flat-values': 'Not rated: a flat work values profile has no shape to compare',
      'code-without-scores': 'Not rated: the interests assessment has a Holland code but no scores',
      'no-interest-levels': 'Not rated: it has no interest profile (six O*NET levels)',
      'flat-interests': 'Not rated: a flat interest profile has no shape to compare',
      'no-interest-code': 'Not rated: it has no interest profile or Holland code',
    },
    smart: {
      'no-description': 'Say specifically what the goal means: add a description',
      'no-success-measure': 'Say how you will know the goal is reached: add a success measure',
      'no-one-assigned': 'Name who does the work: give at least one strategy someone to do it',
      'no-strategies': 'Add at least one action step (strategy) for the goal',
      'not-shown-realistic':
        'Say why the goal is realistic (time, money, support) or link the resources that make it so',
      'no-target-date': 'Set a target date for the goal',
      'target-date-past': 'The target date has passed: set a new one, or mark the goal achieved or dropped',
      'too-far-for-short-term':
        'The target date is too far away for a short-term goal: bring it closer or make the goal long-term',
      'close-enough-for-short-term': 'The target date is close enough for a short-term goal: make the goal short-term',
      'beyond-long-term': 'The target date is beyond the long-term horizon: bring it closer',
    },
    reviewThePlan: 'Review the plan',
    unknownStage: ({ process, stage }) => `The process "${process}" has no stage "${stage}"`,
    sameStage: ({ stage }) => `The plan is already in the stage "${stage}"`,
    noSkipping: ({ next }) => `Go through "${next}" first: this process moves one stage at a time`,
    ruleFailed: ({ rule, stage, error }) => `The readiness rule "${rule}" of "${stage}" failed: ${error}`,
    needsStageData: ({ stage }) => `Fill in the ${stage} stage first`,
    needsVisit: ({ stage }) => `Go through the ${stage} stage first`,
    careerProcess: 'Career planning process',
    careerStages: {
      'self-assessment': {
        title: 'Self assessment',
        description:
          'Learn about yourself: interests, work-related values, personality, aptitudes and skills, preferred work ' +
          'environment, and the realities that constrain you. It yields a list of occupations to explore.',
      },
      exploration: {
        title: 'Career exploration',
        description:
          'Research each candidate occupation: duties, education and training, earnings, job outlook; then ' +
          'informational interviews and job shadowing. Narrow the list to a few.',
      },
      match: {
        title: 'Match',
        description:
          'Weigh the shortlisted options against what matters to you and choose the best fit, short term and long ' +
          'term.',
      },
      'action-plan': {
        title: 'Action plan',
        description:
          'Write the road map from the chosen occupation to being employed in it: goals, strategies, barriers, ' +
          'resources and milestones.',
      },
    },
    careerRules: {
      'needs-assessment': 'Record at least one assessment before exploring careers',
      'needs-career-option': 'Identify at least one career option to explore',
      'needs-research':
        'Research at least one career option (research notes or an exploration activity) before weighing your options',
      'needs-decision': 'Choose a career option before writing your action plan',
    },
  },
});
