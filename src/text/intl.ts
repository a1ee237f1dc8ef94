/** Formatters by locale, made once: `Intl` objects are costly to build and cheap to use. */
const lists = new Map<string, Intl.ListFormat>();
const decimals = new Map<string, Intl.NumberFormat>();
const days = new Map<string, Intl.DateTimeFormat>();
const plurals = new Map<string, Intl.PluralRules>();

/**
 * A number as the language writes it (`0.98`; `0,98`), with `Intl.NumberFormat`: `digits`
 * decimals at least (default 2), one more at most.
 */
export function formatDecimal(locale: string, value: number, digits = 2): string {
  const key = `${locale} ${digits}`;
  let format = decimals.get(key);
  if (format === undefined)
    decimals.set(
      key,
      (format = new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits === 2 ? 2 : digits + 1,
      })),
    );
  return format.format(value);
}

/**
 * Joins items as the language joins a list ("A, B, and C"; "A, B y C"), with `Intl.ListFormat`;
 * a `disjunction` joins choices ("A, B, or C"; "A, B o C").
 */
export function formatList(
  locale: string,
  items: readonly string[],
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  const key = `${locale} ${type}`;
  let format = lists.get(key);
  if (format === undefined) lists.set(key, (format = new Intl.ListFormat(locale, { type })));
  return format.format(items);
}

/**
 * A calendar day (`YYYY-MM-DD`) as the language writes it in full (`3 de marzo de 2026`), with
 * `Intl.DateTimeFormat` in UTC, so that the day is the same wherever the code runs. Anything
 * else comes back as given.
 */
export function formatDay(locale: string, day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  let format = days.get(locale);
  if (format === undefined)
    days.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(`${day}T00:00:00Z`));
}

/**
 * The form of a word that goes with the number `n` in the language, chosen by `Intl.PluralRules`
 * (English and Spanish have `one` and `other`; other languages have more categories, and fall
 * back to `other` when a form is not given).
 */
export function plural(
  locale: string,
  n: number,
  forms: { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>,
): string {
  let rules = plurals.get(locale);
  if (rules === undefined) plurals.set(locale, (rules = new Intl.PluralRules(locale)));
  return forms[rules.select(n)] ?? forms.other;
}
