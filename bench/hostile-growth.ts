// Growth of loading and of every view on hostile documents, from one size to four times it
// (issue "hostile histories"), run by bench/run.ts in a process of its own. Prints one line of
// JSON: each shape's growth, and the largest with its spread.
import * as cp from '../src/index.js';
import { allViews, hostileShapes } from '../test/hostile-shapes.js';
import { summarize } from './stats.js';

let lastSpread: readonly [number, number] = [0, 0];

/**
 * `ratio` for a cost at two sizes: the heap is collected before each timed call, so that the
 * garbage one call leaves is not charged to the next (growth, not collection, is measured). Both
 * are warmed up for at least a fifth of a second first, as `ratio` does.
 */
function growth(large: () => unknown, small: () => unknown, rounds = 15): number {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const warm = performance.now() + 200;
  do {
    large();
    small();
  } while (performance.now() < warm);
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    gc();
    const a = process.hrtime.bigint();
    large();
    const b = process.hrtime.bigint();
    gc();
    const c = process.hrtime.bigint();
    small();
    const d = process.hrtime.bigint();
    ratios.push(Number(b - a) / Number(d - c));
  }
  const { median, spread } = summarize(ratios);
  lastSpread = spread;
  return median;
}

const shapes: { name: string; load: number; views: number }[] = [];
let load: [number, readonly [number, number]] = [0, [0, 0]];
let views: [number, readonly [number, number]] = [0, [0, 0]];
for (const shape of hostileShapes) {
  const small = shape.at(1);
  const large = shape.at(4);
  const loadGrowth = growth(
    () => cp.deserialize(large.input, large.options),
    () => cp.deserialize(small.input, small.options),
  );
  if (loadGrowth > load[0]) load = [loadGrowth, lastSpread];
  const smallPlan = cp.deserialize(small.input, small.options);
  const largePlan = cp.deserialize(large.input, large.options);
  const viewGrowth = growth(
    () => allViews(largePlan),
    () => allViews(smallPlan),
  );
  if (viewGrowth > views[0]) views = [viewGrowth, lastSpread];
  shapes.push({ name: shape.name, load: loadGrowth, views: viewGrowth });
}
console.log(JSON.stringify({ shapes, load, views }));
