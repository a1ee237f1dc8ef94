import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs an example as a user would (tsx resolves 'career-plan' to the source) and returns its output. */
const run = (file: string): string =>
  execFileSync(process.execPath, ['--import', 'tsx', `examples/${file}`], {
    cwd: new URL('..', import.meta.url),
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('examples never rot', () => {
  it('quickstart takes one person through all four stages, back once, and prints the plan and its log', () => {
    const out = run('quickstart.ts');
    expect(out).toContain('Can Alex explore careers yet? true');
    expect(out).toContain("Options by the shape of Alex's interests (IRC):");
    expect(out).toContain(
      '1. Computer User Support Specialist: Shares your three highest interests, Investigative, Realistic, and ' +
        'Conventional; Interest profiles correlate at 0.98 (1 is the same shape)',
    );
    expect(out).toMatch(
      /3\. Credit Authorizers, Checkers, and Clerks: Shares 1 of your three highest interests: Conventional/,
    );
    expect(out).toContain('This file includes information from O*NET data dictionaries');
    expect(out).toContain('Before the action plan: Choose a career option before writing your action plan');
    expect(out).toMatch(/Stored \d+ characters; reloaded 27 revisions, stage Action plan\./);
    expect(out).toContain('On 10 January the plan was in Self assessment with 2 options and 0 goals.');
    expect(out).toContain('Visits to exploration: 2');
    expect(out).toContain('Dana sees 26 revisions and 0 private notes; Alex has 1.');
    expect(out).toContain('- Take a practice exam (Finish the CompTIA A+ certificate, due 2026-05-15)');
    expect(out).toContain('- Pass Core 1 (Finish the CompTIA A+ certificate, due 2026-06-30)');
    expect(out).toContain(
      "18. 2026-01-29: Alex Rivera added the strategy 'Take a practice exam' (suggested by Dana (counselor))",
    );
    expect(out).toContain("# Alex's career action plan");
    expect(out).toContain('- [x] Enroll in the evening course');
    expect(out).toContain(
      '5. Career exploration, 2026-02-08 to 2026-02-08: Shadow a network technician before committing',
    );
    expect(out).toContain(
      "25. 2026-03-10: Alex Rivera updated the goal 'Finish the CompTIA A+ certificate': The spring exam session is " +
        'full',
    );
    expect(out).toContain(
      "27. 2026-03-10: Alex Rivera undid a change (updated the goal 'Work as a help desk technician')",
    );
    expect(out).not.toContain('JobPath funding');
  });

  it('quickstart runs in Spanish, every sentence of the library in Spanish', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/quickstart.ts', '--locale', 'es'], {
      cwd: new URL('..', import.meta.url),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(out).toContain('¿Puede Alex explorar carreras ya? true');
    expect(out).toContain(
      '1. Computer User Support Specialist: Comparte tus tres intereses más altos: Investigador, Realista y ' +
        'Convencional; Los perfiles de intereses se correlacionan en 0,98 (1 es la misma forma)',
    );
    expect(out).toContain('Antes del plan de acción: Elige una opción profesional antes de escribir tu plan de acción');
    expect(out).toMatch(/Guardados \d+ caracteres; recargadas 27 revisiones, etapa Plan de acción\./);
    expect(out).toContain('## Metas a corto plazo');
    expect(out).toContain(
      '18. 2026-01-29: Alex Rivera agregó la estrategia «Take a practice exam» (sugerencia de Dana (counselor))',
    );
    expect(out).toContain(
      '27. 2026-03-10: Alex Rivera deshizo un cambio (actualizó la meta «Work as a help desk technician»)',
    );
    expect(out).not.toMatch(/Shares|Journey|Short-term goals|added the|Next actions/);
  });

  it('custom-stage inserts a typed networking stage with its own rule and data', () => {
    const out = run('custom-stage.ts');
    expect(out).toContain('Stages: self-assessment -> exploration -> networking -> match -> action-plan');
    expect(out).toContain('Can Sam choose yet? Log at least one networking contact before choosing');
    expect(out).toContain('Contacts: Priya (Documentation lead)');
    expect(out).toContain('Stage now: match');
    expect(out).toContain(
      "last: Sam Okafor moved the plan from 'Networking' to 'Match': Priya says the field is hiring",
    );
  });

  it('the pictures of the example plan in docs/pictures are the ones the library draws today', async () => {
    const cp = await import('../src/index.js');
    const { es } = await import('../src/locales/es.js');
    const { interestHexagon, timeline } = await import('../src/pictures/index.js');
    const { picturePlan } = await import('../examples/picture-plan.js');
    const plan = picturePlan(cp);
    const drawn: Record<string, string> = {
      'interest-hexagon.svg': interestHexagon(plan, { optionIds: ['support', 'network'] }),
      'timeline.svg': timeline(plan, { today: '2026-07-01' }),
      'interest-hexagon.es.svg': interestHexagon(plan, { optionIds: ['support', 'network'], catalog: es }),
      'timeline.es.svg': timeline(plan, { today: '2026-07-01', catalog: es }),
    };
    for (const [name, svg] of Object.entries(drawn))
      expect(
        readFileSync(new URL(`../docs/pictures/${name}`, import.meta.url), 'utf8'),
        `${name}: npm run pictures`,
      ).toBe(svg);
  });

  it('persistence stores, reloads, time-travels and refuses tampered documents', () => {
    const out = run('persistence.ts');
    expect(out).toMatch(/Document: \d+ characters, 4 revisions/);
    expect(out).toContain('Target date now: 2027-01-31; on 1 February it was: 2026-09-30');
    expect(out).toContain('Tampered document: corrupt-history');
    expect(out).toContain('Newer format: unsupported-version');
    expect(out).toContain('JSON Schema: career-plan document, format version 5');
  });
});

describe('the README', () => {
  it('starts with the two commands, and its usage example really runs', () => {
    const root = new URL('..', import.meta.url);
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const commands = readme.split('```sh')[1]?.split('```')[0] ?? '';
    expect(commands).toContain('npm ci && npm run example');
    expect(commands).toContain('npm test');
    const usage = readme.split('## Use')[1]?.split('```ts')[1]?.split('```')[0];
    expect(usage).toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), 'career-plan-readme-'));
    try {
      const file = join(dir, 'usage.ts');
      writeFileSync(file, usage ?? '');
      const out = execFileSync(process.execPath, ['--import', 'tsx', file], {
        encoding: 'utf8',
        env: { ...process.env, TSX_TSCONFIG_PATH: new URL('tsconfig.json', root).pathname },
        timeout: 60_000,
      });
      expect(out).toContain("Alex Rivera added the assessment 'O*NET Interest Profiler'");
      expect(out).toContain('self-assessment');
      expect(out).toContain('# Career action plan');
      const spanish = readme.split('## Use')[1]?.split('```ts')[2]?.split('```')[0] ?? '';
      writeFileSync(file, spanish);
      const salida = execFileSync(process.execPath, ['--import', 'tsx', file], {
        encoding: 'utf8',
        env: { ...process.env, TSX_TSCONFIG_PATH: new URL('tsconfig.json', root).pathname },
        timeout: 60_000,
      });
      expect(salida).toContain('Alex Rivera agregó la meta «Terminar el certificado CompTIA A+»');
      expect(salida).toContain('## Metas a corto plazo');
      expect(salida).toContain('fecha límite: 30 de septiembre de 2026.');
      expect(salida).toContain("[ 'Escribe un título', 'No existe el día 2026-02-30' ]");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
