import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';

interface Row {
  readonly socCode?: string;
  readonly title: string;
  readonly madeUp: boolean;
  readonly interests?: cp.OccupationInterests;
  readonly interestCode?: string;
  readonly workValues?: cp.OccupationWorkValues;
  readonly jobZone?: number;
  readonly source: string;
}
const fixture = JSON.parse(readFileSync(new URL('../fixtures/onet-profiles.json', import.meta.url), 'utf8')) as {
  readonly attribution: string;
  readonly occupations: readonly Row[];
};
const row = (title: string): Row => fixture.occupations.find((r) => r.title.startsWith(title)) as Row;
const option = (r: Row, id: string): cp.CareerOptionInput => ({
  id,
  title: r.title,
  ...(r.socCode ? { socCode: r.socCode } : {}),
  ...(r.interests ? { interests: r.interests } : {}),
  ...(r.interestCode ? { interestCode: r.interestCode } : {}),
  ...(r.workValues ? { workValues: r.workValues } : {}),
  ...(r.jobZone ? { jobZone: r.jobZone } : {}),
  profileSource: r.source,
});

const env = cp.fixedEnv({ start: '2026-01-05T09:00:00.000Z' });
const alexScores = { realistic: 62, investigative: 71, artistic: 20, social: 45, enterprising: 30, conventional: 55 };

function planWith(options: readonly cp.CareerOptionInput[], results: cp.AssessmentResults = { riasec: alexScores }) {
  let plan = cp.createPlan({ owner: { id: 'alex' } }, { env });
  plan = cp.addAssessment(
    plan,
    { id: 'a1', kind: 'interests', instrument: 'O*NET Interest Profiler', takenAt: '2026-01-06', results },
    { env },
  );
  for (const input of options) plan = cp.addCareerOption(plan, input, { env });
  return plan;
}

describe('the O*NET fixture', () => {
  it('carries the attribution the CC BY 4.0 license asks for, and names a source for every row', () => {
    expect(fixture.attribution).toContain('CC BY 4.0');
    expect(fixture.attribution).toContain('USDOL/ETA has not approved, endorsed, or tested these modifications');
    for (const r of fixture.occupations) {
      expect(r.source.length).toBeGreaterThan(10);
      if (r.madeUp) expect(r.title + r.source).toMatch(/not O\*NET data/);
      else expect(r.source).toMatch(/^O\*NET \d+\.\d/);
    }
  });
  it('holds profiles the option schema accepts', () => {
    for (const r of fixture.occupations) expect(() => planWith([option(r, 'o1')])).not.toThrow();
  });
});

describe('profileCorrelation', () => {
  it("is Pearson's r, computed here by hand for Alex against 43-4041.00 (O*NET 30.1)", () => {
    // Alex: 62 71 20 45 30 55, mean 283 / 6 = 47.1667; deviations 14.83 23.83 -27.17 -2.17 -17.17 7.83
    // 43-4041.00: 1 1.85 1 3.39 4.47 7, mean 18.71 / 6 = 3.1183; deviations -2.12 -1.27 -2.12 0.27 1.35 3.88
    // sum of products 2.5117; sums of squares 1886.83 and 27.5515; r = 2.5117 / sqrt(1886.83 x 27.5515) = 0.0110
    const r = cp.profileCorrelation([62, 71, 20, 45, 30, 55], [1, 1.85, 1, 3.39, 4.47, 7]);
    expect(r).toBeCloseTo(0.011016, 5);
  });
  it('is 1 for the same shape at another level and scale, -1 for the mirror, undefined for a flat profile', () => {
    expect(cp.profileCorrelation([1, 2, 3, 4, 5, 6], [20, 30, 40, 50, 60, 70])).toBeCloseTo(1, 12);
    expect(cp.profileCorrelation([1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1])).toBeCloseTo(-1, 12);
    expect(cp.profileCorrelation([4, 4, 4, 4, 4, 4], [1, 2, 3, 4, 5, 6])).toBeUndefined();
    expect(cp.profileCorrelation([1, 2], [1, 2, 3])).toBeUndefined();
  });
});

describe('cIndex (Brown and Gore, 1994)', () => {
  it('weights the letters 3, 2, 1 and scores same 3, adjacent 2, alternate 1, opposite 0', () => {
    expect(cp.cIndex('IRC', 'IRC')).toBe(18); // 3x3 + 2x3 + 1x3
    expect(cp.cIndex('IRC', 'RIC')).toBe(13); // I-R adjacent 3x2, R-I adjacent 2x2, C-C 1x3
    expect(cp.cIndex('IRC', 'CES')).toBe(6); // I-C alternate 3x1, R-E alternate 2x1, C-S alternate 1x1
    expect(cp.cIndex('RIA', 'SEC')).toBe(0); // R-S, I-E, A-C: all opposite
    expect(cp.cIndex('SAE', 'SEA')).toBe(9 + 2 * 1 + 1 * 1); // S-S 3x3, A-E alternate 2x1, E-A alternate 1x1
  });
  it('scores 0 where a code lacks a letter (O*NET names fewer high points)', () => {
    expect(cp.cIndex('IRC', 'C')).toBe(3); // I-C alternate 3x1; nothing at 2 and 3
    expect(cp.cIndex('E', 'EC')).toBe(9);
  });
});

