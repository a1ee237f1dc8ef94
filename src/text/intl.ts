/** Formatters by locale, made once: `Intl` objects are costly to build and cheap to use. */
const lists = new Map<string, Intl.ListFormat>();
const decimals = new Map<string, Intl.NumberFormat>();

/**
 * A number with two decimals as the language writes it (`0.98`; `0,98`), with `Intl.NumberFormat`.

 */
export function formatDecimal(locale: string, value: number): string {
  let format = decimals.get(locale);
  if (format === undefined)
    decimals.set(
      locale,
      (format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 })),
    );
  return format.format(value);
}

/**
 * Joins items as the language joins a list ("A, B, and C"; "A, B y C"), with `Intl.ListFormat`.

 */
export function formatList(locale: string, items: readonly string[]): string {
  let format = lists.get(locale);
  if (format === undefined) lists.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
  return format.format(items);
}
