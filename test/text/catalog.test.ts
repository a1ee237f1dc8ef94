import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { es } from '../../src/locales/es.js';
import { formatList } from '../../src/text/intl.js';
import { realisticPlan } from '../helpers.js';

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

/** Words that are English and not Spanish: none may be left in a Spanish sentence (names people typed aside). */
const ENGLISH = new RegExp(
  `\\b(?:${[
    'the',
    'your',
    'shares',
    'rated',
    'interests?',
    'goal',
    'stage',
    'first',
    'add',
    'set',
    'through',
    'choose',
    'before',
    'with',
    'has',
    'correlate',
    'same',
    'shape',
    'values',
    'zone',
    'job',
    'review',
    'research',
    'least',
    'career',
    'option',
    'record',
    'identify',
    'weigh',
    'write',
    'this',
    'process',
    'moves',
    'time',
    'already',
    'fill',
    'say',
    'who',
    'date',
    'target',
    'bring',
    'closer',
    'make',
    'mark',
    'dropped',
    'achieved',
    'passed',
    'none',
    'highest',
    'profile',
    'flat',
    'scores',
  ].join('|')})\\b`,
  'i',
);

const spanishOnly = (texts: readonly string[]): void => {
  for (const text of texts) expect(text, text).not.toMatch(ENGLISH);
};

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
        ])
          texts.push((value as (p: unknown) => string)(params));
      } else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    };
    walk(es.messages);
    expect('Shares your two highest interests').toMatch(ENGLISH); // the check itself finds English
    spanishOnly(texts);
    expect(texts.length).toBeGreaterThan(60);
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
