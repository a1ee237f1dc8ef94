import { describe, expect, it } from 'vitest';
import { CareerPlanError, careerProcess, createPlan, en, fixedEnv, planSchema, revisions } from '../../src/index.js';
import { es } from '../../src/locales/es.js';
import { isDeepFrozen } from '../helpers.js';

describe('createPlan', () => {
  it('is deterministic under a fixed environment', () => {
    const make = () =>
      createPlan({ owner: { id: 'alex', name: 'Alex' } }, { env: fixedEnv({ start: '2026-03-01T10:00:00.000Z' }) });
    expect(make()).toEqual(make());
    expect(make()).toEqual({
      id: 'id-1',
      title: 'Career action plan',
      owner: { id: 'alex', name: 'Alex' },
      createdAt: '2026-03-01T10:00:00.000Z',
      process: { id: 'career', version: 1 },
      stage: 'self-assessment',
      journey: [
        { stage: 'self-assessment', enteredAt: '2026-03-01T10:00:00.000Z', enteredBy: { id: 'alex', name: 'Alex' } },
      ],
      stageData: {},
      background: { employment: [], education: [], licenses: [], volunteerWork: [] },
      assessments: [],
      careerOptions: [],
      decision: null,
      goals: [],
      barriers: [],
      resources: [],
      milestones: [],
      alternatives: [],
      notes: [],
      advisors: [],
      suggestions: [],
      comments: [],
      privateNotes: [],
      skills: [],
      reviews: [],
      evidence: [],
      signatures: [],
    });
  });

  it('returns a deeply frozen, schema-valid plan in the first stage with an empty history', () => {
    const plan = createPlan({ owner: { id: 'alex' }, title: 'My plan', id: 'p1', process: careerProcess });
    expect(isDeepFrozen(plan)).toBe(true);
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.stage).toBe(careerProcess.stages[0]?.id);
    expect(revisions(plan)).toEqual([]);
    expect(Object.keys(plan)).not.toContain('history');
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    expect(structuredClone(plan)).toEqual(plan);
  });

  it("gives a plan without a title the catalog's title, in English by default", () => {
    const owner = { id: 'alex' };
    expect(createPlan({ owner }).title).toBe(en.messages.planTitle);
    expect(createPlan({ owner }, { catalog: en }).title).toBe('Career action plan');
    expect(createPlan({ owner }, { catalog: es }).title).toBe('Plan de acción profesional');
    expect(createPlan({ owner, title: 'Mi plan' }, { catalog: es }).title).toBe('Mi plan');
    for (const catalog of [null, 'es', { locale: 'es' }]) {
      const attempt = () => createPlan({ owner }, { catalog } as never);
      expect(attempt).toThrow(CareerPlanError);
      expect(attempt).toThrow(/options.catalog must be a language catalog/);
      // Checked even when the input has a title, as every function that takes a catalog does.
      expect(() => createPlan({ owner, title: 'Mi plan' }, { catalog } as never)).toThrow(CareerPlanError);
    }
  });

  it('uses the default environment when none is given', () => {
    const plan = createPlan({ owner: { id: 'alex' } });
    expect(plan.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(plan.createdAt))).toBe(false);
  });

  it('rejects bad input with invalid-input and zod issues', () => {
    const attempts: unknown[] = [
      { owner: { id: '' } },
      { owner: { id: 'alex', extra: true } },
      { owner: { id: 'alex' }, title: '' },
      { owner: { id: 'alex' }, id: 7 },
      { owner: { id: 'alex' }, process: { id: 'fake' } },
      {},
      null,
    ];
    for (const input of attempts) {
      let error: unknown;
      try {
        createPlan(input as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(CareerPlanError);
      expect((error as CareerPlanError).code).toBe('invalid-input');
    }
    try {
      createPlan({ owner: { id: '' } });
    } catch (error) {
      const issues = (error as CareerPlanError).details.issues as { path: unknown[] }[];
      expect(issues[0]?.path).toEqual(['id']);
      expect((error as CareerPlanError).message).toMatch(/owner/);
    }
  });
});
