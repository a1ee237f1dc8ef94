// The summary every bench figure reports: the median of its rounds, and the 25th and 75th
// percentiles as its spread.

/** The median of `ratios` and their 25th to 75th percentiles (sorts `ratios`). */
export function summarize(ratios: number[]): { readonly median: number; readonly spread: readonly [number, number] } {
  ratios.sort((x, y) => x - y);
  const at = (q: number): number => ratios[Math.min(ratios.length - 1, Math.floor(q * ratios.length))] as number;
  return { median: at(0.5), spread: [at(0.25), at(0.75)] };
}
