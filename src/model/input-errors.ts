import type * as z from 'zod';
import type { Catalog, Field, InputWords } from '../text/catalog.js';
import { EN_INPUT } from '../text/en-input.js';
import { formatList } from '../text/intl.js';
import { catalogOf } from './catalog.js';

/** Which words say a text field's form, by the field's name. */
const PATTERNS: Readonly<Record<string, keyof InputWords['pattern']>> = {
  socCode: 'socCode',
  hollandCode: 'hollandCode',
  interestCode: 'hollandCode',
  code: 'hollandCode',
  role: 'role',
};

/** The issue's field: the last name in its path (a list's item is named by its list). */
function fieldOf(path: readonly PropertyKey[] | undefined): string | undefined {
  for (let i = (path?.length ?? 0) - 1; i >= 0; i--) {
    const key = path?.[i];
    if (typeof key === 'string') return key;
  }
  return undefined;
}

/**
 * The message for one issue zod found, in `words` (a language's {@link InputWords}) and `locale`
 * (for lists), or `undefined` to leave it to the schema's own message or zod's. Reads what zod
 * gives an error map (and a finished issue, which has the same fields; its input only where the
 * parse asked for it).
 */
export function inputMessage(words: InputWords, locale: string, issue: z.core.$ZodRawIssue): string | undefined {
  const field = fieldOf(issue.path);
  const name = field !== undefined && Object.hasOwn(words.field, field) ? words.field[field as Field] : undefined;
  const required = (): string => words.required(name === undefined ? {} : { field: name });
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? required()
        : Object.hasOwn(words.type, issue.expected)
          ? words.type[issue.expected as keyof InputWords['type']]
          : words.invalid;
    case 'too_small': {
      const n = Number(issue.minimum);
      if (issue.origin === 'string') return n <= 1 ? required() : words.tooShort({ n });
      if (issue.origin === 'array' || issue.origin === 'set') return words.tooFew({ n });
      return words.atLeast({ n: String(issue.minimum) });
    }
    case 'too_big': {
      const n = Number(issue.maximum);
      if (issue.origin === 'string') return words.tooLong({ n });
      if (issue.origin === 'array' || issue.origin === 'set') return words.tooMany({ n });
      return words.atMost({ n: String(issue.maximum) });
    }
    case 'invalid_format':
      switch (issue.format) {
        case 'date':
          return typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input)
            ? words.noSuchDay({ day: issue.input })
            : words.date({ example: '2026-09-30' });
        case 'datetime':
          return words.instant({ example: '2026-09-30T14:00:00Z' });
        case 'url':
          return words.url;
        case 'regex':
          return words.pattern[(field === undefined ? undefined : PATTERNS[field]) ?? 'other'];
      }
      return words.invalid;
    case 'invalid_value':
      return words.oneOf({ options: formatList(locale, issue.values.map(String), 'disjunction') });
    case 'unrecognized_keys':
      return words.unknownFields({ fields: formatList(locale, issue.keys) });
  }
  return undefined;
}

/** The English error map the library's own validation gives zod (made on first need). */
let english: z.core.$ZodErrorMap | undefined;

/** The English error map, for the library's own parses: its messages are those of {@link inputErrors}. */
export const englishInputErrors = (): z.core.$ZodErrorMap =>
  (english ??= (issue) => inputMessage(EN_INPUT, 'en', issue));

/**
 * An error map for zod's own error customisation that words every issue of the input schemas so
 * that a person filling in a form can act on it, in the catalog's language: "Enter a title",
 * "Use a date like 2026-09-30" (and "There is no such day as 2026-02-30" for a date in the right
 * form that no calendar has), "Choose one of: short or long", "Use at most 500 characters". Pass
 * it to one parse (`schema.safeParse(value, { error: inputErrors(es) })`) or to every parse
 * (`z.config({ customError: inputErrors(es) })`). An issue it has no words for (a rule of the
 * app's own) keeps its own message. The library's own edits word their `invalid-input` errors
 * with it in English; `describeError` says them in any language.
 *
 * @param catalog - the language (default English; `es` from `career-plan/locales/es`)
 * @example
 * ```ts
 * import { goalInputSchema, inputErrors } from 'career-plan';
 *
 * const result = goalInputSchema.safeParse({ title: '  ', kind: 'skill', horizon: 'soon' }, { error: inputErrors() });
 * console.log(result.error?.issues.map((issue) => issue.message)); // ['Enter a title', 'Choose one of: short or long']
 * ```
 * @category Languages
 */
export function inputErrors(catalog?: Catalog): z.core.$ZodErrorMap {
  const { locale, messages } = catalogOf(catalog);
  if (messages.input === EN_INPUT) return englishInputErrors();
  return (issue) => inputMessage(messages.input, locale, issue);
}
