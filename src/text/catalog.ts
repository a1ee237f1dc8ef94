/**
 * The sentences the library writes, by message id, each a function of typed parameters. A
 * language is a {@link Catalog} of all of them: a missing or misspelled id, or a parameter a
 * message does not have, is a compile error. This file holds the types, the language-tag pattern
 * and the freezing of a catalog; each language (`en.ts`, `es.ts`) imports them, never the other
 * way, so no circle forms.
 */

/**
 * Every message of a language. Parameters that are text from people (titles, names) are passed
 * as they are; a message places them.
 *
 * @example
 * ```ts
 * import { en, type Messages } from 'career-plan';
 *
 * const messages: Messages = en.messages;
 * console.log(messages.area.investigative); // 'Investigative'
 * ```
 * @category Languages
 */
export interface Messages {
  /** The six RIASEC areas. */
  readonly area: Readonly<
    Record<'realistic' | 'investigative' | 'artistic' | 'social' | 'enterprising' | 'conventional', string>
  >;
  /** A match that shares the person's highest interests, in their order: `count` of them (1 to 3). */
  readonly matchSharesTop: (p: { readonly count: number; readonly areas: readonly string[] }) => string;
  /** A match that shares some of the person's highest interests, not the first ones. */
  readonly matchSharesSome: (p: {
    readonly count: number;
    readonly of: number;
    readonly areas: readonly string[];
  }) => string;
  /** A match that shares none of them. */
  readonly matchSharesNone: (p: { readonly code: string }) => string;
  /** The correlation of the interest profiles, -1 to 1. */
  readonly matchCorrelation: (p: { readonly r: number }) => string;
  /** The C index of the two codes. */
  readonly matchCIndex: (p: { readonly person: string; readonly occupation: string; readonly c: number }) => string;
  /** The correlation of the work values, -1 to 1. */
  readonly matchValues: (p: { readonly r: number }) => string;
  /** The occupation's Job Zone, and the one the person prepares for when known. */
  readonly matchJobZone: (p: { readonly zone: number; readonly preparing?: number }) => string;
  /** Why an option is not rated. */
  readonly notRated: Readonly<
    Record<
      | 'no-interests-assessment'
      | 'no-values-assessment'
      | 'no-values-profile'
      | 'flat-values'
      | 'code-without-scores'
      | 'no-interest-levels'
      | 'flat-interests'
      | 'no-interest-code',
      string
    >
  >;
  /** The SMART findings, by code. */
  readonly smart: Readonly<
    Record<
      | 'no-description'
      | 'no-success-measure'
      | 'no-one-assigned'
      | 'no-strategies'
      | 'not-shown-realistic'
      | 'no-target-date'
      | 'target-date-past'
      | 'too-far-for-short-term'
      | 'close-enough-for-short-term'
      | 'beyond-long-term',
      string
    >
  >;
  /** The title `createPlan` gives a plan when the input has none. */
  readonly planTitle: string;
  /** The title of a due review in `nextActions`. */
  readonly reviewThePlan: string;
  /** `canTransition`: the process has no such stage. */
  readonly unknownStage: (p: { readonly process: string; readonly stage: string }) => string;
  /** `canTransition`: the plan is already there. */
  readonly sameStage: (p: { readonly stage: string }) => string;
  /** `canTransition`: the process moves one stage at a time. */
  readonly noSkipping: (p: { readonly next: string }) => string;
  /** `canTransition`: a readiness rule threw. */
  readonly ruleFailed: (p: { readonly rule: string; readonly stage: string; readonly error: string }) => string;
  /** The default message of `hasStageData`. */
  readonly needsStageData: (p: { readonly stage: string }) => string;
  /** The default message of `hasVisited`. */
  readonly needsVisit: (p: { readonly stage: string }) => string;
  /** The words of `toMarkdown`: headings, labels, and the names of the values of each field. */
  readonly markdown: MarkdownWords;
  /** The sentences of `describeRevision`, and how they name a suggestion's change. */
  readonly history: HistoryWords;
  /** What a form shows for each issue an input schema finds (`inputErrors`). */
  readonly input: InputWords;
  /** A sentence for each error code, as `describeError` writes it. */
  readonly errors: ErrorWords;
  /** The words of the pictures, `interestHexagon` and `timeline`. */
  readonly pictures: PictureWords;
  /** The words of `toICalendar`. */
  readonly calendar: {
    /** A goal's entry, and the goal a strategy's entry belongs to. */
    readonly goal: (p: { readonly title: string }) => string;
    /** Who does a strategy. */
    readonly by: (p: { readonly who: string }) => string;
    /** How a strategy's success is measured. */
    readonly success: (p: { readonly measure: string }) => string;
  };
  /** The built-in career process's title. */
  readonly careerProcess: string;
  /** The built-in career process's stages. */
  readonly careerStages: Readonly<
    Record<
      'self-assessment' | 'exploration' | 'match' | 'action-plan',
      {
        /** The stage's title. */
        readonly title: string;
        /** What the person does in it. */
        readonly description: string;
      }
    >
  >;
  /** The built-in career process's readiness rules. */
  readonly careerRules: Readonly<
    Record<'needs-assessment' | 'needs-career-option' | 'needs-research' | 'needs-decision', string>
  >;
}

