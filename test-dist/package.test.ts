import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let dir = '';

/** Runs a command; a failure reports what it printed (tsc prints its errors to stdout). */
function sh(command: string, args: string[], cwd = dir): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`);
  }
}

/** The scenario both module systems run: the main job, in miniature. */
const scenario = (load: string) => `${load}
const env = cp.fixedEnv({ start: '2026-01-05T09:00:00.000Z' });
let plan = cp.createPlan({ owner: { id: 'alex', name: 'Alex' } }, { env });
plan = cp.addAssessment(plan, { kind: 'interests', instrument: 'O*NET Interest ' +
  'Profiler', takenAt: '2026-01-06' }, { env });
plan = cp.addCareerOption(plan, { id: 'o1', title: 'Computer User Support ' +
  'Specialist', socCode: '15-1232.00' }, { env });
plan = cp.transition(plan, 'exploration', { env });
plan = cp.addGoal(plan, { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short',
  strategies: [{ title: 'Enroll', dueDate: '2026-02-15' }] }, { env });
plan = cp.undo(plan, { env });
const loaded = cp.deserialize(cp.serialize(plan));
let blocked = '';
try { cp.transition(loaded, 'action-plan', { env }); }
catch (error) { blocked = error instanceof cp.CareerPlanError ? error.code : 'other'; }
console.log(JSON.stringify({
  stage: loaded.stage,
  revisions: cp.revisions(loaded).map((r) => cp.describeRevision(r)),
  frozen: Object.isFrozen(loaded),
  blocked,
  schema: schema.title,
  markdown: exported.toMarkdown(loaded).split('\\n')[0],
  calendar: exported.toICalendar(loaded).startsWith('BEGIN:VCALENDAR'),
}));
`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'career-plan-package-'));
  sh(npm, ['pack', '--pack-destination', dir, '--silent'], root);
  const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz'));
  if (tarball === undefined) throw new Error('npm pack wrote no tarball');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'app', private: true, version: '1.0.0' }));
  const zod = (
    JSON.parse(sh('node', ['-p', "JSON.stringify(require('./package.json').devDependencies)"], root)) as Record<
      string,
      string
    >
  ).zod;
  sh(npm, [
    'install',
    join(dir, tarball),
    `zod@${zod}`,
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--loglevel=error',
  ]);
});

afterAll(() => {
  if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

const expected = {
  stage: 'exploration',
  revisions: [
    "Alex added the assessment 'O*NET Interest Profiler'",
    "Alex added the career option 'Computer User Support Specialist'",
    "Alex moved the plan from 'Self assessment' to 'Career exploration'",
    "Alex added the goal 'Get certified'",
    "Alex undid a change (added the goal 'Get certified')",
  ],
  frozen: true,
  blocked: 'transition-blocked',
  schema: 'career-plan document, format version 5',
  markdown: '# Career action plan',
  calendar: true,
};

describe('the package as apps receive it', () => {
  it('ships only dist, with both builds, their declarations and the JSON Schema', () => {
    const files = readdirSync(join(dir, 'node_modules', 'career-plan', 'dist'));
    expect(files).toEqual(
      expect.arrayContaining(['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts', 'career-plan.schema.json']),
    );
    expect(readdirSync(join(dir, 'node_modules', 'career-plan')).sort()).toEqual([
      'LICENSE',
      'README.md',
      'dist',
      'package.json',
    ]);
  });

  it('runs through import (ESM)', () => {
    writeFileSync(
      join(dir, 'esm.mjs'),
      scenario(
        "import * as cp from 'career-plan';\nimport * as exported from 'career-plan/export';\n" +
          "import schema from 'career-plan/schema.json' with { type: 'json' };",
      ),
    );
    expect(JSON.parse(sh('node', ['esm.mjs']))).toEqual(expected);
  });

  it('runs through require (CommonJS)', () => {
    writeFileSync(
      join(dir, 'cjs.cjs'),
      scenario(
        "const cp = require('career-plan');\nconst exported = require('career-plan/export');\n" +
          "const schema = require('career-plan/schema.json');",
      ),
    );
    expect(JSON.parse(sh('node', ['cjs.cjs']))).toEqual(expected);
  });

  it('ships each language besides English as its own entry, in ESM and CommonJS, typed', () => {
    const program = (load: string): string =>
      `${load}\nconst plan = cp.createPlan({ owner: { id: 'alex' } });\n` +
      "const check = cp.canTransition(plan, 'exploration', { catalog: es });\n" +
      'console.log(JSON.stringify(check.reasons.map((r) => r.message)));';
    const spanish = [
      'Registra al menos una evaluación antes de explorar carreras',
      'Identifica al menos una opción profesional para explorar',
    ];
    writeFileSync(
      join(dir, 'es.mjs'),
      program("import * as cp from 'career-plan';\nimport { es } from 'career-plan/locales/es';"),
    );
    expect(JSON.parse(sh('node', ['es.mjs']))).toEqual(spanish);
    writeFileSync(
      join(dir, 'es.cjs'),
      program("const cp = require('career-plan');\nconst { es } = require('career-plan/locales/es');"),
    );
    expect(JSON.parse(sh('node', ['es.cjs']))).toEqual(spanish);
  });

  it('ships the pictures as their own entry, in ESM and CommonJS', () => {
    const program = (load: string): string =>
      `${load}\nconst plan = cp.createPlan({ owner: { id: 'alex', name: 'Alex' } });\n` +
      "const svg = pictures.interestHexagon(plan) + pictures.timeline(plan, { today: '2026-07-01' });\n" +
      "console.log(JSON.stringify([svg.split('<svg ').length - 1, svg.includes('No interest scores yet')]));";
    writeFileSync(
      join(dir, 'pictures.mjs'),
      program("import * as cp from 'career-plan';\nimport * as pictures from 'career-plan/pictures';"),
    );
    expect(JSON.parse(sh('node', ['pictures.mjs']))).toEqual([2, true]);
    writeFileSync(
      join(dir, 'pictures.cjs'),
      program("const cp = require('career-plan');\nconst pictures = require('career-plan/pictures');"),
    );
    expect(JSON.parse(sh('node', ['pictures.cjs']))).toEqual([2, true]);
  });

  it('shares one copy of the library among its entries, in ESM and CommonJS', () => {
    // An error from another entry is the main entry's CareerPlanError (CommonJS is split into
    // shared chunks as ESM is, instead of a copy of the library per entry).
    const program = (load: string): string =>
      `${load}\nconst caught = [];\n` +
      'for (const fn of [() => exported.toMarkdown(null), () => pictures.timeline(null, {})]) {\n' +
      '  try { fn(); } catch (error) { caught.push(error instanceof cp.CareerPlanError && error.code); }\n' +
      '}\nconsole.log(JSON.stringify(caught));';
    writeFileSync(
      join(dir, 'shared.mjs'),
      program(
        "import * as cp from 'career-plan';\nimport * as exported from 'career-plan/export';\n" +
          "import * as pictures from 'career-plan/pictures';",
      ),
    );
    expect(JSON.parse(sh('node', ['shared.mjs']))).toEqual(['invalid-plan', 'invalid-plan']);
    writeFileSync(
      join(dir, 'shared.cjs'),
      program(
        "const cp = require('career-plan');\nconst exported = require('career-plan/export');\n" +
          "const pictures = require('career-plan/pictures');",
      ),
    );
    expect(JSON.parse(sh('node', ['shared.cjs']))).toEqual(['invalid-plan', 'invalid-plan']);
  });

  const usage =
    `import { createPlan, transition, addGoal, deserialize, type Plan, type CareerStageId, type Goal } from ` +
    `'career-plan';
