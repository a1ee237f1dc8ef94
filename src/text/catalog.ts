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
