import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Min+gzip bytes of a bundle of `code` (importing the built ESM), without zod and immer. */
async function size(code: string): Promise<number> {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    external: ['zod', 'immer'],
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}

// Budgets, min+gzip without zod and immer; the README records the measured figures.
const BUDGET_WHOLE = 28 * 1024;
const BUDGET_MINIMAL = 8 * 1024;

describe('size budgets', () => {
  it('the whole library and a minimal import stay within budget, and tree-shaking works', async () => {
    const whole = await size("export * from './dist/index.js';");
    const minimal = await size("export { createPlan, careerProcess } from './dist/index.js';");
    console.log(`size (min+gzip, without zod and immer): whole ${whole} B, createPlan + careerProcess ${minimal} B`);
    expect(whole).toBeLessThanOrEqual(BUDGET_WHOLE);
    expect(minimal).toBeLessThanOrEqual(BUDGET_MINIMAL);
    expect(minimal).toBeLessThan(whole * 0.5);
  });
});
