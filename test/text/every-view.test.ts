import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as cp from '../../src/index.js';
import { toICalendar, toMarkdown } from '../../src/export/index.js';
import { es } from '../../src/locales/es.js';
import { codeOf, realisticPlan } from '../helpers.js';
import { NAMES, spanishOnly } from './english-words.js';

const messages = (result: { readonly error?: { readonly issues: readonly { readonly message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message);

/** Every text a person typed into the plan (and each as toMarkdown or toICalendar escapes it), longest first. */
function typedTexts(plan: unknown): string[] {
  const typed = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      typed.add(value);
      typed.add(value.replace(/([\\`*_[\]<>|~#!])/g, '\\$1'));
      typed.add(value.replace(/([\\;,])/g, '\\$1'));
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(collect);
  };
  collect(plan);
  return [...typed].filter((text) => text.length > 2).sort((a, b) => b.length - a.length);
}

/** `text` without what the person typed, the library's names, and dates: what is left is the language's. */
function wordsOf(text: string, typed: readonly string[]): string {
  let rest = text;
  for (const typedText of typed) rest = rest.split(typedText).join(' ');
  return rest.replace(NAMES, '').replace(/\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?/g, '');
}

describe('form-ready validation', () => {
  it('words every issue of an input schema so that a person can act on it, in English and in Spanish', () => {
    const input = {
      title: '   ',
      kind: 'skill',
      horizon: 'soon',
      targetDate: '30/09/2026',
      description: 'x'.repeat(20_001),
      bogus: 1,
    };
    expect(messages(cp.goalInputSchema.safeParse(input, { error: cp.inputErrors() }))).toEqual([
      'Enter a title',
      'Use at most 20000 characters',
      'Choose one of: short or long',
      'Use a date like 2026-09-30',
      'Remove what this does not take: bogus',
    ]);
    expect(messages(cp.goalInputSchema.safeParse(input, { error: cp.inputErrors(es) }))).toEqual([
      'Escribe un título',
      'Usa como máximo 20000 caracteres',
      'Elige una opción: short o long',
      'Usa una fecha como 2026-09-30',
      'Quita lo que no corresponde: bogus',
    ]);
    const day = { title: 'Get certified', kind: 'skill', horizon: 'short', targetDate: '2026-02-30' };
    expect(messages(cp.goalInputSchema.safeParse(day, { error: cp.inputErrors() }))).toEqual([
      'There is no such day as 2026-02-30',
    ]);
    expect(messages(cp.goalInputSchema.safeParse(day, { error: cp.inputErrors(es) }))).toEqual([
      'No existe el día 2026-02-30',
    ]);
    expect(
      messages(cp.goalInputSchema.safeParse({ kind: 'skill', horizon: 'short' }, { error: cp.inputErrors() })),
    ).toEqual(['Enter a title']);
    expect(
      messages(
        cp.careerOptionInputSchema.safeParse(
          { title: 'Help desk', socCode: '151232', interestCode: 'RRX', fit: 9, origin: { kind: 'self' } },
          { error: cp.inputErrors(es) },
        ),
      ),
    ).toEqual([
      'Usa un código O*NET-SOC como 15-1232.00',
      'Usa de una a tres letras distintas de RIASEC, como IRC',
      'Escribe 5 o menos',
    ]);
    expect(
      messages(cp.advisorInputSchema.safeParse({ id: 'dana', role: 'Career Counselor' }, { error: cp.inputErrors() })),
    ).toEqual(['Use lower-case words joined by hyphens, such as counselor']);
  });

  it('trims titles and refuses blank ones, in the input schemas, the edits and the updates', () => {
    expect(cp.goalInputSchema.parse({ title: '  Get certified ', kind: 'skill', horizon: 'short' }).title).toBe(
      'Get certified',
    );
    let plan = cp.addGoal(realisticPlan(), { id: 'g9', title: '\tLearn Linux  ', kind: 'skill', horizon: 'short' });
    expect(plan.goals.find((goal) => goal.id === 'g9')?.title).toBe('Learn Linux');
    plan = cp.updateGoal(plan, 'g9', { title: ' Learn Linux well ' });
    expect(plan.goals.find((goal) => goal.id === 'g9')?.title).toBe('Learn Linux well');
    plan = cp.addStrategy(plan, 'g9', { id: 's9', title: ' Take a course', byWho: ' me ' });
    const strategy = plan.goals.find((goal) => goal.id === 'g9')?.strategies.find((s) => s.id === 's9');
    expect([strategy?.title, strategy?.byWho]).toEqual(['Take a course', 'me']);
    expect(codeOf(() => cp.updateGoal(plan, 'g9', { title: '   ' }))).toBe('invalid-input');
    expect(codeOf(() => cp.updateStrategy(plan, 's9', { title: ' ' }))).toBe('invalid-input');
    expect(codeOf(() => cp.updatePlan(plan, { title: ' ' }))).toBe('invalid-input');
    expect(codeOf(() => cp.createPlan({ owner: { id: 'alex' }, title: '' }))).toBe('invalid-input');
    expect(codeOf(() => cp.addMilestone(plan, { title: ' ', date: '2026-09-30' }))).toBe('invalid-input');
    // The message of the error says it as a form would.
    expect(() => cp.addGoal(plan, { title: ' ', kind: 'skill', horizon: 'short' })).toThrow(/Enter a title/);
    // A stored plan keeps the looser title schema: plans saved before load as they were.
    expect(cp.titleSchema.safeParse(' padded ').data).toBe(' padded ');
  });

  it('leaves an app’s own messages alone, and works as zod’s global error map too', () => {
    const schema = z.strictObject({
      title: cp.titleInputSchema,
      code: z.string().refine((value) => value.startsWith('A'), 'Codes start with A'),
    });
    expect(messages(schema.safeParse({ title: '', code: 'B' }, { error: cp.inputErrors(es) }))).toEqual([
      'Escribe un título',
      'Codes start with A',
    ]);
    z.config({ customError: cp.inputErrors(es) });
    try {
      expect(messages(cp.milestoneInputSchema.safeParse({ title: 'Hired', date: '2026-13-01' }))).toEqual([
        'No existe el día 2026-13-01',
      ]);
    } finally {
      z.config({ customError: undefined });
    }
    expect(codeOf(() => cp.inputErrors({ locale: 'xx' } as never))).toBe('invalid-input');
  });
});

describe('every error code in both languages', () => {
  const examples: Readonly<Record<cp.CareerPlanErrorCode, cp.CareerPlanError>> = {
    'invalid-input': new cp.CareerPlanError('invalid-input', 'x', {
      issues: cp.goalInputSchema.safeParse({ title: '', kind: 'skill', horizon: 'x' }).error?.issues ?? [],
    }),
    'invalid-plan': new cp.CareerPlanError('invalid-plan', 'x'),
    'not-found': new cp.CareerPlanError('not-found', 'x', { kind: 'career option', id: 'o9' }),
    'duplicate-id': new cp.CareerPlanError('duplicate-id', 'x', { id: 'g1' }),
    'invalid-reference': new cp.CareerPlanError('invalid-reference', 'x', { field: 'goalIds', id: 'g9' }),
    'transition-blocked': new cp.CareerPlanError('transition-blocked', 'x', {
      from: 'self-assessment',
      to: 'exploration',
      reasons: [
        { code: 'needs-assessment', message: 'Record at least one assessment before exploring careers', stage: 'x' },
      ],
    }),
    'unknown-stage': new cp.CareerPlanError('unknown-stage', 'x', { stage: 'networking' }),
    'invalid-process': new cp.CareerPlanError('invalid-process', 'x'),
    'unknown-process': new cp.CareerPlanError('unknown-process', 'x'),
    'invalid-json': new cp.CareerPlanError('invalid-json', 'x'),
    'invalid-document': new cp.CareerPlanError('invalid-document', 'x'),
    'unsupported-version': new cp.CareerPlanError('unsupported-version', 'x', { version: 9, supported: 4 }),
    'corrupt-history': new cp.CareerPlanError('corrupt-history', 'x', { seq: 3 }),
    'too-large': new cp.CareerPlanError('too-large', 'x'),
    forbidden: new cp.CareerPlanError('forbidden', 'x', { actor: 'dana' }),
    conflict: new cp.CareerPlanError('conflict', 'x'),
    'history-not-loaded': new cp.CareerPlanError('history-not-loaded', 'x'),
  };

  it('says each code in a sentence of its own, with what is at fault in the language', () => {
    const english = Object.values(examples).map((error) => cp.describeError(error));
    const spanish = Object.values(examples).map((error) => cp.describeError(error, { catalog: es }));
    expect(new Set(english).size).toBe(english.length);
    expect(new Set(spanish).size).toBe(spanish.length);
    spanishOnly(spanish.map((text) => text.replace(NAMES, '').replace(/short|long|o9|g1|networking/g, '')));
    expect(cp.describeError(examples['invalid-input'])).toBe(
      'Check what was entered: Enter a title; Choose one of: short or long',
    );
    expect(cp.describeError(examples['not-found'], { catalog: es })).toBe('No se encontró la opción profesional o9');
    expect(cp.describeError(examples['transition-blocked'], { catalog: es })).toBe(
      'El plan todavía no puede avanzar: Registra al menos una evaluación antes de explorar carreras',
    );
  });

  it('says the errors the library throws', () => {
    const plan = realisticPlan();
    const said = (fn: () => unknown): string => {
      try {
        fn();
      } catch (error) {
        if (error instanceof cp.CareerPlanError) return cp.describeError(error, { catalog: es });
        throw error;
      }
      throw new Error('no error');
    };
    expect(said(() => cp.addGoal(plan, { title: '', kind: 'skill', horizon: 'short', targetDate: '2026-02-30' }))).toBe(
      'Revisa los datos: Escribe un título; No existe el día 2026-02-30',
    );
    expect(said(() => cp.updateGoal(plan, 'g404', { priority: 'low' }))).toBe('No se encontró la meta g404');
    expect(said(() => cp.addGoal(plan, { id: 'g1', title: 'Again', kind: 'skill', horizon: 'short' }))).toBe(
      'El id g1 ya está en uso',
    );
    expect(said(() => cp.deserialize('{'))).toBe('El documento no es JSON');
    const fresh = cp.createPlan({ owner: { id: 'alex' } });
    expect(said(() => cp.transition(fresh, 'exploration'))).toBe(
      'El plan todavía no puede avanzar: Registra al menos una evaluación antes de explorar carreras; ' +
        'Identifica al menos una opción profesional para explorar',
    );
    expect(codeOf(() => cp.describeError(examples.conflict, 'es' as never))).toBe('invalid-input');
  });
});

describe('every view in Spanish', () => {
  it('leaves no English in what the views write, but the names people typed', () => {
    const fixture = readFileSync(new URL('../fixtures/document-v4.json', import.meta.url), 'utf8');
    let plan = cp.deserialize(fixture);
    plan = cp.signPlan(plan, {});
    plan = cp.addGoal(plan, { title: 'Aprender Linux', kind: 'skill', horizon: 'short', targetDate: '2026-01-01' });
    const typed = typedTexts([plan, cp.revisions(plan)]);
    const today = '2026-11-30';
    const texts: string[] = [
      toMarkdown(plan, { catalog: es, includeHistory: true }),
      toICalendar(plan, { catalog: es, env: cp.fixedEnv() }),
      ...cp.revisions(plan).map((revision) => cp.describeRevision(revision, { catalog: es, includeReason: true })),
      ...cp.signatureStatus(plan, { catalog: es }).flatMap((status) => status.changes.map((c) => c.description)),
      ...cp.matchOptions(plan, { catalog: es }).ranked.flatMap((match) => match.reasons),
      ...cp.matchOptions(plan, { catalog: es }).notRated.map((option) => option.reason),
      ...plan.goals.flatMap((goal) =>
        cp.checkGoal(goal, { today, catalog: es }).findings.map((finding) => finding.message),
      ),
      ...cp.nextActions(plan, { today, catalog: es }).flatMap((action) => ('kind' in action ? [action.title] : [])),
      ...cp.careerProcess.stages.flatMap((stage) => {
        const result = cp.canTransition(cp.createPlan({ owner: { id: 'alex' } }), stage.id, { catalog: es });
        return result.ok ? [] : result.reasons.map((reason) => reason.message);
      }),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts)
      for (const line of wordsOf(text, typed).split(/\r?\n/))
        // iCalendar's property names are the format's, not English.
        if (!/^[A-Z-]+[;:]/.test(line)) spanishOnly([line]);
    const calendar = toICalendar(plan, { catalog: es, env: cp.fixedEnv() });
    expect(calendar).toContain('SUMMARY;LANGUAGE=es:Meta: Aprender Linux');
    expect(calendar).toContain('CATEGORIES;LANGUAGE=es:habilidad');
    expect(toICalendar(plan, { env: cp.fixedEnv() })).toContain('SUMMARY:Goal: Aprender Linux');
  });

  it('gives a plan created in Spanish without a title a Spanish one, which the views then show', () => {
    const plan = cp.createPlan({ owner: { id: 'alex', name: 'Alex Rivera' } }, { catalog: es, env: cp.fixedEnv() });
    const typed = typedTexts([plan.owner]);
    const texts = [toMarkdown(plan, { catalog: es }), toICalendar(plan, { catalog: es, env: cp.fixedEnv() })];
    for (const text of texts)
      for (const line of wordsOf(text, typed).split(/\r?\n/)) if (!/^[A-Z-]+[;:]/.test(line)) spanishOnly([line]);
    expect(texts[0]).toMatch(/^# Plan de acción profesional\n/);
    expect(texts[1]).toContain('X-WR-CALNAME:Plan de acción profesional');
  });
});
