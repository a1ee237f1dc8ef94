/**
 * The built-in career process in English: its title, its stages and its readiness rules. Apart
 * from the rest of English so that `careerProcess` (which is written in English) and the English
 * catalog share one copy, and a bundle with the process alone does not carry the catalog.
 */

/** The built-in career process's title. */
export const EN_PROCESS = 'Career planning process';

/** The built-in career process's stages. */
export const EN_STAGES = {
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
} as const;

/** The built-in career process's readiness rules. */
export const EN_RULES = {
  'needs-assessment': 'Record at least one assessment before exploring careers',
  'needs-career-option': 'Identify at least one career option to explore',
  'needs-research':
    'Research at least one career option (research notes or an exploration activity) before weighing your options',
  'needs-decision': 'Choose a career option before writing your action plan',
} as const;
