import { defineConfig } from 'vitest/config';

// Tests of the built package (run after `npm run build`): the packed tarball in a fresh project
// through ESM and CJS and the shipped declarations, the browser, and the size budgets.
export default defineConfig({
  test: {
    include: ['test-dist/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
