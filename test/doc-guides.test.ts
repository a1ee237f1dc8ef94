import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { documentJsonSchema } from '../src/index.js';
import { importSources, instrument, root, run, typecheck } from './doc-programs.js';

// The TypeScript blocks of the README and the guides are programs too: type-checked with the
// project's compiler options, run, and their `console.log(x); // value` lines compared with the
// comments. A guide tells a story, so an HTML comment (invisible when rendered) just before a
// block can say how it runs:
//   <!-- doc-test: continue -->       the block goes on from the previous block of the page
//   <!-- doc-test: setup CODE -->     CODE runs first, unseen (say, a plan the page assumes)
//   <!-- doc-test: skip REASON -->    the block is not checked, for the reason given

const out = join(root, '.tmp', 'doc-guides');

interface Block {
  readonly code: string;
  readonly line: number;
  readonly directive: { readonly kind: 'continue' | 'setup' | 'skip' | 'none'; readonly text: string };
}

/** The `ts` blocks of a Markdown page, each with the doc-test comment that precedes it. */
function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const match of markdown.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const before = markdown.slice(0, match.index).trimEnd();
    // Only a comment that ends right before the fence counts, and only the last one.
    const directive = before.endsWith('-->')
      ? /^<!--\s*doc-test:\s*(continue|setup|skip)\b([\s\S]*)-->$/.exec(before.slice(before.lastIndexOf('<!--')))
      : null;
    blocks.push({
      code: match[1] ?? '',
      line: markdown.slice(0, match.index).split('\n').length,
      directive:
        directive === null
          ? { kind: 'none', text: '' }
          : { kind: directive[1] as 'continue' | 'setup' | 'skip', text: (directive[2] ?? '').trim() },
    });
  }
  return blocks;
}

/** Joins blocks into one module: their import declarations merged at the top, the rest in order. */
function joinBlocks(codes: readonly string[]): string {
  const named = new Map<string, Map<string, boolean>>(); // module -> name -> type-only
  const other = new Set<string>();
  const bodies: string[] = [];
  for (const code of codes) {
    const file = ts.createSourceFile('block.ts', code, ts.ScriptTarget.ES2022, true);
    let body = '';
    let last = 0;
    for (const statement of file.statements) {
      if (!ts.isImportDeclaration(statement)) continue;
      body += code.slice(last, statement.getFullStart());
      last = statement.getEnd();
      const from = (statement.moduleSpecifier as ts.StringLiteral).text;
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      if (clause !== undefined && clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings)) {
        const names = named.get(from) ?? new Map<string, boolean>();
        for (const element of bindings.elements) {
          const name = element.getText(file).replace(/^type\s+/, '');
          names.set(name, (names.get(name) ?? true) && (clause.isTypeOnly || element.isTypeOnly));
        }
        named.set(from, names);
      } else {
        other.add(statement.getText(file));
      }
    }
    bodies.push(body + code.slice(last));
  }
  const imports = [
    ...other,
    ...[...named].map(
      ([from, names]) =>
        `import { ${[...names].map(([name, typeOnly]) => (typeOnly ? `type ${name}` : name)).join(', ')} } from ` +
        `'${from}';`,
    ),
  ];
  return `${imports.join('\n')}\n${bodies.join('\n')}\nexport {};\n`;
}

interface Program {
  readonly name: string;
  readonly file: string;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// `career-plan/schema.json` is written by the build; the tests run before it, so they get the
// same schema from its source.
writeFileSync(join(out, 'schema.json'), JSON.stringify(documentJsonSchema()));
let checks = 0;
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name)),
];
const programs: Program[] = [];
const skipped: string[] = [];
for (const page of pages) {
  const groups: { start: number; codes: string[] }[] = [];
  for (const block of blocksOf(readFileSync(join(root, page), 'utf8'))) {
    if (block.directive.kind === 'skip') {
      expect(block.directive.text, `${page}:${block.line}: a skipped block says why`).not.toBe('');
      skipped.push(`${page}:${block.line}`);
      continue;
    }
    const instrumented = instrument(block.code);
    checks += instrumented.checks;
    if (block.directive.kind === 'continue' && groups.length > 0) groups.at(-1)!.codes.push(instrumented.code);
    else
      groups.push({
        start: block.line,
        codes: block.directive.kind === 'setup' ? [block.directive.text, instrumented.code] : [instrumented.code],
      });
  }
  for (const group of groups) {
    const name = `${page.replace(/[/\\.]/g, '_')}_${group.start}`;
    const file = join(out, `${name}.ts`);
    writeFileSync(
      file,
      importSources(joinBlocks(group.codes), out).replaceAll("from 'career-plan/schema.json'", "from './schema.json'"),
    );
    programs.push({ name: `${page}:${group.start}`, file });
  }
}

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the code of the README and the guides', () => {
  it(
    `there are programs to check (${programs.length}; skipped: ${skipped.join(', ') || 'none'}), with printed values ` +
      `to compare (${checks})`,
    () => {
      expect(programs.length).toBeGreaterThan(10);
    },
  );

  it("each type-checks with the project's compiler options", () => {
    expect(typecheck(programs.map((program) => program.file))).toEqual([]);
  });

  for (const program of programs) {
    it(`runs, and prints what it says: ${program.name}`, async () => {
      expect(await run(program.file)).toEqual([]);
    });
  }
});
