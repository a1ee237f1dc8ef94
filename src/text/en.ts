import { freezeCatalog, type Catalog, type Noun } from './catalog.js';
import { EN_INPUT } from './en-input.js';
import { EN_PROCESS, EN_RULES, EN_STAGES } from './en-process.js';
import { formatDecimal, formatList, plural } from './intl.js';

const COUNT = ['', 'highest interest', 'two highest interests', 'three highest interests'];
const list = (items: readonly string[]): string => formatList('en', items);

/**
 * Words that are their value's own name in English (a goal's kind `education` is "education"),
 * or with `capital`, its name as a label ("job-shadowing" is "Job shadowing").
 */
const same = <K extends string>(keys: string, capital?: boolean): Record<K, string> =>
  Object.fromEntries(
    keys
      .split(' ')
      .map((key) => [key, capital ? `${key.charAt(0).toUpperCase()}${key.slice(1).replace('-', ' ')}` : key]),
  ) as Record<K, string>;

/** Each thing's name, with the article `article` gives it. */
const NOUNS = (article: (noun: string) => string): Record<Noun, string> => {
  const names: Record<Noun, string> = {
    goal: 'goal',
    strategy: 'strategy',
    assessment: 'assessment',
    careerOption: 'career option',
    activity: 'exploration activity',
    barrier: 'barrier',
    resource: 'resource',
    milestone: 'milestone',
    alternative: 'alternative',
    note: 'note',
    employment: 'job',
    education: 'education entry',
    license: 'license',
    volunteerWork: 'volunteer work',
    backgroundEntry: 'background entry',
    advisor: 'advisor',
    comment: 'comment',
    skill: 'skill',
    review: 'review',
    evidence: 'evidence',
  };
  for (const noun of Object.keys(names) as Noun[]) names[noun] = article(names[noun]);
  return names;
};

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
    planTitle: 'Career action plan',
    reviewThePlan: 'Review the plan',
    unknownStage: ({ process, stage }) => `The process "${process}" has no stage "${stage}"`,
    sameStage: ({ stage }) => `The plan is already in the stage "${stage}"`,
    noSkipping: ({ next }) => `Go through "${next}" first: this process moves one stage at a time`,
    ruleFailed: ({ rule, stage, error }) => `The readiness rule "${rule}" of "${stage}" failed: ${error}`,
    needsStageData: ({ stage }) => `Fill in the ${stage} stage first`,
    needsVisit: ({ stage }) => `Go through the ${stage} stage first`,
    markdown: {
      owner: 'Owner',
      created: 'Created',
      currentStage: 'Current stage',
      journey: 'Journey',
      since: ({ date }) => `since ${date}`,
      span: ({ from, to }) => `${from} to ${to}`,
      background: 'Background',
      entry: { employment: 'Employment', education: 'Education', license: 'License', volunteerWork: 'Volunteer work' },
      range: ({ start, end }) => `(${start ?? '?'} to ${end ?? 'now'})`,
      inProgress: 'in progress',
      expires: ({ date }) => `expires ${date}`,
      selfAssessment: 'Self-assessment',
      assessmentTaken: ({ kind, date }) => `${kind} assessment, taken ${date}.`,
      assessmentKind: /* @__PURE__ */ same('interests values personality aptitude skills environment other', true),
      hollandCode: 'Holland code',
      riasec: 'RIASEC',
      workValues: 'Work values',
      workValue: {
        achievement: 'Achievement',
        workingConditions: 'Working Conditions',
        recognition: 'Recognition',
        relationships: 'Relationships',
        support: 'Support',
        independence: 'Independence',
      },
      personalityType: 'Personality type',
      jobZone: 'Job Zone',
      careerOptions: 'Career options',
      optionFacts: {
        socCode: ({ code }) => `O*NET-SOC ${code}`,
        status: ({ status }) => `status: ${status}`,
        fit: ({ n }) => `fit ${n} of 5`,
        code: ({ code }) => `Holland code ${code}`,
        zone: ({ n }) => `Job Zone ${n}`,
      },
      optionStatus: /* @__PURE__ */ same('identified researching shortlisted rejected chosen'),
      research: /* @__PURE__ */ same('duties education earnings outlook other', true),
      activityKind: /* @__PURE__ */ same(
        'informational-interview job-shadowing internship volunteering course research other',
        true,
      ),
      activityWith: ({ contact }) => `with ${contact}`,
      decision: {
        heading: 'Decision',
        chosen: 'Chosen',
        shortTerm: 'Short term',
        longTerm: 'Long term',
        criteria: 'Criteria weighed',
        pros: 'Pros',
        cons: 'Cons',
        rationale: 'Rationale',
      },
      decided: ({ date }) => `decided ${date}`,
      goalsBy: { short: 'Short-term goals', long: 'Long-term goals' },
      goalFacts: ({ kind, priority, status, target }) =>
        `Kind: ${kind}, priority: ${priority}, status: ${status}` +
        `${target === undefined ? '' : `, target date: ${target}`}.`,
      goalKind: /* @__PURE__ */ same('occupational education skill advancement personal funding'),
      priority: /* @__PURE__ */ same('high medium low'),
      goalStatus: /* @__PURE__ */ same('open in-progress achieved dropped'),
      goal: {
        successMeasure: 'Success measure',
        realistic: 'Why it is realistic',
        leadsTo: 'Leads to',
        resources: 'Resources',
        strategies: 'Strategies',
      },
      strategy: {
        due: ({ date }) => `due ${date}`,
        by: ({ who }) => `by ${who}`,
        done: ({ date }) => `done ${date}`,
        inProgress: 'in progress',
        skipped: 'skipped',
        success: 'success',
        needs: 'needs',
      },
      barriers: 'Barriers',
      barrierStatus: /* @__PURE__ */ same('open addressing overcome'),
      noPlanToOvercome: 'no plan to overcome it yet',
      resources: 'Resources',
      resourceKind: /* @__PURE__ */ same('person organization course website funding publication other'),
      milestones: 'Milestones',
      reached: ({ date }) => `reached ${date}`,
      alternatives: 'Alternatives',
      trigger: 'trigger',
      skills: 'Skills',
      skill: {
        own: ({ n }) => `own rating ${n} of 5`,
        advisors: ({ n }) => `advisors' rating ${n} of 5`,
        importance: ({ n }) => `importance ${n} of 5`,
      },
      portfolio: 'Portfolio',
      evidenceFor: { goal: 'Goal', strategy: 'Strategy', milestone: 'Milestone', earlier: 'Earlier parts of the plan' },
      evidenceKind: /* @__PURE__ */ same('certificate transcript link note other'),
      reviews: 'Reviews',
      everyMonths: ({ n }) => `Reviewed every ${plural('en', n, { one: 'month', other: `${n} months` })}.`,
      dueOn: ({ dates }) => `Reviews due on ${dates}.`,
      reviewWith: ({ who }) => `with ${who === '' ? 'no one named' : who}`,
      goalsChanged: ({ goals }) => `Goals changed: ${goals}.`,
      signatures: 'Signatures',
      revision: ({ n }) => `revision ${n}`,
      unchangedSince: 'unchanged since',
      changedSince: ({ n }) => `changed since (${n} ${plural('en', n, { one: 'revision', other: 'revisions' })})`,
      notes: 'Notes',
      revisionLog: 'Revision log',
    },
    history: {
      the: /* @__PURE__ */ NOUNS((noun) => `the ${noun}`),
      // "evidence" is uncountable: "suggested evidence: CompTIA A+".
      a: /* @__PURE__ */ NOUNS((noun) =>
        noun === 'evidence' ? noun : /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`,
      ),
      activity: ({ kind, option }) => `${kind.replaceAll('-', ' ')} for ${option}`,
      at: ({ what, where }) => `${what} at ${where}`,
      quote: ({ name }) => `'${name}'`,
      did: {
        add: ({ what }) => `added ${what}`,
        update: ({ what }) => `updated ${what}`,
        remove: ({ what }) => `removed ${what}`,
        move: ({ what }) => `moved ${what}`,
        complete: ({ what }) => `completed ${what}`,
        reopen: ({ what }) => `reopened ${what}`,
      },
      changes: {
        chose: ({ what }) => `chose ${what} as the best fit`,
        withdrewDecision: 'withdrew the decision',
        updatedPlan: 'updated the plan details',
        movedStage: ({ from, to }) => `moved the plan from ${from} to ${to}`,
        updatedStageData: ({ what }) => `updated the data of the stage ${what}`,
        suggested: ({ what }) => `suggested ${what}`,
        accepted: ({ what }) => `accepted the suggestion of ${what}`,
        declined: ({ what }) => `declined the suggestion of ${what}`,
        withdrewSuggestion: ({ what }) => `withdrew the suggestion of ${what}`,
        commented: ({ what }) => `commented ${what}`,
        addedPrivateNote: 'added a private note',
        removedPrivateNote: 'removed a private note',
        rated: ({ what }) => `rated ${what}`,
        recordedReview: ({ what }) => `recorded the review of ${what}`,
        signed: 'signed the plan',
        undid: ({ what }) => (what === undefined ? 'undid a change' : `undid a change (${what})`),
        redid: ({ what }) => (what === undefined ? 'redid a change' : `redid a change (${what})`),
      },
      proposal: {
        add: ({ a, name }) => (name === undefined ? a : `${a}: ${name}`),
        update: ({ the, name }) => `changes to ${the} ${name}`,
        remove: ({ the, name }) => `removing ${the} ${name}`,
        move: ({ the, name }) => `moving ${the} ${name}`,
        complete: ({ the, name }) => `completing ${the} ${name}`,
        reopen: ({ the, name }) => `reopening ${the} ${name}`,
        transition: ({ name }) => `a move to the stage ${name}`,
        setDecision: ({ name }) => `choosing ${name}`,
        clearDecision: 'withdrawing the decision',
        updatePlan: 'changes to the plan',
        setStageData: ({ name }) => `data for the stage ${name}`,
        unknown: 'a change',
      },
      sentence: ({ actor, change, suggestedBy, reason }) =>
        `${actor} ${change}${suggestedBy === undefined ? '' : ` (suggested by ${suggestedBy})`}` +
        (reason === undefined ? '' : `: ${reason}`),
    },
    input: EN_INPUT,
    errors: {
      'invalid-input': ({ what }) =>
        what === undefined ? 'Check what was entered' : `Check what was entered: ${what}`,
      'invalid-plan': () => 'This is not a plan the app can work with',
      'not-found': ({ what }) => `Could not find ${what ?? 'it'}`,
      'duplicate-id': ({ what }) => `The id ${what ?? ''} is already in use`,
      'invalid-reference': () => 'It names something the plan does not have, or would leave a link to nothing',
      'transition-blocked': ({ what }) =>
        what === undefined ? 'The plan cannot move on yet' : `The plan cannot move on yet: ${what}`,
      'unknown-stage': ({ what }) => `The process has no stage ${what ?? ''}`,
      'invalid-process': () => 'This stage or process cannot work as defined',
      'unknown-process': () => 'The document names a process that was not given to load it',
      'invalid-json': () => 'The document is not JSON',
      'invalid-document': () => 'The document is not a valid career plan',
      'unsupported-version': () => 'This document needs a newer version of the app',
      'corrupt-history': () => 'The history of the plan does not add up: it may have been damaged or altered',
      'too-large': () => 'This is larger than allowed',
      forbidden: () => 'You may not make this change to the plan',
      conflict: () => 'The plan changed in the meantime: load it again and try again',
      'history-not-loaded': () => 'That part of the history is not loaded yet',
    },
    pictures: {
      hexagonTitle: ({ name }) => `Interests of ${name}`,
      hexagonDesc: ({ profiles }) => `Holland's hexagon of interests. ${profiles.join('. ')}.`,
      hexagonScales: 'Centre lowest, corner highest: the person’s scores 0 to 100, occupations’ O*NET levels 1 to 7',
      noScores: 'No interest scores yet',
      timelineTitle: ({ title }) => `Timeline of ${title}`,
      timelineDesc: ({ goals, steps, overdue, from, to, today }) =>
        `${goals} ${plural('en', goals, { one: 'goal', other: 'goals' })} and ${steps} ` +
        `${plural('en', steps, { one: 'step', other: 'steps' })} from ${from} to ${to}; ` +
        `${overdue} overdue on ${today}.`,
      today: 'Today',
      milestones: 'Milestones',
      reviews: 'Reviews',
      mark: ({ what, date, state }) =>
        `${what}: ${state === 'target' ? 'target date' : 'due'} ${date}` +
        (state === undefined || state === 'target' ? '' : ` (${state})`),
    },
    calendar: {
      goal: ({ title }) => `Goal: ${title}`,
      by: ({ who }) => `By: ${who}`,
      success: ({ measure }) => `Success: ${measure}`,
    },
    careerProcess: EN_PROCESS,
    careerStages: EN_STAGES,
    careerRules: EN_RULES,
  },
});