/**
 * A language: its BCP 47 tag (for `Intl` and for the documents that say their language) and
 * every message. `en` is the default; `es` is `career-plan/locales/es`. An app adds a language
 * by writing one (`defineCatalog`).
 *
 * @example
 * ```ts
 * import { en, type Catalog } from 'career-plan';
 *
 * const catalog: Catalog = en;
 * console.log(catalog.locale); // 'en'
 * ```
 * @category Languages
 */
export interface Catalog {
  /** The language's BCP 47 tag, for example `es` or `es-MX`. */
  readonly locale: string;
  /** Every message. */
  readonly messages: Messages;
}

/** A BCP 47 language tag, as catalogs, stage translations and rule messages name languages (`es`, `es-MX`). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** Freezes a language's catalog (the shipped ones; `defineCatalog` checks an app's first). */
export function freezeCatalog(catalog: Catalog): Catalog {
  return Object.freeze({ locale: catalog.locale, messages: Object.freeze({ ...catalog.messages }) });
}

/** @inline */
type Date1 = (p: { readonly date: string }) => string;
/** @inline */
type Count = (p: { readonly n: number }) => string;

/**
 * The words of `toMarkdown` in one language.
 *
 * @example
 * ```ts
 * import { en, type MarkdownWords } from 'career-plan';
 *
 * const words: MarkdownWords = en.messages.markdown;
 * console.log(words.journey); // 'Journey'
 * ```
 * @category Languages
 */
