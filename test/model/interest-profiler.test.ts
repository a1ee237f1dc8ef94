import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';

describe('scoreInterestProfiler', () => {
  it('keys the 60 items in pairs R R I I A A S S E E C C, five times over', () => {
    expect(cp.INTEREST_PROFILER_KEY).toHaveLength(60);
    for (const letter of 'RIASEC') expect([...cp.INTEREST_PROFILER_KEY].filter((l) => l === letter)).toHaveLength(10);
    expect(cp.INTEREST_PROFILER_KEY.slice(12, 24)).toBe('RRIIAASSEECC');
  });

  it('sums each area’s ten answers counted 0 to 4 (computed by hand)', () => {
    // Items 1-2 R, 3-4 I, 5-6 A, 7-8 S, 9-10 E, 11-12 C in each block of 12.
    // Block answers 5 4 | 3 3 | 1 2 | 5 5 | 2 2 | 4 1: per block R (4+3)=7, I (2+2)=4, A (0+1)=1, S (4+4)=8,
    // E (1+1)=2, C (3+0)=3; five blocks: R 35, I 20, A 5, S 40, E 10, C 15
    const score = cp.scoreInterestProfiler('543312552241'.repeat(5));
    expect(score.scores).toEqual({
      realistic: 35,
      investigative: 20,
      artistic: 5,
      social: 40,
      enterprising: 10,
      conventional: 15,
    });
    expect(score.hollandCode).toBe('SRI');
    expect(score.tied).toBe(false);
    expect(score.results).toEqual({
      riasec: { realistic: 87.5, investigative: 50, artistic: 12.5, social: 100, enterprising: 25, conventional: 37.5 },
      hollandCode: 'SRI',
    });
    // the results go straight into an assessment
    const plan = cp.addAssessment(cp.createPlan({ owner: { id: 'alex' } }), {
      kind: 'interests',
      instrument: 'O*NET Interest Profiler Short Form',
      takenAt: '2026-01-10',
      results: score.results,
    });
    expect(plan.assessments[0]?.results).toEqual(score.results);
  });

  it('takes the answers as numbers too, gives the extremes 0 and 40, and reports ties', () => {
    expect(cp.scoreInterestProfiler(Array.from({ length: 60 }, () => 1)).scores.realistic).toBe(0);
    const all = cp.scoreInterestProfiler(Array.from({ length: 60 }, () => 5));
    expect(all.scores.conventional).toBe(40);
    expect(all).toMatchObject({ hollandCode: 'RIA', tied: true });
    // R and I equal at the top: tied, R first by Holland order
    const top = cp.scoreInterestProfiler('555511111111'.repeat(5));
    expect(top).toMatchObject({ hollandCode: 'RIA', tied: true });
  });

  it('refuses the wrong number of answers or an answer outside 1 to 5 with invalid-input', () => {
    const fails = (answers: unknown, details: object) =>
      expect(() => cp.scoreInterestProfiler(answers as never)).toThrow(
        expect.objectContaining({ code: 'invalid-input', details: expect.objectContaining(details) }),
      );
    fails('3'.repeat(59), { expected: 60, received: 59 });
    fails([], { received: 0 });
    fails('3'.repeat(59) + '6', { item: 60 });
    fails('3'.repeat(59) + '0', { item: 60 });
    fails('x' + '3'.repeat(59), { item: 1 });
    fails([...Array.from({ length: 59 }, () => 3), 2.5], { item: 60 });
    fails(null, { expected: 60 });
  });
});
