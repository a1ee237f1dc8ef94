import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { realisticPlan } from '../helpers.js';

/** Asserts a failed parse and returns the path of its first issue. */
function pathOf(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } },
  value: unknown,
) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error?.issues[0]?.path;
}

describe('entity schemas', () => {
  const full = {
    assessment: {
      id: 'a1',
      kind: 'interests',
      instrument: 'O*NET Interest Profiler',
      takenAt: '2026-01-10',
      summary: 'Practical problem solver',
      results: {
        riasec: { realistic: 62, investigative: 71, artistic: 20, social: 45, enterprising: 30, conventional: 55 },
        hollandCode: 'IRC',
        personalityType: 'ISTJ',
        jobZone: 3,
        workValues: {
          achievement: 80,
          workingConditions: 60,
          recognition: 40,
          relationships: 70,
          support: 65,
          independence: 50,
        },
        items: [{ label: 'Troubleshooting', score: 4, note: 'Strong' }],
      },
    },
    careerOption: {
      id: 'o1',
      title: 'Computer User Support Specialist',
      socCode: '15-1232.00',
      origin: { kind: 'assessment', assessmentId: 'a1', note: 'Top match' },
      research: {
        duties: 'Help users',
        education: 'Certificate',
        earnings: '$60k',
        outlook: 'Average',
        other: 'Shift work',
      },
      activities: [{ id: 'x1', kind: 'job-shadowing', date: '2026-02-10', contact: 'Sam', notes: 'Busy morning' }],
      fit: 4,
      status: 'shortlisted',
    },
    decision: {
      chosenOptionId: 'o1',
      shortTermOptionId: 'o1',
      longTermOptionId: 'o2',
      criteria: ['earnings'],
      pros: ['Short training'],
      cons: ['Shifts'],
      rationale: 'Fits',
      decidedAt: '2026-03-01T10:00:00.000Z',
    },
    goal: {
      id: 'g1',
      title: 'Earn the A+ certificate',
      description: 'Both exams',
      kind: 'education',
      horizon: 'short',
      targetDate: '2026-09-30',
      successMeasure: 'Both passed',
      realism: '6 hours a week',
      supports: ['g2'],
      resourceIds: ['r1'],
      status: 'in-progress',
      priority: 'high',
      strategies: [
        {
          id: 's1',
          title: 'Enroll',
          description: 'Evening course',
          byWho: 'me',
          dueDate: '2026-02-15',
          resourcesNeeded: ['$300 tuition'],
          successMeasure: 'Enrolled',
          status: 'done',
          completedAt: '2026-02-10T18:00:00.000Z',
        },
      ],
    },
    barrier: {
      id: 'b1',
      description: 'Evening childcare',
      overcome: 'Sister helps',
      goalIds: ['g1'],
      status: 'addressing',
    },
    resource: {
      id: 'r1',
      name: 'Career center',
      kind: 'organization',
      url: 'https://example.org/',
      contact: 'Room 204',
      notes: 'Free',
    },
    milestone: {
      id: 'm1',
      title: 'Certified',
      date: '2026-09-30',
      description: 'Both exams',
      goalIds: ['g1'],
      reachedOn: '2026-09-12',
    },
    alternative: {
      id: 'alt1',
      title: 'Retail tech support',
      description: 'Geek squad',
      trigger: 'No offer by June',
      optionId: 'o2',
    },
    note: {
      id: 'n1',
      text: 'On track',
      about: { kind: 'goal', id: 'g1' },
      at: '2026-04-01T15:00:00.000Z',
      by: { id: 'dana', name: 'Dana' },
    },
    employment: {
      id: 'e1',
      employer: 'Desert Books',
      title: 'Sales associate',
      location: 'Tucson',
      startDate: '2022-06-01',
      endDate: '2026-01-31',
      duties: 'Register',
    },
    education: {
      id: 'ed1',
      institution: 'Tucson High',
      credential: 'Diploma',
      field: 'General',
      startDate: '2017-08-01',
      endDate: '2021-05-28',
      completed: true,
    },
    license: {
      id: 'l1',
      name: 'Food handler card',
      issuer: 'Pima County',
      issuedOn: '2023-01-10',
      expiresOn: '2026-01-10',
    },
    volunteerWork: {
      id: 'v1',
      organization: 'Library',
      role: 'Tech helper',
      location: 'Tucson',
      startDate: '2024-01-01',
      endDate: '2024-06-01',
      description: 'Helped seniors',
    },
  } as const;

  const schemas = {
    assessment: cp.assessmentSchema,
    careerOption: cp.careerOptionSchema,
    decision: cp.decisionSchema,
    goal: cp.goalSchema,
    barrier: cp.barrierSchema,
    resource: cp.resourceSchema,
    milestone: cp.milestoneSchema,
    alternative: cp.alternativeSchema,
    note: cp.noteSchema,
    employment: cp.employmentSchema,
    education: cp.educationSchema,
    license: cp.licenseSchema,
    volunteerWork: cp.volunteerWorkSchema,
  } as const;

  for (const [name, schema] of Object.entries(schemas)) {
    it(`${name} accepts a realistic, fully filled example and returns it frozen`, () => {
      const value = full[name as keyof typeof full];
      const parsed = schema.parse(value);
      expect(parsed).toEqual(value);
      expect(Object.isFrozen(parsed)).toBe(true);
    });
    it(`${name} rejects unknown fields`, () => {
      expect(pathOf(schema, { ...full[name as keyof typeof full], surprise: 1 })).toEqual([]);
    });
  }

  it('reports the path of the problem', () => {
    expect(pathOf(cp.careerOptionSchema, { ...full.careerOption, socCode: '15-1232' })).toEqual(['socCode']);
    expect(pathOf(cp.assessmentSchema, { ...full.assessment, takenAt: '2026-02-30' })).toEqual(['takenAt']);
    expect(pathOf(cp.assessmentSchema, { ...full.assessment, results: { hollandCode: 'RRX' } })).toEqual([
      'results',
      'hollandCode',
    ]);
    expect(pathOf(cp.assessmentSchema, { ...full.assessment, results: { jobZone: 6 } })).toEqual([
      'results',
      'jobZone',
    ]);
    expect(pathOf(cp.goalSchema, { ...full.goal, horizon: 'medium' })).toEqual(['horizon']);
    expect(
      pathOf(cp.goalSchema, { ...full.goal, strategies: [{ ...full.goal.strategies[0], status: 'finished' }] }),
    ).toEqual(['strategies', 0, 'status']);
    expect(pathOf(cp.careerOptionSchema, { ...full.careerOption, fit: 6 })).toEqual(['fit']);
    expect(pathOf(cp.resourceSchema, { ...full.resource, url: 'javascript:alert(1)' })).toEqual(['url']);
    expect(pathOf(cp.noteSchema, { ...full.note, at: 'yesterday' })).toEqual(['at']);
    expect(pathOf(cp.barrierSchema, { ...full.barrier, description: '' })).toEqual(['description']);
    expect(pathOf(cp.milestoneSchema, { ...full.milestone, date: '30/09/2026' })).toEqual(['date']);
  });

  it('input schemas fill defaults', () => {
    expect(cp.goalInputSchema.parse({ title: 'x', kind: 'skill', horizon: 'short' })).toEqual({
      title: 'x',
      kind: 'skill',
      horizon: 'short',
      status: 'open',
      priority: 'medium',
      strategies: [],
    });
    expect(cp.strategyInputSchema.parse({ title: 'x' })).toEqual({ title: 'x', status: 'todo' });
    expect(cp.careerOptionInputSchema.parse({ title: 'x' })).toEqual({
      title: 'x',
      activities: [],
      status: 'identified',
    });
    expect(cp.barrierInputSchema.parse({ description: 'x' })).toEqual({
      description: 'x',
      goalIds: [],
      status: 'open',
    });
  });

  it('the plan schema accepts a realistic plan', () => {
    const plan = realisticPlan();
    expect(cp.planSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(JSON.parse(JSON.stringify(plan)));
  });

  it('the plan schema rejects prototype keys and bad stage ids', () => {
    const data = JSON.parse(JSON.stringify(realisticPlan()));
    // zod drops a __proto__ record key without touching any prototype; deserialize rejects it outright.
    const parsed = cp.planSchema.parse({ ...data, stageData: JSON.parse('{"__proto__": {"polluted": true}}') });
    expect(Object.keys(parsed.stageData)).toEqual([]);
    expect(
      cp.planSchema.safeParse({ ...data, stageData: { networking: JSON.parse('{"__proto__": 1}') } }).success,
    ).toBe(false);
    expect(cp.planSchema.safeParse({ ...data, stage: 'Exploration' }).success).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
