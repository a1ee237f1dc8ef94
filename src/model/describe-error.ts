import type { Catalog, Noun } from '../text/catalog.js';
import { en } from '../text/en.js';
import { catalogOf } from './catalog.js';
import { CareerPlanError, optionsObject } from './errors.js';
import { inputMessage } from './input-errors.js';

/**
 * Options of {@link describeError}.
 *
 * @example
 * ```ts
 * import type { DescribeErrorOptions } from 'career-plan';
 *
 * const options: DescribeErrorOptions = {};
 * ```
 * @category Languages
 */
export interface DescribeErrorOptions {
  /** The language (default English; `es` from `career-plan/locales/es`). */
  readonly catalog?: Catalog;
}

/** The noun the library names a missing entity by ("career option"), in the catalog's words, with its id. */
function missing(catalog: Catalog, kind: unknown, id: unknown): string | undefined {
  const english = en.messages.history.the as Readonly<Record<string, string>>;
  const noun = Object.keys(english).find((key) => english[key] === `the ${String(kind)}`) as Noun | undefined;
  if (typeof id !== 'string') return noun === undefined ? undefined : catalog.messages.history.the[noun];
  return noun === undefined ? id : `${catalog.messages.history.the[noun]} ${id}`;
}

/**
 * A sentence about a {@link CareerPlanError} for the person using an app, in the catalog's
 * language: what went wrong and, where they can act, what to do. The error's `message` is for
 * developers and stays English; this is what a screen shows. An `invalid-input` or
 * `invalid-document` error says each issue of its input as {@link inputErrors} words it (the
 * same catalog), a missing entity is named by its kind in the language, a blocked stage move
 * gives the built-in process's reasons in the language (an app's own rules keep their message).
 *
 * @param error - a `CareerPlanError` (anything else is said as `invalid-input` would be, without details)
 * @param options - `catalog`: the language
 * @example
 * ```ts
 * import { CareerPlanError, addGoal, createPlan, describeError } from 'career-plan';
 *
 * try {
 *   addGoal(createPlan({ owner: { id: 'alex' } }), { title: ' ', kind: 'skill', horizon: 'short' });
 * } catch (error) {
 *   if (error instanceof CareerPlanError) console.log(describeError(error)); // 'Check what was entered: Enter a title'
 * }
 * ```
 * @category Languages
 */
export function describeError(error: CareerPlanError, options: DescribeErrorOptions = {}): string {
  options = optionsObject(options, 'describeError');
  const catalog = catalogOf(options.catalog);
  const words = catalog.messages.errors;
  if (!(error instanceof CareerPlanError)) return words['invalid-input']({});
  const details = error.details as Readonly<Record<string, unknown>>;
  let what: string | undefined;
  switch (error.code) {
    case 'invalid-input':
    case 'invalid-document': {
      const issues = Array.isArray(details.issues) ? (details.issues as Parameters<typeof inputMessage>[2][]) : [];
      const said = issues.map(
        (issue) => inputMessage(catalog.messages.input, catalog.locale, issue) ?? catalog.messages.input.invalid,
      );
      what = said.length === 0 ? undefined : [...new Set(said)].join('; ');
      break;
    }
    case 'not-found':
      what = missing(catalog, details.kind, details.id);
      break;
    case 'duplicate-id':
      what = typeof details.id === 'string' ? details.id : undefined;
      break;
    case 'unknown-stage':
      what = typeof details.stage === 'string' ? details.stage : undefined;
      break;
    case 'transition-blocked': {
      const rules = catalog.messages.careerRules as Readonly<Record<string, string>>;
      const reasons = Array.isArray(details.reasons)
        ? (details.reasons as readonly { readonly code?: unknown; readonly message?: unknown }[])
        : [];
      const said = reasons.map((reason) =>
        typeof reason.code === 'string' && Object.hasOwn(rules, reason.code)
          ? (rules[reason.code] as string)
          : String(reason.message ?? ''),
      );
      what = said.length === 0 ? undefined : said.join('; ');
      break;
    }
  }
  return words[error.code](what === undefined ? {} : { what });
}