describe('hollandCodeOf', () => {
  it('takes the three highest, and equal scores in Holland order, saying so', () => {
    expect(cp.hollandCodeOf(alexScores)).toEqual({ code: 'IRC', tied: false, firm: 'IRC' });
    // 11-1011.03 (O*NET 23.0): E 7, I 4.33 = C 4.33, A 2.67: I before C by Holland order; only E is firm
    expect(cp.hollandCodeOf(row('Chief Sustainability').interests as cp.OccupationInterests)).toEqual({
      code: 'EIC',
      tied: true,
      firm: 'E',
    });
    expect(cp.hollandCodeOf(alexScores, 1)).toEqual({ code: 'I', tied: false, firm: 'I' });
    // third against fourth: R 5, I 4, A 3, S 3 -> RIA, tied, firm RI
    const third = { realistic: 5, investigative: 4, artistic: 3, social: 3, enterprising: 1, conventional: 0 };
    expect(cp.hollandCodeOf(third)).toEqual({ code: 'RIA', tied: true, firm: 'RI' });
    const flat = { realistic: 4, investigative: 4, artistic: 4, social: 4, enterprising: 4, conventional: 4 };
    expect(cp.hollandCodeOf(flat, 6)).toEqual({ code: 'RIASEC', tied: true, firm: '' });
    const distinct = { realistic: 6, investigative: 5, artistic: 4, social: 3, enterprising: 2, conventional: 1 };
    expect(cp.hollandCodeOf(distinct, 6)).toEqual({ code: 'RIASEC', tied: false, firm: 'RIASEC' });
  });
});