export interface MarkdownWords {
  /** Label of the owner. */
  readonly owner: string;
  /** Label of the day the plan was created. */
  readonly created: string;
  /** Label of the current stage. */
  readonly currentStage: string;
  /** Heading of the journey. */
  readonly journey: string;
  /** An open visit. */
  readonly since: Date1;
  /** A visit from one day to another. */
  readonly span: (p: { readonly from: string; readonly to: string }) => string;
  /** Heading of the background. */
  readonly background: string;
  /** The kinds of background entry. */
  readonly entry: Readonly<Record<'employment' | 'education' | 'license' | 'volunteerWork', string>>;
  /** The dates of an entry (`?` and `now` when one is missing). */
  readonly range: (p: { readonly start?: string; readonly end?: string }) => string;
  /** Education not completed. */
  readonly inProgress: string;
  /** A license's expiry. */
  readonly expires: Date1;
  /** Heading of the assessments. */
  readonly selfAssessment: string;
  /** What an assessment was and when (`kind` already in words). */
  readonly assessmentTaken: (p: { readonly kind: string; readonly date: string }) => string;
  /** The kinds of assessment. */
  readonly assessmentKind: Readonly<
    Record<'interests' | 'values' | 'personality' | 'aptitude' | 'skills' | 'environment' | 'other', string>
  >;
  /** Result labels. */
  readonly hollandCode: string;
  /** The RIASEC scores' label. */
  readonly riasec: string;
  /** The work values' label. */
  readonly workValues: string;
  /** The six work values. */
  readonly workValue: Readonly<
    Record<'achievement' | 'workingConditions' | 'recognition' | 'relationships' | 'support' | 'independence', string>
  >;
  /** The personality type's label. */
  readonly personalityType: string;
  /** The Job Zone's label. */
  readonly jobZone: string;
  /** Heading of the career options. */
  readonly careerOptions: string;
  /** An option's facts. */
  readonly optionFacts: Readonly<{
    /** Its O*NET-SOC code. */
    socCode: (p: { readonly code: string }) => string;
    /** Its status (already in words). */
    status: (p: { readonly status: string }) => string;
    /** Its fit, 1 to 5. */
    fit: Count;
    /** Its Holland code. */
    code: (p: { readonly code: string }) => string;
    /** Its Job Zone. */
    zone: Count;
  }>;
  /** The statuses of an option. */
  readonly optionStatus: Readonly<Record<'identified' | 'researching' | 'shortlisted' | 'rejected' | 'chosen', string>>;
  /** The research notes' labels. */
  readonly research: Readonly<Record<'duties' | 'education' | 'earnings' | 'outlook' | 'other', string>>;
  /** The kinds of exploration activity. */
  readonly activityKind: Readonly<
    Record<
      'informational-interview' | 'job-shadowing' | 'internship' | 'volunteering' | 'course' | 'research' | 'other',
      string
    >
  >;
  /** Who an activity was with. */
  readonly activityWith: (p: { readonly contact: string }) => string;
  /** The decision's heading and labels. */
  readonly decision: Readonly<
    Record<'heading' | 'chosen' | 'shortTerm' | 'longTerm' | 'criteria' | 'pros' | 'cons' | 'rationale', string>
  >;
  /** When the decision was made. */
  readonly decided: Date1;
  /** Headings of the goals by horizon. */
  readonly goalsBy: Readonly<Record<'short' | 'long', string>>;
  /** A goal's facts (every value already in words; `target` absent without a target date). */
  readonly goalFacts: (p: {
    readonly kind: string;
    readonly priority: string;
    readonly status: string;
    readonly target?: string;
  }) => string;
  /** The kinds of goal. */
  readonly goalKind: Readonly<
    Record<'occupational' | 'education' | 'skill' | 'advancement' | 'personal' | 'funding', string>
  >;
  /** The priorities. */
  readonly priority: Readonly<Record<'high' | 'medium' | 'low', string>>;
  /** The statuses of a goal. */
  readonly goalStatus: Readonly<Record<'open' | 'in-progress' | 'achieved' | 'dropped', string>>;
  /** A goal's labels. */
  readonly goal: Readonly<Record<'successMeasure' | 'realistic' | 'leadsTo' | 'resources' | 'strategies', string>>;
  /** A strategy's facts. */
  readonly strategy: Readonly<{
    /** Its due date. */
    due: Date1;
    /** Who does it. */
    by: (p: { readonly who: string }) => string;
    /** When it was done. */
    done: Date1;
    /** In progress. */
    inProgress: string;
    /** Skipped. */
    skipped: string;
    /** Its success measure's label. */
    success: string;
    /** The resources it needs' label. */
    needs: string;
  }>;
  /** Heading of the barriers. */
  readonly barriers: string;
  /** The statuses of a barrier. */
  readonly barrierStatus: Readonly<Record<'open' | 'addressing' | 'overcome', string>>;
  /** A barrier without a way to overcome it yet. */
  readonly noPlanToOvercome: string;
  /** Heading of the resources. */
  readonly resources: string;
  /** The kinds of resource. */
  readonly resourceKind: Readonly<
    Record<'person' | 'organization' | 'course' | 'website' | 'funding' | 'publication' | 'other', string>
  >;
  /** Heading of the milestones. */
  readonly milestones: string;
  /** When a milestone was reached. */
  readonly reached: Date1;
  /** Heading of the alternatives. */
  readonly alternatives: string;
  /** An alternative's trigger's label. */
  readonly trigger: string;
  /** Heading of the skills. */
  readonly skills: string;
  /** A skill's ratings and importance. */
  readonly skill: Readonly<{
    /** The person's own rating. */
    own: Count;
    /** The advisors' rating. */
    advisors: Count;
    /** Its importance. */
    importance: Count;
  }>;
  /** Heading of the evidence. */
  readonly portfolio: string;
  /** What evidence is for. */
  readonly evidenceFor: Readonly<Record<'goal' | 'strategy' | 'milestone' | 'earlier', string>>;
  /** The kinds of evidence. */
  readonly evidenceKind: Readonly<Record<'certificate' | 'transcript' | 'link' | 'note' | 'other', string>>;
  /** Heading of the reviews. */
  readonly reviews: string;
  /** A cadence of months. */
  readonly everyMonths: Count;
  /** A cadence of dates (already joined). */
  readonly dueOn: (p: { readonly dates: string }) => string;
  /** Who took part in a review (already joined; empty when no one is named). */
  readonly reviewWith: (p: { readonly who: string }) => string;
  /** The goals a review changed (already joined). */
  readonly goalsChanged: (p: { readonly goals: string }) => string;
  /** Heading of the signatures. */
  readonly signatures: string;
  /** The revision signed. */
  readonly revision: Count;
  /** Nothing changed since a signature. */
  readonly unchangedSince: string;
  /** What changed since a signature. */
  readonly changedSince: Count;
  /** Heading of the notes. */
  readonly notes: string;
  /** Heading of the revision log. */
  readonly revisionLog: string;
}

