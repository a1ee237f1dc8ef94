import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { realisticPlan } from '../helpers.js';

const codes = (check: cp.TransitionCheck) => (check.ok ? [] : check.reasons.map((r) => r.code));

describe('the built-in career process', () => {
  it('has the four stages in order, each with a title and a description', () => {
    expect(cp.careerProcess.id).toBe('career');
    expect(cp.careerProcess.version).toBe(1);
    expect(cp.careerProcess.stages.map((s) => s.id)).toEqual([
      'self-assessment',
      'exploration',
      'match',
      'action-plan',
    ]);
    for (const stage of cp.careerProcess.stages) {
      expect(stage.title.length).toBeGreaterThan(0);
      expect(stage.description.length).toBeGreaterThan(20);
    }
  });

  it('entering exploration needs an assessment and an option', () => {
    let plan = cp.createPlan({ owner: { id: 'alex' } });
    const check = cp.canTransition(plan, 'exploration');
    expect(check).toEqual({
      ok: false,
      reasons: [
        {
          code: 'needs-assessment',
          message: 'Record at least one assessment before exploring careers',
          stage: 'exploration',
        },
        {
          code: 'needs-career-option',
          message: 'Identify at least one career option to explore',
          stage: 'exploration',
        },
      ],
    });
    plan = cp.addAssessment(plan, { kind: 'interests', instrument: 'Profiler', takenAt: '2026-01-01' });
    expect(codes(cp.canTransition(plan, 'exploration'))).toEqual(['needs-career-option']);
    plan = cp.addCareerOption(plan, { title: 'Network Technician' });
    expect(cp.canTransition(plan, 'exploration')).toEqual({ ok: true });
  });

  it('entering match needs research notes or an exploration activity; action plan needs a decision', () => {
    let plan = cp.addCareerOption(
      cp.addAssessment(cp.createPlan({ owner: { id: 'a' } }), {
        kind: 'skills',
        instrument: 'x',
        takenAt: '2026-01-01',
      }),
      { id: 'o1', title: 'Tech' },
    );
    plan = cp.transition(plan, 'exploration');
    expect(codes(cp.canTransition(plan, 'match'))).toEqual(['needs-research']);
    expect(codes(cp.canTransition(cp.updateCareerOption(plan, 'o1', { research: {} }), 'match'))).toEqual([
      'needs-research',
    ]);
    expect(cp.canTransition(cp.updateCareerOption(plan, 'o1', { research: { outlook: 'Good' } }), 'match').ok).toBe(
      true,
    );
    plan = cp.addExplorationActivity(plan, 'o1', { kind: 'job-shadowing' });
    plan = cp.transition(plan, 'match');
    expect(codes(cp.canTransition(plan, 'action-plan'))).toEqual(['needs-decision']);
    plan = cp.decide(plan, { chosenOptionId: 'o1' });
    expect(cp.canTransition(plan, 'action-plan').ok).toBe(true);
  });

  it('moving past several stages needs every stage passed over to be ready', () => {
    let plan = cp.addCareerOption(
      cp.addAssessment(cp.createPlan({ owner: { id: 'a' } }), {
        kind: 'skills',
        instrument: 'x',
        takenAt: '2026-01-01',
      }),
      { id: 'o1', title: 'Tech' },
    );
    expect(codes(cp.canTransition(plan, 'action-plan'))).toEqual(['needs-research', 'needs-decision']);
    plan = cp.decide(cp.updateCareerOption(plan, 'o1', { research: { duties: 'Fix things' } }), {
      chosenOptionId: 'o1',
    });
    plan = cp.transition(plan, 'action-plan');
    expect(plan.stage).toBe('action-plan');
    expect(plan.journey.map((v) => v.stage)).toEqual(['self-assessment', 'action-plan']);
  });

  it('moving back is always allowed; the same stage and unknown stages are reasons, never throws', () => {
    const plan = realisticPlan();
    for (const stage of ['match', 'exploration', 'self-assessment'] as const)
      expect(cp.canTransition(plan, stage)).toEqual({ ok: true });
    expect(codes(cp.canTransition(plan, 'action-plan'))).toEqual(['same-stage']);
    expect(codes(cp.canTransition(plan, 'nowhere' as never))).toEqual(['unknown-stage']);
  });

  it('transition throws transition-blocked with the reasons, or unknown-stage', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' } });
    try {
      cp.transition(plan, 'exploration');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(cp.CareerPlanError);
      expect((error as cp.CareerPlanError).code).toBe('transition-blocked');
      expect(((error as cp.CareerPlanError).details.reasons as cp.TransitionReason[]).map((r) => r.code)).toEqual([
        'needs-assessment',
        'needs-career-option',
      ]);
    }
    expect(() => cp.transition(plan, 'netwroking' as never)).toThrow(
      expect.objectContaining({ code: 'unknown-stage' }),
    );
  });

  it('keeps the journey: each visit with when it was entered and left, by whom and why', () => {
    const env = cp.fixedEnv({ start: '2026-04-01T09:00:00.000Z', idPrefix: 't-' });
    let plan = realisticPlan();
    env.advance({ days: 2 });
    plan = cp.transition(plan, 'exploration', {
      env,
      by: { id: 'alex', name: 'Alex Rivera' },
      reason: 'Shadow a network tech first',
    });
    env.advance({ days: 5 });
    plan = cp.transition(plan, 'match', { env });
    const last3 = plan.journey.slice(-3);
    expect(last3[0]).toMatchObject({ stage: 'action-plan', leftAt: '2026-04-03T09:00:00.000Z' });
    expect(last3[1]).toEqual({
      stage: 'exploration',
      enteredAt: '2026-04-03T09:00:00.000Z',
      enteredBy: { id: 'alex', name: 'Alex Rivera' },
      reason: 'Shadow a network tech first',
      leftAt: '2026-04-08T09:00:00.000Z',
    });
    expect(last3[2]).toMatchObject({ stage: 'match', enteredAt: '2026-04-08T09:00:00.000Z' });
    expect(last3[2]).not.toHaveProperty('leftAt');
    const explorations = plan.journey.filter((v) => v.stage === 'exploration');
    expect(explorations).toHaveLength(2); // "how often did I go back?"
    const rev = cp.revisions(plan).at(-2);
    expect(rev).toMatchObject({
      action: 'stage.transition',
      reason: 'Shadow a network tech first',
      subject: { id: 'exploration' },
      from: { id: 'action-plan' },
    });
  });

  it('any sequence of allowed moves keeps the journey consistent, and undo of a move restores the stage', () => {
    const ready = realisticPlan();
    const stages = cp.careerProcess.stages.map((s) => s.id);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...stages), { maxLength: 25 }), (targets) => {
        const env = cp.fixedEnv({ start: '2026-05-01T00:00:00.000Z', tick: 1000, idPrefix: 't-' });
        let plan = ready;
        for (const to of targets) {
          if (!cp.canTransition(plan, to).ok) continue;
          const before = plan;
          plan = cp.transition(plan, to, { env });
          const undone = cp.undo(plan, { env });
          expect(undone.stage).toBe(before.stage);
          expect(undone.journey).toEqual(before.journey);
        }
        const open = plan.journey.filter((v) => v.leftAt === undefined);
        expect(open).toHaveLength(1);
        expect(plan.journey.at(-1)?.stage).toBe(plan.stage);
        for (let i = 1; i < plan.journey.length; i++) {
          const prev = plan.journey[i - 1]!;
          const visit = plan.journey[i]!;
          expect(prev.leftAt).toBe(visit.enteredAt);
          expect(Date.parse(visit.enteredAt)).toBeGreaterThanOrEqual(Date.parse(prev.enteredAt));
          expect(visit.stage).not.toBe(prev.stage);
        }
      }),
    );
  });

  it('a custom rule that throws is reported, not thrown', () => {
    const process = cp.defineProcess({
      id: 'fragile',
      version: 1,
      stages: [
        cp.defineStage({ id: 'one', title: 'One', description: '' }),
        cp.defineStage({
          id: 'two',
          title: 'Two',
          description: '',
          rules: [
            {
              code: 'boom',
              message: 'never',
              check: () => {
                throw new Error('bug');
              },
            },
          ],
        }),
      ],
    });
    const plan = cp.createPlan({ owner: { id: 'a' }, process });
    expect(codes(cp.canTransition(plan, 'two'))).toEqual(['rule-failed']);
    const odd = cp.defineProcess({
      id: 'odd',
      version: 1,
      stages: [
        cp.defineStage({ id: 'one', title: 'One', description: '' }),
        cp.defineStage({
          id: 'two',
          title: 'Two',
          description: '',
          rules: [
            {
              code: 'odd',
              message: 'never',
              check: () => {
                throw Object.create(null);
              },
            },
          ],
        }),
      ],
    });
    expect(codes(cp.canTransition(cp.createPlan({ owner: { id: 'a' }, process: odd }), 'two'))).toEqual([
      'rule-failed',
    ]);
  });

  it('a process may forbid skipping', () => {
    const process = cp.defineProcess({
      id: 'strict',
      version: 1,
      allowSkip: false,
      stages: [
        cp.defineStage({ id: 'one', title: 'One', description: '' }),
        cp.defineStage({ id: 'two', title: 'Two', description: '' }),
        cp.defineStage({ id: 'three', title: 'Three', description: '' }),
      ],
    });
    const plan = cp.createPlan({ owner: { id: 'a' }, process });
    expect(codes(cp.canTransition(plan, 'three'))).toEqual(['no-skipping']);
    expect(cp.transition(cp.transition(plan, 'two'), 'three').stage).toBe('three');
  });
});

