import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { toMarkdown } from '../../src/export/index.js';
import { es } from '../../src/locales/es.js';
import { formatList } from '../../src/text/intl.js';
import { realisticPlan } from '../helpers.js';
import { ENGLISH, NAMES, spanishOnly } from './english-words.js';

/** The shape of a catalog's messages: each id, and for nested tables each key, with what it holds. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function`];
  if (typeof value === 'string') return [`${path}: text`];
  if (typeof value === 'object' && value !== null)
    return Object.keys(value)
      .sort()
      .flatMap((key) => shape((value as Record<string, unknown>)[key], path === '' ? key : `${path}.${key}`));
  return [`${path}: ${typeof value}`];
}

describe('catalogs', () => {
  it('every message id of English exists in Spanish, with the same kind of value', () => {
    expect(shape(es.messages)).toEqual(shape(cp.en.messages));
    expect(shape(cp.en.messages).length).toBeGreaterThan(40);
    expect([cp.en.locale, es.locale]).toEqual(['en', 'es']);
    expect(Object.isFrozen(es.messages)).toBe(true);
  });

  it('every Spanish message is Spanish, for any parameters', () => {
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (typeof value === 'function') {
        for (const params of [
          { count: 2, of: 3, areas: ['Investigador', 'Realista'], code: 'IRC', r: 0.98 },
          { person: 'IRC', occupation: 'CES', c: 6, zone: 3, preparing: 4, process: 'Proceso', stage: 'Elección' },
          { zone: 3, next: 'Elección', rule: 'needs-x', error: 'x', count: 1, areas: ['Social'] },
          { zone: 3, preparing: 3, count: 3, areas: ['Social', 'Artístico', 'Emprendedor'] },
          { profiles: ['Alex: Realista 62'], goals: 2, steps: 1, overdue: 1, from: '2026-01-01', to: '2026-12-31' },
          { today: '2026-07-01', what: 'Linux', date: '2026-07-01', state: 'overdue', n: 2 },
        ])
          texts.push(
            (value as (p: unknown) => string)({
              profiles: ['Alex: Realista 62'],
              kind: 'course',
              option: 'Linux',
              ...params,
            }),
          );
      } else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    };
    walk(es.messages);
    texts.forEach((text, i) => (texts[i] = text.replace(NAMES, '')));
    expect('Shares your two highest interests').toMatch(ENGLISH); // the check itself finds English
    spanishOnly(texts);
    expect(texts.length).toBeGreaterThan(60);
  });

  it('chooses the form of a word by the number, through Intl.PluralRules', () => {
    const say = (catalog: cp.Catalog, n: number): string[] => [
      catalog.messages.markdown.everyMonths({ n }),
      catalog.messages.markdown.changedSince({ n }),
    ];
    expect(say(cp.en, 1)).toEqual(['Reviewed every month.', 'changed since (1 revision)']);
    expect(say(cp.en, 6)).toEqual(['Reviewed every 6 months.', 'changed since (6 revisions)']);
    expect(say(es, 1)).toEqual(['Se revisa cada mes.', 'con 1 cambio desde entonces']);
    expect(say(es, 6)).toEqual(['Se revisa cada 6 meses.', 'con 6 cambios desde entonces']);
  });

  it('formats lists as the language does', () => {
    expect(formatList('en', ['Investigative', 'Realistic', 'Conventional'])).toBe(
      'Investigative, Realistic, and Conventional',
    );
    expect(formatList('es', ['Investigador', 'Realista', 'Convencional'])).toBe(
      'Investigador, Realista y Convencional',
    );
  });

  it('defineCatalog refuses a catalog with a message missing, unknown or of the wrong kind', () => {
    const fails = (catalog: unknown, message: string) =>
      expect(() => cp.defineCatalog(catalog as cp.Catalog)).toThrow(
        expect.objectContaining({ code: 'invalid-input', details: expect.objectContaining({ message }) }),
      );
    const { reviewThePlan: _dropped, ...missing } = cp.en.messages;
    fails({ locale: 'fr', messages: missing }, 'reviewThePlan');
    fails({ locale: 'fr', messages: { ...cp.en.messages, reviewThePlan: () => 'x' } }, 'reviewThePlan');
    fails(
      { locale: 'fr', messages: { ...cp.en.messages, area: { ...cp.en.messages.area, socail: 'x' } } },
      'area.socail',
    );
    expect(() => cp.defineCatalog({ locale: 'not a tag', messages: cp.en.messages })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => cp.defineCatalog(null as never)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(Object.isFrozen(cp.defineCatalog({ locale: 'es-MX', messages: es.messages }))).toBe(true);
  });

  it('a catalog of the app’s own works wherever one is taken', () => {
    const loud = cp.defineCatalog({
      locale: 'en-x-loud',
      messages: {
        ...cp.en.messages,
        reviewThePlan: 'REVIEW THE PLAN',
        area: { ...cp.en.messages.area, social: 'SOCIAL' },
      },
    });
    let plan = cp.updatePlan(realisticPlan(), { reviewCadence: { everyMonths: 1 } });
    plan = cp.addReview(plan, { date: '2026-01-10', agreed: 'x' });
    expect(cp.nextActions(plan, { today: '2026-03-01', catalog: loud })[0]?.title).toBe('REVIEW THE PLAN');
    expect(() => cp.nextActions(plan, { today: '2026-03-01', catalog: {} as never })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => cp.canTransition(plan, 'match', { catalog: 'es' as never })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});

describe('views in Spanish', () => {
  const interests = { realistic: 62, investigative: 71, artistic: 20, social: 45, enterprising: 30, conventional: 55 };

  it('matchOptions says why in Spanish, for every reason and every option it cannot rate', () => {
    let plan = cp.addAssessment(cp.createPlan({ owner: { id: 'alex' } }), {
      kind: 'interests',
      instrument: 'O*NET Interest Profiler',
      takenAt: '2026-01-10',
      results: { riasec: interests, jobZone: 4 },
    });
    plan = cp.addCareerOption(plan, {
      id: 'tech',
      title: 'Técnico (perfil inventado)',
      interests: { realistic: 6, investigative: 6.5, artistic: 1.5, social: 3, enterprising: 2, conventional: 5 },
      jobZone: 3,
      workValues: {
        achievement: 6,
        workingConditions: 5,
        recognition: 3,
        relationships: 5.5,
        support: 5,
        independence: 4,
      },
    });
    plan = cp.addCareerOption(plan, { id: 'clerk', title: 'Empleado', interestCode: 'C' });
    plan = cp.addCareerOption(plan, { id: 'baker', title: 'Panadero' });
    const byCorrelation = cp.matchOptions(plan, { catalog: es });
    expect(byCorrelation.ranked[0]?.reasons).toEqual([
      'Comparte tus tres intereses más altos: Investigador, Realista y Convencional',
      'Los perfiles de intereses se correlacionan en 0,98 (1 es la misma forma)',
      'Códigos Holland IRC y IRC: índice C de 18 sobre 18',
      'Zona laboral 3; te preparas para la zona laboral 4',
    ]);
    const byCode = cp.matchOptions(plan, { catalog: es, method: 'c-index' });
    expect(byCode.ranked[1]?.reasons[0]).toBe('Comparte 1 de tus tres intereses más altos: Convencional');
    const texts = [
      ...byCorrelation.ranked.flatMap((m) => m.reasons),
      ...byCorrelation.notRated.map((u) => u.reason),
      ...byCode.ranked.flatMap((m) => m.reasons),
      ...byCode.notRated.map((u) => u.reason),
      ...cp.matchOptions(plan, { catalog: es, rankBy: 'values' }).notRated.map((u) => u.reason),
      ...cp.matchOptions(cp.createPlan({ owner: { id: 'a' } }), { catalog: es }).notRated.map((u) => u.reason),
    ];
    spanishOnly(texts.map((text) => text.replace('O*NET', '')));
  });

  it('checkGoal writes every finding in Spanish', () => {
    const bare: cp.Goal = {
      id: 'g1',
      title: 'Obtener la certificación',
      kind: 'education',
      horizon: 'short',
      status: 'open',
      priority: 'high',
      strategies: [],
    };
    const findings = [
      ...cp.checkGoal(bare, { today: '2026-03-01', catalog: es }).findings,
      ...cp.checkGoal(bare, { today: '2026-03-01', catalog: es, rules: cp.smartRules.myIdp }).findings,
      ...cp.checkGoal({ ...bare, targetDate: '2020-01-01' }, { today: '2026-03-01', catalog: es }).findings,
      ...cp.checkGoal({ ...bare, targetDate: '2029-01-01' }, { today: '2026-03-01', catalog: es }).findings,
      ...cp.checkGoal({ ...bare, horizon: 'long', targetDate: '2026-06-01' }, { today: '2026-03-01', catalog: es })
        .findings,
      ...cp.checkGoal({ ...bare, horizon: 'long', targetDate: '2040-06-01' }, { today: '2026-03-01', catalog: es })
        .findings,
    ];
    expect(new Set(findings.map((f) => f.code)).size).toBe(8);
    expect(findings[0]?.message).toBe('Di concretamente qué significa la meta: agrega una descripción');
    spanishOnly(findings.map((f) => f.message));
    // the same call in English right after: the language of each call is its own
    expect(cp.checkGoal(bare, { today: '2026-03-01' }).findings[0]?.message).toMatch(/^Say specifically/);
  });

  it('canTransition gives its reasons in Spanish, with the stages by their Spanish titles', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' } });
    const reasons = [
      ...((
        cp.canTransition(plan, 'exploration', { catalog: es }) as { readonly reasons: readonly cp.TransitionReason[] }
      ).reasons ?? []),
      ...((cp.canTransition(plan, 'match', { catalog: es }) as { readonly reasons: readonly cp.TransitionReason[] })
        .reasons ?? []),
      ...((
        cp.canTransition(plan, 'self-assessment', { catalog: es }) as {
          readonly reasons: readonly cp.TransitionReason[];
        }
      ).reasons ?? []),
      ...((
        cp.canTransition(plan, 'nowhere' as never, { catalog: es }) as {
          readonly reasons: readonly cp.TransitionReason[];
        }
      ).reasons ?? []),
    ];
    expect(reasons.map((r) => r.message)).toEqual([
      'Registra al menos una evaluación antes de explorar carreras',
      'Identifica al menos una opción profesional para explorar',
      'Registra al menos una evaluación antes de explorar carreras',
      'Identifica al menos una opción profesional para explorar',
      'Investiga al menos una opción profesional (notas de investigación o una actividad de exploración) antes de ' +
        'comparar tus opciones',
      'El plan ya está en la etapa «Autoevaluación»',
      'El proceso «Proceso de planificación profesional» no tiene la etapa «nowhere»',
    ]);
    spanishOnly(reasons.map((r) => r.message.replace('nowhere', '')));
  });

  it('custom stages and rules bring their own words in each language', () => {
    const networking = cp.defineStage({
      id: 'networking',
      title: 'Networking',
      description: 'Meet people in the field',
      translations: { es: { title: 'Contactos', description: 'Conoce a personas del campo' } },
    });
    const choose = cp.defineStage({
      id: 'choose',
      title: 'Choose',
      description: 'Pick one',
      rules: [
        {
          code: 'needs-contact',
          message: 'Log at least one contact',
          messages: { es: 'Anota al menos un contacto' },
          check: () => false,
        },
        cp.hasStageData('networking'),
      ],
    });
    const process = cp.defineProcess({
      id: 'networking-process',
      version: 1,
      title: 'Networking process',
      stages: [networking, choose],
    });
    const plan = cp.createPlan({ owner: { id: 'alex' }, process });
    const check = cp.canTransition(plan, 'choose', { catalog: es }) as {
      readonly reasons: readonly cp.TransitionReason[];
    };
    expect(check.reasons.map((r) => r.message)).toEqual([
      'Anota al menos un contacto',
      'Completa primero la etapa Contactos',
    ]);
    // es-MX falls back to es
    const mx = cp.defineCatalog({ ...es, locale: 'es-MX' });
    expect(
      (cp.canTransition(plan, 'choose', { catalog: mx }) as { readonly reasons: readonly cp.TransitionReason[] })
        .reasons[0]?.message,
    ).toBe('Anota al menos un contacto');
    expect(
      (cp.canTransition(plan, 'choose') as { readonly reasons: readonly cp.TransitionReason[] }).reasons.map(
        (r) => r.message,
      ),
    ).toEqual(['Log at least one contact', 'Fill in the Networking stage first']);
    expect(() =>
      cp.defineStage({ id: 'x', title: 'X', description: '', translations: { es: 'Equis' as never } }),
    ).toThrow(expect.objectContaining({ code: 'invalid-process' }));
  });

  it('nextActions titles a due review in Spanish', () => {
    let plan = cp.updatePlan(realisticPlan(), { reviewCadence: { everyMonths: 1 } });
    plan = cp.addReview(plan, { date: '2026-01-10', agreed: 'Seguimos' });
    expect(cp.nextActions(plan, { today: '2026-03-01', catalog: es })[0]).toMatchObject({
      kind: 'review',
      title: 'Revisar el plan',
    });
  });
});

describe('toMarkdown in Spanish', () => {
  it('writes every heading, label and value in Spanish, and parses as Markdown', async () => {
    const MarkdownIt = (await import('markdown-it')).default;
    const { readFileSync } = await import('node:fs');
    const fixture = readFileSync(new URL('../fixtures/document-v4.json', import.meta.url), 'utf8');
    let plan = cp.deserialize(fixture);
    plan = cp.addMilestone(plan, { id: 'm-es', title: 'A+', date: '2026-09-30', reachedOn: '2026-09-12' });
    plan = cp.addEvidence(plan, {
      kind: 'certificate',
      title: 'A+',
      date: '2026-09-12',
      about: { kind: 'milestone', id: 'm-es' },
    });
    plan = cp.addAlternative(plan, { title: 'B', trigger: 'C' });
    plan = cp.addLicense(plan, { name: 'L', expiresOn: '2030-01-01' });
    plan = cp.signPlan(plan, {});
    const md = toMarkdown(plan, { catalog: es });
    expect(md).toContain('**Titular:** Alex Rivera');
    expect(md).toContain('## Recorrido');
    expect(md).toContain('## Metas a corto plazo');
    expect(md).toContain(
      'Tipo: educación y capacitación, prioridad: alta, estado: abierta, fecha límite: 30 de septiembre de 2026.',
    );
    expect(md).toContain('(titular)');
    // What the person typed stays as typed: take out the plan's own texts, then no English word may be left.
    const typed = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string') {
        typed.add(value);
        typed.add(value.replace(/([\\`*_[\]<>|~#!])/g, '\\$1')); // as toMarkdown escapes it
      } else if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
    };
    collect(plan);
    let rest = md;
    for (const text of [...typed].sort((a, b) => b.length - a.length))
      if (text.length > 2) rest = rest.split(text).join(' ');
    for (const line of rest.split('\n')) expect(line, line).not.toMatch(ENGLISH);
    const html = new MarkdownIt().render(md);
    expect(html).toContain('<h2>Recorrido</h2>');
    expect(html).not.toContain('<script');
    // English stays the default
    expect(toMarkdown(plan)).toContain('## Journey');
  });
});

describe('describeRevision in Spanish', () => {
  const base = cp.revisions(realisticPlan())[0] as cp.Revision;
  const subjectOf = (action: cp.Action): cp.RevisionSubject => {
    if (action.startsWith('suggestion.')) return { kind: 'suggestion', id: 'sg', proposes: 'addGoal', label: 'Linux' };
    if (action === 'stage.transition' || action === 'stageData.set')
      return { kind: 'stage', id: 'match', label: 'Match' };
    const kind = action.split('.')[0] as string;
    // The labels the library writes itself, with English between the names.
    if (kind === 'activity') return { kind, id: 'x1', label: 'job shadowing for Linux' };
    if (kind === 'employment' || kind === 'volunteerWork') return { kind, id: 'x1', label: 'Linux at Linux' };
    return { kind, id: 'x1', label: 'Linux' };
  };

  it('says every action in Spanish, with the names people typed as typed', () => {
    const sentences = cp.ACTIONS.map((action) =>
      cp.describeRevision(
        {
          ...base,
          action,
          subject: subjectOf(action),
          from: { kind: 'stage', id: 'exploration', label: 'Career exploration' },
          reason: 'Porque sí',
          ...(action === 'undo' || action === 'redo' ? { target: { id: base.id, action: 'goal.add' } } : {}),
          ...(action === 'goal.update' ? { credit: { id: 'dana', name: 'Dana' } } : {}),
        },
        { catalog: es, includeReason: true },
      ),
    );
    spanishOnly(sentences.map((sentence) => sentence.replace(/Linux|Alex Rivera|Dana/g, '')));
    expect(new Set(sentences).size).toBe(sentences.length); // each action says something of its own
    expect(sentences[cp.ACTIONS.indexOf('goal.add')]).toBe('Alex Rivera agregó la meta «Linux»: Porque sí');
    expect(sentences[cp.ACTIONS.indexOf('goal.update')]).toBe(
      'Alex Rivera actualizó la meta «Linux» (sugerencia de Dana): Porque sí',
    );
    expect(sentences[cp.ACTIONS.indexOf('stage.transition')]).toBe(
      'Alex Rivera pasó el plan de «Exploración de carreras» a «Elección»: Porque sí',
    );
    expect(sentences[cp.ACTIONS.indexOf('suggestion.accept')]).toBe(
      'Alex Rivera aceptó la sugerencia de agregar una meta: Linux: Porque sí',
    );
    expect(sentences[cp.ACTIONS.indexOf('activity.add')]).toBe(
      'Alex Rivera agregó la actividad de exploración «observación en el trabajo para Linux»: Porque sí',
    );
    expect(sentences[cp.ACTIONS.indexOf('employment.update')]).toBe(
      'Alex Rivera actualizó el empleo «Linux en Linux»: Porque sí',
    );
    expect(sentences[cp.ACTIONS.indexOf('undo')]).toBe(
      'Alex Rivera deshizo un cambio (agregó la meta «Linux»): Porque sí',
    );
  });

  it('describes each suggested edit from what the revision records, in either language', () => {
    const plan = realisticPlan();
    const says = (edit: cp.ContentEdit, catalog?: cp.Catalog): string =>
      cp.describeRevision(
        cp.revisions(cp.addSuggestion(plan, { edit }, { by: 'dana' })).at(-1)!,
        catalog === undefined ? {} : { catalog },
      );
    const edits: cp.ContentEdit[] = [
      { kind: 'addGoal', input: { title: 'Learn Linux', kind: 'skill', horizon: 'short' } },
      { kind: 'removeResource', id: 'r1' },
      { kind: 'updateGoal', id: plan.goals[0]!.id, changes: { priority: 'low' } },
      { kind: 'transition', to: 'match' },
      { kind: 'clearDecision' },
      { kind: 'updatePlan', changes: { title: 'Plan B' } },
    ];
    expect(edits.map((edit) => says(edit))).toEqual([
      'Dana (counselor) suggested a goal: Learn Linux',
      'Dana (counselor) suggested removing the resource Pima Community College IT certificate',
      `Dana (counselor) suggested changes to the goal ${plan.goals[0]!.title}`,
      'Dana (counselor) suggested a move to the stage Match',
      'Dana (counselor) suggested withdrawing the decision',
      'Dana (counselor) suggested changes to the plan',
    ]);
    expect(edits.map((edit) => says(edit, es))).toEqual([
      'Dana (counselor) sugirió agregar una meta: Learn Linux',
      'Dana (counselor) sugirió eliminar el recurso «Pima Community College IT certificate»',
      `Dana (counselor) sugirió cambiar la meta «${plan.goals[0]!.title}»`,
      'Dana (counselor) sugirió pasar a la etapa «Elección»',
      'Dana (counselor) sugirió retirar la decisión',
      'Dana (counselor) sugirió cambiar los datos del plan',
    ]);
  });

  it('keeps the English label of a suggestion recorded before, and refuses a forged proposal', async () => {
    const { readFileSync } = await import('node:fs');
    const v3 = readFileSync(new URL('../fixtures/document-v3.json', import.meta.url), 'utf8');
    const old = cp.revisions(cp.deserialize(v3)).find((revision) => revision.action === 'suggestion.add')!;
    expect(cp.describeRevision(old, { catalog: es })).toContain('sugirió a strategy: Book a practice exam');
    let plan = cp.addSuggestion(realisticPlan(), { edit: { kind: 'removeResource', id: 'r1' } }, { by: 'dana' });
    const document = JSON.parse(cp.serialize(plan)) as { revisions: { subject?: { proposes?: string } }[] };
    document.revisions.at(-1)!.subject!.proposes = 'removeGoal';
    expect(() => cp.deserialize(JSON.stringify(document))).toThrow(
      expect.objectContaining({ code: 'corrupt-history' }),
    );
    plan = cp.acceptSuggestion(plan, cp.revisions(plan).at(-1)!.subject!.id!);
    expect(cp.describeRevision(cp.revisions(plan).at(-1)!, { catalog: es })).toBe(
      'Alex Rivera eliminó el recurso «Pima Community College IT certificate» (sugerencia de Dana (counselor))',
    );
  });
});