/**
 * The things a revision or a suggestion can be about, as sentences name them (the registry's
 * kinds that edits change; `backgroundEntry` for any entry of the background).
 *
 * @example
 * ```ts
 * import { en, type Noun } from 'career-plan';
 *
 * const noun: Noun = 'careerOption';
 * console.log(en.messages.history.the[noun]); // 'the career option'
 * ```
 * @category Languages
 */
export type Noun =
  | 'goal'
  | 'strategy'
  | 'assessment'
  | 'careerOption'
  | 'activity'
  | 'barrier'
  | 'resource'
  | 'milestone'
  | 'alternative'
  | 'note'
  | 'employment'
  | 'education'
  | 'license'
  | 'volunteerWork'
  | 'backgroundEntry'
  | 'advisor'
  | 'comment'
  | 'skill'
  | 'review'
  | 'evidence';

/**
 * What an edit does to one thing: the verbs of the actions (`goal.add`) and of the edits
 * (`addGoal`).
 *
 * @example
 * ```ts
 * import { en, type Verb } from 'career-plan';
 *
 * const verb: Verb = 'complete';
 * console.log(en.messages.history.did[verb]({ what: "the strategy 'Book the exam'" }));
 * // "completed the strategy 'Book the exam'"
 * ```
 * @category Languages
 */
export type Verb = 'add' | 'update' | 'remove' | 'move' | 'complete' | 'reopen';

/** @inline */
type What = (p: { readonly what: string }) => string;
/** @inline */
type Named = (p: { readonly the: string; readonly name: string }) => string;

/**
 * The words of `describeRevision` in one language: a sentence is the actor and the change
 * (`sentence`); the change is a verb on a thing (`did`, with `the` and `quote`) or one of the
 * changes that are not (`changes`); a suggestion's change is named by `proposal`. Names the
 * person typed are passed as they are.
 *
 * @example
 * ```ts
 * import { en, type HistoryWords } from 'career-plan';
 *
 * const words: HistoryWords = en.messages.history;
 * console.log(words.sentence({ actor: 'Alex', change: words.changes.signed })); // 'Alex signed the plan'
 * ```
 * @category Languages
 */
