import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The examples import 'career-plan' as an app does; in the tests it is the source (as in tsconfig's paths).
  resolve: {
    alias: [
      { find: 'career-plan/locales/es', replacement: new URL('./src/locales/es.ts', import.meta.url).pathname },
      { find: 'career-plan/pictures', replacement: new URL('./src/pictures/index.ts', import.meta.url).pathname },
      { find: 'career-plan/export', replacement: new URL('./src/export/index.ts', import.meta.url).pathname },
      { find: /^career-plan$/, replacement: new URL('./src/index.ts', import.meta.url).pathname },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 60_000,
  },
});
