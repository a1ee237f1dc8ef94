import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts'],
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
