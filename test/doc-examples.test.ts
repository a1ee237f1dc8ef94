import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Every `@example` in the TSDoc of src/ is a program: this test type-checks each one with the
// project's compiler options, runs it, and where a line reads `console.log(x); // value` and the
// comment is a JavaScript value, checks that `x` equals it. So the API reference cannot drift
// from the library.

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.tmp', 'doc-examples');

interface Example {
  readonly source: string;
  readonly name: string;
  readonly file: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The fenced `ts` blocks inside the doc comments of a source file. */
function examplesOf(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const blocks: string[] = [];
  for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment.split('\n').map((line) => line.replace(/^\s*\/?\*+\/?\s?/, ''));
    const body = lines.join('\n');
    for (const match of body.matchAll(/```ts\n([\s\S]*?)```/g)) blocks.push(match[1] ?? '');
  }
  return blocks;
}

/** The number of arguments in `console.log(...)`, read with the TypeScript parser. */
function argumentCount(args: string): number {
  const file = ts.createSourceFile('x.ts', `f(${args});`, ts.ScriptTarget.ES2022);
  const statement = file.statements[0];
  if (statement === undefined || !ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) return -1;
  return statement.expression.arguments.length;
}

let checkedLines = 0;

/** Rewrites `console.log(x); // value` into a check when the comment reads as one value. */
function instrument(code: string): string {
  return code
    .split('\n')
    .map((line) => {
      const match = /^(\s*)console\.log\((.*)\);\s*\/\/\s*(.+)$/.exec(line);
      if (match === null) return line;
      const [, indent, args, comment] = match as unknown as [string, string, string, string];
      if (argumentCount(args) !== 1) return line;
      let expected: unknown;
      try {
        expected = new Function(`return (${comment});`)();
      } catch {
        return line; // prose, not a value
      }
      if (typeof expected === 'function' || expected === undefined) return line;
      checkedLines++;
      return `${indent}(globalThis as unknown as { __logged: (actual: unknown, expected: string) => void }).__logged(${args}, ${JSON.stringify(comment)});`;
    })
    .join('\n');
}

function collect(): Example[] {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const examples: Example[] = [];
  for (const path of sourceFiles(join(root, 'src'))) {
    examplesOf(path).forEach((code, index) => {
      if (/from '\.\//.test(code)) return; // an example of an internal helper, written against its own module
      const source = relative(root, path);
      const name = `${source.replace(/[/\\.]/g, '_')}_${index}`;
      const file = join(out, `${name}.ts`);
      const body = instrument(code).replaceAll("from 'career-plan'", `from '${relative(out, join(root, 'src', 'index.js')).replaceAll('\\', '/')}'`);
      writeFileSync(file, `${body}\nexport {};\n`);
      examples.push({ source, name, file });
    });
  }
  return examples;
}

const examples = collect();

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the @example of every export', () => {
  it(`there are examples to check (${examples.length}), and printed values to compare (${checkedLines})`, () => {
    expect(examples.length).toBeGreaterThan(200);
    expect(checkedLines).toBeGreaterThan(30);
  });

  it('each type-checks with the project\'s compiler options', () => {
    const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
    const program = ts.createProgram(
      examples.map((example) => example.file),
      { ...parsed.options, noEmit: true, noUnusedLocals: false },
    );
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file !== undefined && diagnostic.file.fileName.startsWith(out.replaceAll('\\', '/')))
      .map((diagnostic) => `${relative(out, diagnostic.file!.fileName)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });

  for (const example of examples) {
    it(`runs, and prints what it says: ${example.source} #${example.name.split('_').at(-1)}`, async () => {
      const mismatches: string[] = [];
      (globalThis as unknown as { __logged: (actual: unknown, expected: string) => void }).__logged = (actual, expected) => {
        const value: unknown = new Function(`return (${expected});`)();
        try {
          expect(actual).toEqual(value);
        } catch {
          mismatches.push(`printed ${JSON.stringify(actual)}, the comment says ${expected}`);
        }
      };
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await import(pathToFileURL(example.file).href);
      } finally {
        log.mockRestore();
      }
      expect(mismatches).toEqual([]);
    });
  }
});
