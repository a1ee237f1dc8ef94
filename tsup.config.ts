import { defineConfig } from 'tsup';

export default defineConfig({
  // The main entry, and one per language besides English (an app that shows one pays for one).
  entry: { index: 'src/index.ts', 'locales/es': 'src/locales/es.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  // SHA-256 for headHash comes from @noble/hashes (audited, synchronous), bundled so that the
  // package still has no runtime dependency besides zod and works from an import map.
  noExternal: ['@noble/hashes'],
});
