import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// DESIGN.md: each folder is one layer and imports only from the layers listed before it;
// src/index.ts only re-exports, and nothing inside src/ imports it.
const allowed: Record<string, readonly string[]> = {
  model: ['model'],
  process: ['model', 'process'],
  history: ['model', 'history'],
  edits: ['model', 'process', 'history', 'edits'],
  format: ['model', 'process', 'history', 'format'],
  views: ['model', 'process', 'history', 'views'],
};
const packages = new Set(['zod', 'immer']);
const src = new URL('../src/', import.meta.url);

describe('layers', () => {
  for (const [layer, may] of Object.entries(allowed)) {
    it(`src/${layer}/ imports only from ${may.join(', ')} (and zod, immer)`, () => {
      for (const file of readdirSync(new URL(`${layer}/`, src))) {
        const text = readFileSync(new URL(`${layer}/${file}`, src), 'utf8');
        const statements = /^(?:import|export)\s+(?:type\s+)?(?:\*\s+as\s+\w+|\{[^}]*\}|\w+)(?:\s*,\s*\{[^}]*\})?\s+from\s+'([^']+)'/gm;
        for (const [, from] of text.matchAll(statements)) {
          const target = from as string;
          if (!target.startsWith('.')) {
            expect(packages.has(target), `${layer}/${file} imports the package ${target}`).toBe(true);
            continue;
          }
          const folder = target.startsWith('./') ? layer : target.split('/')[1];
          expect(may, `${layer}/${file} imports ${target}`).toContain(folder);
        }
      }
    });
  }

  it('src/index.ts only re-exports, and nothing imports it', () => {
    const index = readFileSync(new URL('index.ts', src), 'utf8');
    const code = index.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
    expect(code.every((line) => /^(export|\s|})/.test(line))).toBe(true);
    for (const layer of Object.keys(allowed)) {
      for (const file of readdirSync(new URL(`${layer}/`, src))) {
        expect(readFileSync(new URL(`${layer}/${file}`, src), 'utf8')).not.toMatch(/from '\.\.\/index\.js'/);
      }
    }
  });
});