describe('custom stages and processes', () => {
  const networking = cp.defineStage({
    id: 'networking',
    title: 'Networking',
    description: 'Talk to people who do the work you want',
    data: z.object({ contacts: z.array(z.object({ name: z.string(), role: z.string() })).min(1) }),
  });
  const process = cp.deriveProcess(cp.careerProcess, {
    id: 'career-networking',
    version: 1,
    title: 'Career planning with networking',
    insert: [{ after: 'exploration', stage: networking }],
    replace: [
      cp.defineStage({
        id: 'match',
        title: 'Match',
        description: 'Choose',
        rules: [cp.hasStageData('networking', 'Log at least one networking contact before choosing')],
      }),
    ],
  });

  it('derives a process by inserting and replacing stages', () => {
    expect(process.stages.map((s) => s.id)).toEqual([
      'self-assessment',
      'exploration',
      'networking',
      'match',
      'action-plan',
    ]);
    expect(process.title).toBe('Career planning with networking');
    const removed = cp.deriveProcess(cp.careerProcess, {
      id: 'short',
      version: 1,
      remove: ['match'],
      insert: [
        { before: 'self-assessment', stage: cp.defineStage({ id: 'intake', title: 'Intake', description: '' }) },
      ],
    });
    expect(removed.stages.map((s) => s.id)).toEqual(['intake', 'self-assessment', 'exploration', 'action-plan']);
  });

  it('runs end to end with stage data, validated and recorded', () => {
    const env = cp.fixedEnv();
    let plan = cp.createPlan({ owner: { id: 'alex' }, process }, { env });
    expect(plan.process).toEqual({ id: 'career-networking', version: 1 });
    plan = cp.addAssessment(plan, { kind: 'interests', instrument: 'Profiler', takenAt: '2026-01-10' }, { env });
    plan = cp.addCareerOption(plan, { id: 'o1', title: 'Network Technician', research: { outlook: 'Good' } }, { env });
    plan = cp.transition(plan, 'exploration', { env });
    plan = cp.transition(plan, 'networking', { env });
    expect(cp.canTransition(plan, 'match')).toEqual({
      ok: false,
      reasons: [
        {
          code: 'needs-stage-data:networking',
          message: 'Log at least one networking contact before choosing',
          stage: 'match',
        },
      ],
    });
    expect(() => cp.setStageData(plan, 'networking', { contacts: [] }, { env })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    plan = cp.setStageData(plan, 'networking', { contacts: [{ name: 'Sam', role: 'IT manager' }] }, { env });
    expect(plan.stageData.networking?.contacts[0]?.name).toBe('Sam');
    expect(cp.setStageData(plan, 'networking', { contacts: [{ name: 'Sam', role: 'IT manager' }] }, { env })).toBe(
      plan,
    );
    expect(cp.revisions(plan).at(-1)).toMatchObject({
      action: 'stageData.set',
      subject: { kind: 'stage', id: 'networking', label: 'Networking' },
    });
    plan = cp.transition(plan, 'match', { env });
    expect(plan.stage).toBe('match');
    expect(cp.undo(cp.undo(plan, { env }), { env }).stageData).toEqual({});
  });

  it('stage data must fit its stage', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' }, process });
    expect(() => cp.setStageData(plan as never, 'match' as never, {} as never)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => cp.setStageData(plan as never, 'nowhere' as never, {} as never)).toThrow(
      expect.objectContaining({ code: 'unknown-stage' }),
    );
    const dated = cp.defineProcess({
      id: 'dated',
      version: 1,
      stages: [cp.defineStage({ id: 'one', title: 'One', description: '', data: z.object({ when: z.date() }) })],
    });
    expect(() =>
      cp.setStageData(cp.createPlan({ owner: { id: 'a' }, process: dated }), 'one', { when: new Date() }),
    ).toThrow(/plain JSON/);
  });

  it('a plan holds its process by id and version only', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' }, process });
    expect(JSON.stringify(plan)).not.toMatch(/function|check/);
    expect(cp.processOf(plan)).toBe(process);
  });

  it('bad definitions fail when defined, with invalid-process', () => {
    const one = cp.defineStage({ id: 'one', title: 'One', description: '' });
    const attempts: (() => unknown)[] = [
      () => cp.defineProcess({ id: 'empty', version: 1, stages: [] }),
      () => cp.defineProcess({ id: 'dup', version: 1, stages: [one, one] }),
      () =>
        cp.defineProcess({
          id: 'bad-rule',
          version: 1,
          stages: [cp.defineStage({ id: 'two', title: 'Two', description: '', rules: [cp.hasVisited('ghost')] })],
        }),
      () => cp.defineProcess({ id: 'Bad Id', version: 1, stages: [one] }),
      () => cp.defineProcess({ id: 'v0', version: 0, stages: [one] }),
      () => cp.defineProcess({ id: 'raw', version: 1, stages: [{ id: 'x' } as never] }),
      () => cp.defineStage({ id: 'Networking', title: 'N', description: '' }),
      () => cp.defineStage({ id: '__proto__', title: 'N', description: '' }),
      () => cp.defineStage({ id: 'ok', title: '', description: '' }),
      () => cp.defineStage({ id: 'ok', title: 'Ok', description: '', rules: [{ code: 'x' } as never] }),
      () => cp.defineStage({ id: 'ok', title: 'Ok', description: '', data: {} as never }),
      () => cp.deriveProcess(cp.careerProcess, { id: 'x', version: 1, remove: ['ghost' as never] }),
      () =>
        cp.deriveProcess(cp.careerProcess, { id: 'x', version: 1, insert: [{ after: 'ghost' as never, stage: one }] }),
      () => cp.deriveProcess(cp.careerProcess, { id: 'x', version: 1, replace: [one as never] }),
      () =>
        cp.deriveProcess(cp.careerProcess, {
          id: 'x',
          version: 1,
          insert: [{ after: 'match', stage: cp.careerProcess.stages[0]! }],
        }),
      // Values of the wrong type, including ones a template literal cannot print.
      () => cp.defineProcess({ id: Object.create(null), version: 1, stages: [one] }),
      () => cp.defineProcess({ id: 'titled', version: 1, title: Symbol('t') as never, stages: [one] }),
      () => cp.defineProcess({ id: 'skip', version: 1, allowSkip: 'no' as never, stages: [one] }),
      () => cp.defineStage({ id: Symbol('s') as never, title: 'S', description: '' }),
      () => cp.deriveProcess(cp.careerProcess, { id: 'x', version: 1, remove: [Symbol('s') as never] }),
      () =>
        cp.deriveProcess(cp.careerProcess, {
          id: 'x',
          version: 1,
          insert: [{ after: Object.create(null), stage: one }],
        }),
      () => cp.deriveProcess(cp.careerProcess, { id: 'x', version: 1, title: Symbol('t') as never }),
      () => cp.deriveProcess(null as never, { id: 'x', version: 1 }),
      () => cp.deriveProcess(cp.careerProcess, null as never),
      () => cp.hasStageData(Object.create(null)),
      () => cp.hasVisited('one', 5 as never),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(expect.objectContaining({ code: 'invalid-process' }));
  });
});
