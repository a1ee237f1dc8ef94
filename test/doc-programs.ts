import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { expect, vi } from 'vitest';

// Shared by the tests that check documentation code: the `@example`s of the API reference and
// the code blocks of the README and the guides. A piece of documentation becomes a program
// file; it is type-checked with the project's compiler options and run, and each line
// `console.log(x); // value` whose comment reads as one JavaScript value checks that `x`
// equals it.

export const root = fileURLToPath(new URL('..', import.meta.url));

type Logged = (actual: unknown, expected: string) => void;
const hook = globalThis as unknown as { __logged: Logged };

/** The number of arguments in `console.log(...)`, read with the TypeScript parser. */
function argumentCount(args: string): number {
  const file = ts.createSourceFile('x.ts', `f(${args});`, ts.ScriptTarget.ES2022);
  const statement = file.statements[0];
  if (statement === undefined || !ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression))
    return -1;
  return statement.expression.arguments.length;
}

/** The value a comment states, or undefined when the comment is prose. */
function statedValue(comment: string): { value: unknown } | undefined {
  try {
    const value: unknown = new Function(`return (${comment});`)();
    return typeof value === 'function' || value === undefined ? undefined : { value };
  } catch {
    return undefined;
  }
}

/** Rewrites `console.log(x); // value` into a check when the comment reads as one value. */
export function instrument(code: string): { code: string; checks: number } {
  let checks = 0;
  const lines = code.split('\n').map((line) => {
    const match = /^(\s*)console\.log\((.*)\);\s*\/\/\s*(.+)$/.exec(line);
    if (match === null) return line;
    const [, indent, args, comment] = match as unknown as [string, string, string, string];
    if (argumentCount(args) !== 1 || statedValue(comment) === undefined) return line;
    checks++;
    return (
      `${indent}(globalThis as unknown as { __logged: (actual: unknown, expected: string) => void ` +
      `}).__logged(${args}, ${JSON.stringify(comment)});`
    );
  });
  return { code: lines.join('\n'), checks };
}

/** `from 'career-plan'` as a path from `dir` to the sources. */
export function importSources(code: string, dir: string): string {
  const path = (file: string): string => {
    const to = relative(dir, join(root, 'src', file)).replaceAll('\\', '/');
    return to.startsWith('.') ? to : `./${to}`;
  };
  return code
    .replaceAll("from 'career-plan'", `from '${path('index.js')}'`)
    .replaceAll("from 'career-plan/locales/es'", `from '${path('locales/es.js')}'`)
    .replaceAll("from 'career-plan/pictures'", `from '${path('pictures/index.js')}'`)
    .replaceAll("from 'career-plan/export'", `from '${path('export/index.js')}'`);
}

/** Type-checks program files with the project's compiler options; returns the problems found in them. */
export function typecheck(files: readonly string[]): string[] {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  // An example declares values to show them, unused after: the project's other options apply.
  const options = { ...parsed.options, noEmit: true, noUnusedLocals: false, noUnusedParameters: false };
  const program = ts.createProgram([...files], options);
  const ours = new Set(files.map((file) => file.replaceAll('\\', '/')));
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file !== undefined && ours.has(diagnostic.file.fileName))
    .map((diagnostic) => {
      const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      return (
        `${relative(root, diagnostic.file!.fileName)}:${line + 1}: ` +
        `${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
      );
    });
}

/** Runs a program file with console.log silenced; returns the printed values that differ from their comments. */
export async function run(file: string): Promise<string[]> {
  const mismatches: string[] = [];
  hook.__logged = (actual, expected) => {
    const stated = statedValue(expected)?.value;
    try {
      expect(actual).toEqual(stated);
    } catch {
      mismatches.push(`printed ${JSON.stringify(actual)}, the comment says ${expected}`);
    }
  };
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await import(pathToFileURL(file).href);
  } finally {
    log.mockRestore();
  }
  return mismatches;
}
