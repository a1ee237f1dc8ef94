import { LANGUAGE_TAG, freezeCatalog, type Catalog } from '../text/catalog.js';
import { en } from '../text/en.js';
import { CareerPlanError, shown } from './errors.js';

/**
 * The catalog a function writes in: the one given (`options.catalog`), else English. A value
 * that is not a catalog is refused with `invalid-input`.
 */
export function catalogOf(catalog: unknown): Catalog {
  return catalog === undefined ? en : givenCatalog(catalog);
}

/**
 * `catalog` checked to be a language catalog (else `invalid-input`), for a function with a
 * default of its own: one that does not reach English through {@link catalogOf}, so that an app
 * importing only it (`createPlan`) does not bundle the English catalog.
 */
export function givenCatalog(catalog: unknown): Catalog {
  const c = catalog as Partial<Catalog> | null;
  if (
    typeof c !== 'object' ||
    c === null ||
    typeof c.locale !== 'string' ||
    typeof c.messages !== 'object' ||
    c.messages === null
  )
    throw new CareerPlanError(
      'invalid-input',
      'options.catalog must be a language catalog, such as es from career-plan/locales/es',
      { catalog: shown(catalog) },
    );
  return c as Catalog;
}

/** What each message of a catalog holds, by path (`area.social: string`), to compare a catalog with English. */
function shapeOf(value: unknown, path: string, out: Map<string, string>): void {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const key of Object.keys(value))
      shapeOf((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out);
  } else out.set(path, typeof value);
}

/**
 * Makes a language: checks that every message is there, spelled right and of the right kind (at
 * compile time through the {@link Catalog} type, and again at run time for JavaScript callers),
 * and freezes it.
 *
 * @param catalog - the language's BCP 47 tag and every message
 * @throws CareerPlanError `invalid-input` for a tag that is not a language tag, or a message missing, unknown or of
 * the wrong kind (details name it)
 * @example
 * ```ts
 * import { defineCatalog, en } from 'career-plan';
 *
 * // English with one message of the app's own.
 * const ours = defineCatalog({ locale: 'en-GB',
 *   messages: { ...en.messages, reviewThePlan: 'Time to review your plan' } });
 * console.log(ours.locale); // 'en-GB'
 * ```
 * @category Languages
 */
export function defineCatalog(catalog: Catalog): Catalog {
  const given = catalogOf(catalog);
  if (!LANGUAGE_TAG.test(given.locale))
    throw new CareerPlanError('invalid-input', `"${given.locale}" is not a BCP 47 language tag`, {
      locale: shown(given.locale),
    });
  const expected = new Map<string, string>();
  const actual = new Map<string, string>();
  shapeOf(en.messages, '', expected);
  shapeOf(given.messages, '', actual);
  for (const [path, kind] of expected)
    if (actual.get(path) !== kind)
      throw new CareerPlanError(
        'invalid-input',
        actual.has(path) ? `The message "${path}" must be a ${kind}` : `The catalog has no message "${path}"`,
        { message: path },
      );
  for (const path of actual.keys())
    if (!expected.has(path))
      throw new CareerPlanError('invalid-input', `The catalog has a message "${path}" no function uses`, {
        message: path,
      });
  return freezeCatalog(given);
}
