import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { realisticPlan } from '../helpers.js';

describe('progress', () => {
  it('counts per goal and overall, ignoring skipped strategies, and flags overdue ones', () => {
    let plan = realisticPlan();
    plan = cp.addStrategy(plan, 'g1', { id: 's3', title: 'Pass Core 2', dueDate: '2026-08-30' });
    plan = cp.addStrategy(plan, 'g2', { id: 's4', title: 'Skip me', status: 'skipped' });
    const p = cp.progress(plan, { today: '2026-07-01' });
    expect(p.goals).toEqual([
      {
        goalId: 'g1',
        title: 'Finish the CompTIA A+ certificate',
        status: 'open',
        done: 1,
        total: 3,
        percent: 33,
        overdue: 1,
      },
      {
        goalId: 'g2',
        title: 'Work as a help desk technician',
        status: 'open',
        done: 0,
        total: 0,
        percent: 0,
        overdue: 0,
      },
    ]);
    expect(p.overall).toEqual({ done: 1, total: 3, percent: 33, overdue: 1 });
  });

  it('gives the time spent in each stage, counting the open visit until now', () => {
    const env = cp.fixedEnv({ start: '2026-01-01T00:00:00.000Z' });
    let plan = cp.addCareerOption(
      cp.addAssessment(
        cp.createPlan({ owner: { id: 'a' } }, { env }),
        { kind: 'skills', instrument: 'x', takenAt: '2026-01-01' },
        { env },
      ),
      { title: 'Tech' },
      { env },
    );
    env.advance({ days: 10 });
    plan = cp.transition(plan, 'exploration', { env });
    env.advance({ days: 5 });
    plan = cp.transition(plan, 'self-assessment', { env });
    env.advance({ days: 2 });
    plan = cp.transition(plan, 'exploration', { env });
    const p = cp.progress(plan, { today: '2026-01-20', now: '2026-01-21T12:00:00.000Z' });
    expect(p.stages).toEqual([
      { stage: 'self-assessment', title: 'Self assessment', visits: 2, days: 12 },
      { stage: 'exploration', title: 'Career exploration', visits: 2, days: 8.5 }, // 5 days, then day 17 to 20.5
      { stage: 'match', title: 'Match', visits: 0, days: 0 },
      { stage: 'action-plan', title: 'Action plan', visits: 0, days: 0 },
    ]);
    // The open visit counts until the start of today.
    expect(cp.progress(plan, { today: '2026-01-21' }).stages[1]?.days).toBe(8);
  });

  it('rejects a today that is not a date', () => {
    expect(() => cp.progress(realisticPlan(), { today: 'tomorrow' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => cp.progress(realisticPlan(), { today: '2026-01-01', now: 'later' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});

describe('nextActions', () => {
  const plan = (() => {
    let p = cp.createPlan({ owner: { id: 'alex' } });
    p = cp.addGoal(p, {
      id: 'low',
      title: 'Low',
      kind: 'skill',
      horizon: 'short',
      priority: 'low',
      strategies: [
        { id: 'a', title: 'Undated, low' },
        { id: 'b', title: 'Due Dec 1, low', dueDate: '2026-12-01' },
      ],
    });
    p = cp.addGoal(p, {
      id: 'high',
      title: 'High',
      kind: 'skill',
      horizon: 'short',
      priority: 'high',
      strategies: [
        { id: 'c', title: 'Undated, high' },
        { id: 'd', title: 'Due Dec 1, high', dueDate: '2026-12-01', byWho: 'me' },
        { id: 'e', title: 'Overdue, high', dueDate: '2026-11-01', status: 'in-progress' },
        { id: 'f', title: 'Done', dueDate: '2026-10-01', status: 'done' },
        { id: 'g', title: 'Skipped', status: 'skipped' },
      ],
    });
    p = cp.addGoal(p, {
      id: 'gone',
      title: 'Dropped',
      kind: 'skill',
      horizon: 'short',
      status: 'dropped',
      strategies: [{ id: 'h', title: 'Dropped goal step', dueDate: '2026-01-01' }],
    });
    p = cp.addStrategy(p, 'low', { id: 'i', title: 'Overdue, low', dueDate: '2026-10-15' });
    return p;
  })();

  it('lists open strategies: overdue first, then by due date, then by goal priority', () => {
    const actions = cp.nextActions(plan, { today: '2026-11-28' });
    expect(actions.map((a) => (a.kind === 'review' ? 'review' : a.strategyId))).toEqual(['i', 'e', 'd', 'b', 'c', 'a']);
    expect(actions[0]).toEqual({
      strategyId: 'i',
      title: 'Overdue, low',
      goalId: 'low',
      goalTitle: 'Low',
      priority: 'low',
      status: 'todo',
      dueDate: '2026-10-15',
      daysUntilDue: -44,
      overdue: true,
    });
    expect(actions[2]).toMatchObject({ byWho: 'me', daysUntilDue: 3, overdue: false });
    expect(actions[4]).not.toHaveProperty('dueDate');
  });

  it('takes a limit', () => {
    expect(cp.nextActions(plan, { today: '2026-11-28', limit: 2 }).map((a) => a.kind ?? a.strategyId)).toEqual([
      'i',
      'e',
    ]);
    expect(cp.nextActions(plan, { today: '2026-11-28', limit: 0 })).toEqual([]);
    expect(() => cp.nextActions(plan, { today: '2026-11-28', limit: -1 })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});

describe('checkGoal', () => {
  const complete: cp.Goal = {
    id: 'g1',
    title: 'Finish the CompTIA A+ certificate',
    description: 'Pass Core 1 and Core 2',
    kind: 'education',
    horizon: 'short',
    targetDate: '2026-09-30',
    successMeasure: 'Both exams passed',
    realism: 'Six hours a week, course paid by JobPath',
    status: 'open',
    priority: 'high',
    strategies: [{ id: 's1', title: 'Enroll', byWho: 'me', status: 'todo' }],
  };

  it('a SMART goal has no findings', () => {
    expect(cp.checkGoal(complete, { today: '2026-03-01' })).toEqual({ ok: true, findings: [] });
  });

  it('answers for the day and horizons of each call, one after another (the last day is remembered)', () => {
    const frozen = Object.freeze({ ...complete, strategies: Object.freeze([...complete.strategies]) });
    expect(cp.checkGoal(frozen, { today: '2026-03-01' }).ok).toBe(true);
    expect(cp.checkGoal(frozen, { today: '2026-12-01' }).findings.map((f) => f.code)).toEqual(['target-date-past']);
    expect(cp.checkGoal(frozen, { today: '2026-03-01', horizons: { shortTermMonths: 3 } }).findings).toHaveLength(1);
    expect(cp.checkGoal(frozen, { today: '2026-03-01' }).ok).toBe(true);
    const seen: cp.SmartContext[] = [];
    const rule: cp.SmartRule = { criterion: 'specific', check: (_goal, context) => (seen.push(context), []) };
    cp.checkGoal(frozen, { today: '2026-03-01', rules: [rule] });
    expect(seen[0]).toEqual({ today: '2026-03-01', horizons: {}, catalog: cp.en });
    expect(Object.isFrozen(seen[0])).toBe(true);
    expect(() => cp.checkGoal(frozen, undefined as never)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => cp.checkGoal(frozen, { today: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });

  it('reports each letter with a code and a sentence', () => {
    const bare: cp.Goal = {
      id: 'g',
      title: 'Get a job',
      kind: 'occupational',
      horizon: 'short',
      status: 'open',
      priority: 'medium',
      strategies: [],
    };
    const check = cp.checkGoal(bare, { today: '2026-03-01' });
    expect(check.ok).toBe(false);
    expect(check.findings.map((f) => [f.criterion, f.code])).toEqual([
      ['specific', 'no-description'],
      ['measurable', 'no-success-measure'],
      ['assignable', 'no-one-assigned'],
      ['realistic', 'not-shown-realistic'],
      ['time-bound', 'no-target-date'],
    ]);
    for (const finding of check.findings) expect(finding.message.length).toBeGreaterThan(10);
  });

  it('time-bound: the target date must be in the future and inside the horizon', () => {
    const codes = (goal: cp.Goal, today = '2026-03-01', horizons?: cp.HorizonThresholds) =>
      cp.checkGoal(goal, { today, ...(horizons ? { horizons } : {}) }).findings.map((f) => f.code);
    expect(codes({ ...complete, targetDate: '2026-01-01' })).toEqual(['target-date-past']);
    expect(codes({ ...complete, targetDate: '2028-01-01' })).toEqual(['outside-horizon']);
    expect(codes({ ...complete, horizon: 'long', targetDate: '2026-06-01' })).toEqual(['outside-horizon']);
    expect(codes({ ...complete, horizon: 'long', targetDate: '2035-01-01' })).toEqual(['outside-horizon']);
    expect(
      codes({ ...complete, targetDate: '2026-12-01' }, '2026-03-01', { shortTermMonths: 6, longTermMonths: 36 }),
    ).toEqual(['outside-horizon']);
  });

  it('the rule set is configurable: myIDP letters, or your own rules', () => {
    const noPeople = { ...complete, strategies: [{ id: 's1', title: 'Enroll', status: 'todo' as const }] };
    expect(cp.checkGoal(noPeople, { today: '2026-03-01' }).findings.map((f) => f.code)).toEqual(['no-one-assigned']);
    expect(cp.checkGoal(noPeople, { today: '2026-03-01', rules: cp.smartRules.myIdp }).ok).toBe(true);
    expect(
      cp
        .checkGoal({ ...complete, strategies: [] }, { today: '2026-03-01', rules: cp.smartRules.myIdp })
        .findings.map((f) => f.code),
    ).toEqual(['no-strategies']);
    const custom: cp.SmartRule = {
      criterion: 'specific',
      check: (goal) =>
        goal.title.length < 15 ? [{ code: 'short-title', criterion: 'specific', message: 'Say more' }] : [],
    };
    expect(
      cp
        .checkGoal({ ...complete, title: 'Get A+' }, { today: '2026-03-01', rules: [custom] })
        .findings.map((f) => f.code),
    ).toEqual(['short-title']);
  });

  it("gives what the rules' own check functions give, for the built-in sets and for lists that mix them", () => {
    const goals = realisticPlan().goals;
    const without = (goal: cp.Goal, ...keys: (keyof cp.Goal)[]): cp.Goal =>
      Object.fromEntries(Object.entries(goal).filter(([key]) => !keys.includes(key as keyof cp.Goal))) as cp.Goal;
    const variants = goals.flatMap((goal) => [
      goal,
      { ...without(goal, 'targetDate'), strategies: [] },
      { ...without(goal, 'successMeasure'), description: ' ', targetDate: '2020-01-01' },
      { ...without(goal, 'realism'), horizon: 'long' as const, targetDate: '2026-06-01', resourceIds: [] },
    ]);
    const custom: cp.SmartRule = { criterion: 'specific', check: () => [] };
    for (const goal of variants) {
      for (const rules of [cp.smartRules.doran, cp.smartRules.myIdp, [custom, ...cp.smartRules.doran]]) {
        const expected = rules.flatMap((rule) => rule.check(goal, { today: '2026-03-01', horizons: {} }));
        expect(cp.checkGoal(goal, { today: '2026-03-01', rules }).findings).toEqual(expected);
      }
    }
  });
});
