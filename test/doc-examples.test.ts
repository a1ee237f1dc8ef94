import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importSources, instrument, root, run, typecheck } from './doc-programs.js';

// Every `@example` in the TSDoc of src/ is a program: type-checked, run, and its
// `console.log(x); // value` lines compared with their comments (see doc-programs.ts). So the
// API reference cannot drift from the library.

const out = join(root, '.tmp', 'doc-examples');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The fenced `ts` blocks inside the doc comments of a source file. */
function examplesOf(path: string): string[] {
  const blocks: string[] = [];
  for (const comment of readFileSync(path, 'utf8').match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const body = comment
      .split('\n')
      .map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ''))
      .join('\n');
    for (const match of body.matchAll(/```ts\n([\s\S]*?)```/g)) blocks.push(match[1] ?? '');
  }
  return blocks;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let checks = 0;
const examples = sourceFiles(join(root, 'src')).flatMap((path) =>
  examplesOf(path).flatMap((code, index) => {
    if (/from '\.\//.test(code)) return []; // an internal helper's example, written against its own module
    const source = relative(root, path);
    const file = join(out, `${source.replace(/[/\\.]/g, '_')}_${index}.ts`);
    const instrumented = instrument(code);
    checks += instrumented.checks;
    writeFileSync(file, `${importSources(instrumented.code, out)}\nexport {};\n`);
    return [{ source, index, file }];
  }),
);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the @example of every export', () => {
  it(`there are examples to check (${examples.length}), and printed values to compare (${checks})`, () => {
    expect(examples.length).toBeGreaterThan(200);
    expect(checks).toBeGreaterThan(30);
  });

  it("each type-checks with the project's compiler options", () => {
    expect(typecheck(examples.map((example) => example.file))).toEqual([]);
  });

  for (const example of examples) {
    it(`runs, and prints what it says: ${example.source} #${example.index}`, async () => {
      expect(await run(example.file)).toEqual([]);
    });
  }
});
