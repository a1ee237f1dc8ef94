import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// ARCHITECTURE.md: each folder is one layer and imports only from the layers listed before it;
// src/index.ts only re-exports, and nothing inside src/ imports it; no import cycles; the one
// file that holds a plan's hidden state (model/hidden.ts) imports nothing.
const allowed: Record<string, readonly string[]> = {
  text: ['text'],
  model: ['text', 'model'],
  process: ['text', 'model', 'process'],
  history: ['text', 'model', 'history'],
  edits: ['text', 'model', 'process', 'history', 'edits'],
  format: ['text', 'model', 'process', 'history', 'format'],
  views: ['text', 'model', 'process', 'history', 'views'],
  sync: ['text', 'model', 'process', 'history', 'edits', 'format', 'sync'],
  locales: ['text', 'locales'],
  pictures: ['text', 'model', 'process', 'history', 'views', 'pictures'],
  export: ['text', 'model', 'process', 'history', 'views', 'export'],
};
const packages = new Set(['zod']);
const statements =
  /^(?:import|export)\s+(?:type\s+)?(?:\*\s+as\s+\w+|\{[^}]*\}|\w+)(?:\s*,\s*\{[^}]*\})?\s+from\s+'([^']+)'/gm;
const src = new URL('../src/', import.meta.url);

describe('layers', () => {
  for (const [layer, may] of Object.entries(allowed)) {
    it(`src/${layer}/ imports only from ${may.join(', ')} (and zod)`, () => {
      for (const file of readdirSync(new URL(`${layer}/`, src))) {
        const text = readFileSync(new URL(`${layer}/${file}`, src), 'utf8');
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
    const code = index
      .replace(/\/\*\*[\s\S]*?\*\//g, '')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
    expect(code.every((line) => /^(export|\s|})/.test(line))).toBe(true);
    for (const layer of Object.keys(allowed)) {
      for (const file of readdirSync(new URL(`${layer}/`, src))) {
        expect(readFileSync(new URL(`${layer}/${file}`, src), 'utf8')).not.toMatch(/from '\.\.\/index\.js'/);
      }
    }
  });

  it('has no import cycles, type imports included', () => {
    const graph = new Map<string, string[]>();
    for (const layer of Object.keys(allowed)) {
      for (const file of readdirSync(new URL(`${layer}/`, src))) {
        const text = readFileSync(new URL(`${layer}/${file}`, src), 'utf8');
        const targets = [...text.matchAll(statements)]
          .map(([, from]) => from as string)
          .filter((from) => from.startsWith('.'));
        graph.set(
          `${layer}/${file}`,
          targets.map((target) =>
            (target.startsWith('./') ? `${layer}/${target.slice(2)}` : target.slice(3)).replace(/\.js$/, '.ts'),
          ),
        );
      }
    }
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      expect(state.get(file), `import cycle: ${[...path, file].join(' -> ')}`).not.toBe('open');
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
  });

  it('the hidden state of a plan is defined in one file that imports nothing', () => {
    const hidden = readFileSync(new URL('model/hidden.ts', src), 'utf8');
    expect(hidden).not.toMatch(/^import /m);
    for (const layer of Object.keys(allowed)) {
      for (const file of readdirSync(new URL(`${layer}/`, src))) {
        if (`${layer}/${file}` === 'model/hidden.ts') continue;
        expect(
          readFileSync(new URL(`${layer}/${file}`, src), 'utf8'),
          `${layer}/${file} makes a symbol of its own`,
        ).not.toMatch(/Symbol(?:\.for)?\(/);
      }
    }
  });
});
