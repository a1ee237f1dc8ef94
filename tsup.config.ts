import { defineConfig } from 'tsup';

export default defineConfig({
  // The main entry, one per language besides English (an app that shows one pays for one), and the
  // renderers of other formats: the pictures (SVG), Markdown and iCalendar.
  entry: {
    index: 'src/index.ts',
    'locales/es': 'src/locales/es.ts',
    'pictures/index': 'src/pictures/index.ts',
    'export/index': 'src/export/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  // CommonJS is split into shared chunks as ESM is: otherwise each entry would carry its own copy of
  // the library, and an error from career-plan/pictures would not be the main entry's CareerPlanError.
  splitting: true,
});