import { toICalendar, toMarkdown } from 'career-plan/export';
const plan: Plan<CareerStageId> = createPlan({ owner: { id: 'alex' } });
const next = addGoal(plan, { title: 'Get certified', kind: 'education', horizon: 'short' });
const goal: Goal | undefined = next.goals[0];
transition(next, 'exploration');
// @ts-expect-error: not a stage of the career process
transition(next, 'exploraton');
const loaded: Plan = deserialize('{}');
const markdown: string = toMarkdown(loaded, { includeHistory: true });
// @ts-expect-error: the export entry's options are typed too
toICalendar(loaded, { includeGoals: 'yes' });
export { goal, loaded, markdown };
`;

  it('runs the same scenario under Bun and Deno', () => {
    // The runtimes the README names besides Node and browsers, from npm at pinned versions.
    sh(npm, [
      'install',
      'bun@1.4.5',
      'deno@2.9.6',
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
    ]);
    const esm = scenario(
      "import * as cp from 'career-plan';\nimport * as exported from 'career-plan/export';\n" +
        "import schema from 'career-plan/schema.json' with { type: 'json' };",
    );
    writeFileSync(join(dir, 'runtimes.mjs'), esm);
    const bin = (name: string): string => join(dir, 'node_modules', '.bin', name);
    expect(JSON.parse(sh(bin('bun'), ['runtimes.mjs']))).toEqual(expected);
    // No permission asked: the library reads no environment variable, file or network.
    expect(JSON.parse(sh(bin('deno'), ['run', 'runtimes.mjs']))).toEqual(expected);
  });

  it('works with the oldest zod its peer range allows (the same scenario, and the types compile)', () => {
    const range =
      (
        JSON.parse(sh('node', ['-p', "JSON.stringify(require('./package.json').peerDependencies)"], root)) as Record<
          string,
          string
        >
      ).zod ?? '';
    const oldest = /^\^(\d+\.\d+\.\d+)$/.exec(range)?.[1];
    expect(oldest, `peerDependencies.zod is a caret range: ${range}`).toBeDefined();
    const old = mkdtempSync(join(tmpdir(), 'career-plan-oldest-zod-'));
    try {
      const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz')) as string;
      writeFileSync(join(old, 'package.json'), JSON.stringify({ name: 'app', private: true, version: '1.0.0' }));
      sh(
        npm,
        [
          'install',
          join(dir, tarball),
          `zod@${oldest}`,
          '--no-audit',
          '--no-fund',
          '--prefer-offline',
          '--loglevel=error',
        ],
        old,
      );
      expect(sh('node', ['-p', "require('zod/package.json').version"], old).trim()).toBe(oldest);
      writeFileSync(
        join(old, 'esm.mjs'),
        scenario(
          "import * as cp from 'career-plan';\nimport * as exported from 'career-plan/export';\n" +
            "import schema from 'career-plan/schema.json' with { type: 'json' };",
        ),
      );
      expect(JSON.parse(sh('node', ['esm.mjs'], old))).toEqual(expected);
      writeFileSync(join(old, 'usage.mts'), usage);
      const args = [
        tsc,
        '--noEmit',
        '--strict',
        '--exactOptionalPropertyTypes',
        '--module',
        'node16',
        '--moduleResolution',
        'node16',
        '--target',
        'es2022',
        '--skipLibCheck',
        'false',
        'usage.mts',
      ];
      expect(() => sh('node', args, old)).not.toThrow();
    } finally {
      rmSync(old, { recursive: true, force: true });
    }
  });

  for (const [module, resolution] of [
    ['node16', 'node16'],
    ['esnext', 'bundler'],
  ] as const) {
    it(`compiles a typed usage file against the shipped declarations (moduleResolution ${resolution})`, () => {
      const file = `usage-${resolution}.${resolution === 'node16' ? 'mts' : 'ts'}`;
      writeFileSync(join(dir, file), usage);
      const args = [
        tsc,
        '--noEmit',
        '--strict',
        '--exactOptionalPropertyTypes',
        '--module',
        module,
        '--moduleResolution',
        resolution,
        '--target',
        'es2022',
        '--skipLibCheck',
        'false',
        file,
      ];
      expect(() => sh('node', args)).not.toThrow();
    });
  }
});