export interface HistoryWords {
  /** Each thing with its definite article: "the goal". */
  readonly the: Readonly<Record<Noun, string>>;
  /** Each thing with its indefinite article: "a goal" (English "evidence" has none). */
  readonly a: Readonly<Record<Noun, string>>;
  /** An exploration activity as its revisions name it: its kind (`job-shadowing`) for an option's title. */
  readonly activity: (p: { readonly kind: keyof MarkdownWords['activityKind']; readonly option: string }) => string;
  /** A job or volunteer work as its revisions name it: the title or role, at the employer or organization. */
  readonly at: (p: { readonly what: string; readonly where: string }) => string;
  /** A name the person gave a thing, set off as the language sets off a quotation: `'Learn Linux'`. */
  readonly quote: (p: { readonly name: string }) => string;
  /** A verb on one thing, in the past tense: "added the goal 'X'". */
  readonly did: Readonly<Record<Verb, What>>;
  /** The changes that are not one verb on one thing, in the past tense. */
  readonly changes: {
    /** `decision.set`: the chosen option, named. */
    readonly chose: What;
    /** `decision.clear`. */
    readonly withdrewDecision: string;
    /** `plan.update`. */
    readonly updatedPlan: string;
    /** `stage.transition`: both stages, named. */
    readonly movedStage: (p: { readonly from: string; readonly to: string }) => string;
    /** `stageData.set`: the stage, named. */
    readonly updatedStageData: What;
    /** `suggestion.add`: the proposal. */
    readonly suggested: What;
    /** `suggestion.accept`. */
    readonly accepted: What;
    /** `suggestion.decline`. */
    readonly declined: What;
    /** `suggestion.withdraw`. */
    readonly withdrewSuggestion: What;
    /** `comment.add`: the comment, named. */
    readonly commented: What;
    /** `privateNote.add`. */
    readonly addedPrivateNote: string;
    /** `privateNote.remove`. */
    readonly removedPrivateNote: string;
    /** `skill.rate`: the skill, named. */
    readonly rated: What;
    /** `review.add`: the review, named. */
    readonly recordedReview: What;
    /** `signature.add`. */
    readonly signed: string;
    /** `undo`, with the change undone when the revision records it. */
    readonly undid: (p: { readonly what?: string }) => string;
    /** `redo`, with the change redone when the revision records it. */
    readonly redid: (p: { readonly what?: string }) => string;
  };
  /** How a suggestion names the change it proposes. */
  readonly proposal: {
    /** Adding a thing: "a goal: Learn Linux" (`a` is the thing with its article; no name, no colon). */
    readonly add: (p: { readonly a: string; readonly name?: string }) => string;
    /** Changing a thing: "changes to the goal Learn Linux". */
    readonly update: Named;
    /** Removing a thing. */
    readonly remove: Named;
    /** Moving a thing. */
    readonly move: Named;
    /** Completing a strategy. */
    readonly complete: Named;
    /** Reopening a strategy. */
    readonly reopen: Named;
    /** Moving the plan to a stage, named. */
    readonly transition: (p: { readonly name: string }) => string;
    /** Choosing an option, named. */
    readonly setDecision: (p: { readonly name: string }) => string;
    /** Withdrawing the decision. */
    readonly clearDecision: string;
    /** Changing the plan's details. */
    readonly updatePlan: string;
    /** Data for a stage, named. */
    readonly setStageData: (p: { readonly name: string }) => string;
    /** A change a revision does not name (a damaged subject). */
    readonly unknown: string;
  };
  /** The sentence: who made the change; who suggested it (an accepted suggestion); the reason, when asked for. */
  readonly sentence: (p: {
    readonly actor: string;
    readonly change: string;
    readonly suggestedBy?: string;
    readonly reason?: string;
  }) => string;
}

/**
 * The fields whose name an input message says ("Enter a title"): the texts a person types in the
 * input schemas. Any other field gets the message without its name.
 *
 * @example
 * ```ts
 * import { en, type Field } from 'career-plan';
 *
 * const field: Field = 'title';
 * console.log(en.messages.input.required({ field: en.messages.input.field[field] })); // 'Enter a title'
 * ```
 * @category Languages
 */
export type Field =
  | 'title'
  | 'name'
  | 'description'
  | 'text'
  | 'instrument'
  | 'employer'
  | 'institution'
  | 'organization'
  | 'role'
  | 'agreed'
  | 'trigger'
  | 'reason';

/**
 * What a person filling in a form reads for each issue an input schema finds, in one language:
 * messages they can act on ("Enter a title", "Use a date like 2026-09-30", "Choose one of: ...").
 * `inputErrors(catalog)` gives them to zod.
 *
 * @example
 * ```ts
 * import { en, type InputWords } from 'career-plan';
 *
 * const words: InputWords = en.messages.input;
 * console.log(words.date({ example: '2026-09-30' })); // 'Use a date like 2026-09-30'
 * ```
 * @category Languages
 */