describe('matchOptions', () => {
  const options = [
    option(row('Credit Authorizers'), 'credit'),
    option(row('Chief Sustainability'), 'sustain'),
    option(row('Industrial-Organizational'), 'io'),
    option(row('Made-up technician'), 'tech'),
    option(row('Made-up flat'), 'flat'),
    { id: 'bare', title: 'Baker' },
  ];

  it('ranks by correlation, best first, and lists what it cannot rate with the reason', () => {
    const result = cp.matchOptions(planWith(options));
    expect(result.method).toBe('correlation');
    expect(result.personCode).toBe('IRC');
    // By hand: tech: levels 6 6.5 1.5 3 2 5, mean 4, deviations 2 2.5 -2.5 -1 -2 1; with Alex's deviations the
    // products sum to 29.67 + 59.58 + 67.92 + 2.17 + 34.33 + 7.83 = 201.5; squares 22.5;
    // r = 201.5 / sqrt(1886.83 x 22.5) = 0.978. credit 0.0110 (above). sustain -0.2255:
    // Alex's deviations against 0-3.61 1.72 -0.94 -1.28 3.39 0.72: sum of products -45.80; sum of squares 21.863;
    // r = -45.80 / sqrt(1886.83 x 21.863) = -0.2255
    expect(result.ranked.map((m) => [m.optionId, m.rank])).toEqual([
      ['tech', 1],
      ['credit', 2],
      ['sustain', 3],
    ]);
    expect(result.ranked[0]?.score).toBeCloseTo(0.978, 3);
    expect(result.ranked[2]?.score).toBeCloseTo(-0.2255, 4);
    expect(result.notRated.map((u) => u.optionId)).toEqual(['io', 'flat', 'bare']);
    expect(result.notRated[1]?.reason).toMatch(/flat/);
    expect(result.notRated[2]?.reason).toMatch(/no interest profile/);
  });

  it('ranks by the C index with O*NET’s own high points, and says which interests are shared', () => {
    const result = cp.matchOptions(planWith(options), { method: 'c-index' });
    // tech: derived code IRC -> 18; credit: O*NET's code C -> I-C alternate x3 = 3;
    // sustain: O*NET's code EC -> I-E opposite 0, R-C adjacent 2x2 = 4; flat: no code (every letter tied), not rated
    expect(result.ranked.map((m) => [m.optionId, m.score])).toEqual([
      ['tech', 18],
      ['sustain', 4],
      ['credit', 3],
    ]);
    expect(result.notRated.map((u) => u.optionId)).toEqual(['io', 'flat', 'bare']);
    const sustain = result.ranked.find((m) => m.optionId === 'sustain');
    expect(sustain?.shared).toEqual(['conventional']);
    expect(sustain?.reasons[0]).toBe('Shares 1 of your three highest interests: Conventional');
    expect(result.ranked[0]?.reasons[0]).toBe(
      'Shares your three highest interests, Investigative, Realistic, and Conventional',
    );
  });

  it('gives tied options the same rank, in the plan’s order', () => {
    const twin = { ...option(row('Made-up technician'), 'twin'), title: 'Made-up twin (not O*NET data)' };
    const result = cp.matchOptions(planWith([option(row('Made-up technician'), 'tech'), twin]), { method: 'c-index' });
    expect(result.ranked.map((m) => [m.optionId, m.rank])).toEqual([
      ['tech', 1],
      ['twin', 1],
    ]);
  });

  it('uses the assessment’s Holland code; with a code and no scores, correlation rates nothing', () => {
    const plan = planWith(options, { hollandCode: 'SAE' });
    expect(cp.matchOptions(plan).ranked).toEqual([]);
    expect(cp.matchOptions(plan).notRated[0]?.reason).toMatch(/Holland code but no scores/);
    const c = cp.matchOptions(plan, { method: 'c-index' });
    expect(c.personCode).toBe('SAE');
    // credit C: S-C alternate 3x1 = 3
    expect(c.ranked.find((m) => m.optionId === 'credit')?.score).toBe(3);
  });

  it('without an interests assessment, lists every option as not rated', () => {
    let plan = cp.createPlan({ owner: { id: 'alex' } }, { env });
    plan = cp.addCareerOption(plan, option(row('Made-up technician'), 'tech'), { env });
    const result = cp.matchOptions(plan);
    expect(result.ranked).toEqual([]);
    expect(result.notRated).toEqual([
      {
        optionId: 'tech',
        title: 'Made-up technician (not O*NET data)',
        status: 'identified',
        reason: 'Not rated: the plan has no interests assessment with scores or a Holland code',
      },
    ]);
  });

  it('takes the latest interests assessment by date', () => {
    let plan = planWith([option(row('Made-up technician'), 'tech')]);
    plan = cp.addAssessment(
      plan,
      { id: 'a0', kind: 'interests', instrument: 'Older', takenAt: '2025-01-01', results: { hollandCode: 'SEC' } },
      { env },
    );
    expect(cp.matchOptions(plan).interestsAssessmentId).toBe('a1');
  });

  it('compares work values where both sides carry them, and ranks by them on request', () => {
    let plan = planWith(options);
    plan = cp.addAssessment(
      plan,
      {
        id: 'v1',
        kind: 'values',
        instrument: 'Work Importance Locator',
        takenAt: '2026-01-07',
        results: {
          workValues: {
            achievement: 80,
            workingConditions: 60,
            recognition: 40,
            relationships: 70,
            support: 65,
            independence: 50,
          },
        },
      },
      { env },
    );
    const result = cp.matchOptions(plan, { rankBy: 'values' });
    // By hand, against 19-3033.00 (O*NET 30.1 Work Values, EX): values mean 60.83, EX mean 5.485;
    // sum of products 6.725, sums of squares 1020.83 and 7.64675; r = 6.725 / sqrt(1020.83 x 7.64675) = 0.0761
    const io = result.ranked.find((m) => m.optionId === 'io');
    expect(io?.score).toBeCloseTo(0.0761, 4);
    expect(io?.reasons).toContain('Work values correlate at 0.08 (1 is the same shape)');
    expect(result.ranked.map((m) => m.optionId).sort()).toEqual(['io', 'tech']);
    expect(result.notRated.map((m) => m.optionId)).toEqual(['credit', 'sustain', 'flat', 'bare']);
    // Ranked by interests, the technician also says its values figure and its Job Zone
    const tech = cp.matchOptions(plan).ranked[0];
    expect(tech?.valuesCorrelation).toBeTypeOf('number');
    expect(tech?.reasons.at(-1)).toBe('Job Zone 3');
  });

  it('says the Job Zone against the one the person prepares for', () => {
    const plan = planWith([option(row('Made-up technician'), 'tech')], { riasec: alexScores, jobZone: 4 });
    expect(cp.matchOptions(plan).ranked[0]?.reasons.at(-1)).toBe('Job Zone 3; you are preparing for Job Zone 4');
  });

  it('filters by status and refuses an unknown method or a non-plan with CareerPlanError', () => {
    const plan = planWith(options);
    expect(cp.matchOptions(plan, { statuses: ['shortlisted'] }).ranked).toEqual([]);
    expect(() => cp.matchOptions(plan, { method: 'm-index' as never })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => cp.matchOptions({} as never)).toThrow(expect.objectContaining({ code: 'invalid-plan' }));
    for (const bad of [{ statuses: 5 }, { statuses: [1] }, { rankBy: 'skills' }])
      expect(() => cp.matchOptions(plan, bad as never)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
  });

  it('reads plain plan data, such as a document’s plan', () => {
    const plan = planWith(options);
    const data = JSON.parse(JSON.stringify(plan)) as cp.Plan;
    expect(cp.matchOptions(data)).toEqual(cp.matchOptions(plan));
  });
});