export interface InputWords {
  /** Each field's name as a message says it, with its article ("a title"). */
  readonly field: Readonly<Record<Field, string>>;
  /** Nothing (or only spaces) where something is needed; `field` when the field is one of {@link Field}. */
  readonly required: (p: { readonly field?: string }) => string;
  /** Text shorter than `n` characters. */
  readonly tooShort: Count;
  /** Text longer than `n` characters. */
  readonly tooLong: Count;
  /** A list with fewer than `n` items. */
  readonly tooFew: Count;
  /** A list with more than `n` items. */
  readonly tooMany: Count;
  /** A number under `n` (already formatted). */
  readonly atLeast: (p: { readonly n: string }) => string;
  /** A number over `n` (already formatted). */
  readonly atMost: (p: { readonly n: string }) => string;
  /** A value of the wrong kind, by what was expected; anything else is said by `invalid`. */
  readonly type: Readonly<Record<'string' | 'number' | 'int' | 'boolean' | 'array' | 'object', string>>;
  /** A calendar date in another form. */
  readonly date: (p: { readonly example: string }) => string;
  /** A calendar date in the right form that no calendar has (`2026-02-30`). */
  readonly noSuchDay: (p: { readonly day: string }) => string;
  /** An instant in another form. */
  readonly instant: (p: { readonly example: string }) => string;
  /** A web address that is not one. */
  readonly url: string;
  /** Text in the wrong form, by field where the form has a name (`socCode`, `hollandCode`, `role`). */
  readonly pattern: Readonly<Record<'socCode' | 'hollandCode' | 'role' | 'other', string>>;
  /** A value that is not one of the choices (already joined). */
  readonly oneOf: (p: { readonly options: string }) => string;
  /** Fields the schema does not have (already joined). */
  readonly unknownFields: (p: { readonly fields: string }) => string;
  /** Anything else. */
  readonly invalid: string;
}

/**
 * The error codes of `CareerPlanError`, as the catalogs name them (a type test checks that this
 * is `CareerPlanErrorCode`).
 *
 * @inline
 */
type ErrorCode =
  | 'invalid-input'
  | 'invalid-plan'
  | 'not-found'
  | 'duplicate-id'
  | 'invalid-reference'
  | 'transition-blocked'
  | 'unknown-stage'
  | 'invalid-process'
  | 'unknown-process'
  | 'invalid-json'
  | 'invalid-document'
  | 'unsupported-version'
  | 'corrupt-history'
  | 'too-large'
  | 'forbidden'
  | 'conflict'
  | 'history-not-loaded';

/**
 * A sentence for each error code, for the person using an app: what went wrong and, where they
 * can, what to do. `what` is the thing at fault ("the goal g9", the id, the stage, the issues of
 * an input, the reasons of a blocked move), already in the language.
 *
 * @example
 * ```ts
 * import { en, type ErrorWords } from 'career-plan';
 *
 * const words: ErrorWords = en.messages.errors;
 * console.log(words['duplicate-id']({ what: 'g1' })); // 'The id g1 is already in use'
 * ```
 * @category Languages
 */
export type ErrorWords = Readonly<Record<ErrorCode, (p: { readonly what?: string }) => string>>;

/**
 * The words of the pictures in one language: their titles and descriptions (for screen readers,
 * and for hover), their labels and legends. Dates and numbers are passed already written.
 *
 * @example
 * ```ts
 * import { en, type PictureWords } from 'career-plan';
 *
 * const words: PictureWords = en.messages.pictures;
 * console.log(words.hexagonTitle({ name: 'Alex' })); // 'Interests of Alex'
 * ```
 * @category Languages
 */
export interface PictureWords {
  /** The hexagon's title, naming the person. */
  readonly hexagonTitle: (p: { readonly name: string }) => string;
  /** The hexagon's description: the profiles drawn (each already written as `name: area score, ...`). */
  readonly hexagonDesc: (p: { readonly profiles: readonly string[] }) => string;
  /** The scales, said on the chart. */
  readonly hexagonScales: string;
  /** The hexagon of a person with no interest scores yet. */
  readonly noScores: string;
  /** The timeline's title, naming the plan. */
  readonly timelineTitle: (p: { readonly title: string }) => string;
  /** The timeline's description. */
  readonly timelineDesc: (p: {
    readonly goals: number;
    readonly steps: number;
    readonly overdue: number;
    readonly from: string;
    readonly to: string;
    readonly today: string;
  }) => string;
  /** The label of today's line. */
  readonly today: string;
  /** The row of the milestones. */
  readonly milestones: string;
  /** The row of the reviews. */
  readonly reviews: string;
  /** A mark's hover text: what it is, when, and how it stands. */
  readonly mark: (p: {
    readonly what: string;
    readonly date: string;
    readonly state?: 'done' | 'overdue' | 'skipped' | 'reached' | 'target';
  }) => string;
}
