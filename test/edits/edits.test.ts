import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { codeOf, content, isDeepFrozen, realisticPlan } from '../helpers.js';

// Ids of its own: realisticPlan's revisions already have id-1, id-2, ... (revision ids must be new).
const env = () => cp.fixedEnv({ start: '2026-02-01T09:00:00.000Z', idPrefix: 'e-' });

describe('edits', () => {
  const base = realisticPlan();

  it('every edit returns a new frozen plan and records exactly one revision', () => {
    const e = env();
    const o = { env: e };
    const steps: [string, (p: typeof base) => typeof base][] = [
      [
        'assessment.add',
        (p) => cp.addAssessment(p, { kind: 'values', instrument: 'Work Importance Locator', takenAt: '2026-01-12' }, o),
      ],
      ['assessment.update', (p) => cp.updateAssessment(p, 'a1', { summary: 'Updated' }, o)],
      ['careerOption.add', (p) => cp.addCareerOption(p, { title: 'Web Developer', socCode: '15-1254.00' }, o)],
      ['careerOption.update', (p) => cp.updateCareerOption(p, 'o2', { fit: 3, activities: [{ kind: 'research' }] }, o)],
      ['activity.add', (p) => cp.addExplorationActivity(p, 'o2', { kind: 'job-shadowing' }, o)],
      ['goal.add', (p) => cp.addGoal(p, { title: 'Learn networking basics', kind: 'skill', horizon: 'short' }, o)],
      ['goal.update', (p) => cp.updateGoal(p, 'g2', { priority: 'high' }, o)],
      ['goal.move', (p) => cp.moveGoal(p, 'g2', 0, o)],
      ['strategy.add', (p) => cp.addStrategy(p, 'g2', { title: 'Apply to three jobs' }, o)],
      ['strategy.update', (p) => cp.updateStrategy(p, 's2', { dueDate: '2026-07-15' }, o)],
      ['strategy.move', (p) => cp.moveStrategy(p, 's2', 0, o)],
      ['strategy.reopen', (p) => cp.reopenStrategy(p, 's1', o)],
      ['strategy.complete', (p) => cp.completeStrategy(p, 's1', o)],
      ['barrier.add', (p) => cp.addBarrier(p, { description: 'No car' }, o)],
      ['barrier.update', (p) => cp.updateBarrier(p, 'b1', { status: 'overcome' }, o)],
      ['resource.add', (p) => cp.addResource(p, { name: 'My Next Move', kind: 'website' }, o)],
      ['resource.update', (p) => cp.updateResource(p, 'r1', { notes: 'Tuition $1,200' }, o)],
      ['milestone.add', (p) => cp.addMilestone(p, { title: 'First interview', date: '2027-03-01' }, o)],
      ['milestone.update', (p) => cp.updateMilestone(p, 'm1', { reachedOn: '2026-09-12' }, o)],
      [
        'alternative.add',
        (p) => cp.addAlternative(p, { title: 'Pharmacy technician', trigger: 'No IT offer by 2028' }, o),
      ],
      ['alternative.update', (p) => cp.updateAlternative(p, 'alt1', { description: 'Best Buy support desk' }, o)],
      ['note.add', (p) => cp.addNote(p, { text: 'Feeling good' }, o)],
      ['note.update', (p) => cp.updateNote(p, 'n1', { text: 'Reviewed with Dana: ahead of plan.' }, o)],
      ['employment.add', (p) => cp.addEmployment(p, { employer: 'Library', title: 'Page' }, o)],
      ['education.add', (p) => cp.addEducation(p, { institution: 'Pima CC' }, o)],
      ['license.add', (p) => cp.addLicense(p, { name: 'CompTIA ITF+' }, o)],
      ['volunteerWork.add', (p) => cp.addVolunteerWork(p, { organization: 'Food bank', role: 'Driver' }, o)],
      ['employment.update', (p) => cp.updateBackgroundEntry(p, 'e1', { endDate: '2026-01-31' }, o)],
      ['education.remove', (p) => cp.removeBackgroundEntry(p, 'ed1', o)],
      ['plan.update', (p) => cp.updatePlan(p, { title: 'From retail to IT' }, o)],
      ['decision.clear', (p) => cp.clearDecision(p, o)],
      ['decision.set', (p) => cp.decide(p, { chosenOptionId: 'o1' }, o)],
      ['note.remove', (p) => cp.removeNote(p, 'n1', o)],
      ['milestone.remove', (p) => cp.removeMilestone(p, 'm1', o)],
      ['alternative.remove', (p) => cp.removeAlternative(p, 'alt1', o)],
      ['barrier.remove', (p) => cp.removeBarrier(p, 'b1', o)],
      ['strategy.remove', (p) => cp.removeStrategy(p, 's2', o)],
      ['resource.remove', (p) => cp.removeResource(p, 'r1', o)],
      ['careerOption.remove', (p) => cp.removeCareerOption(p, 'o2', o)], // the new decision names o1 only
      ['assessment.remove', (p) => cp.removeAssessment(p, 'a1', o)],
      ['goal.remove', (p) => cp.removeGoal(p, 'g1', o)],
    ];
    let plan = base;
    for (const [action, step] of steps) {
      const before = content(plan);
      const next = step(plan);
      expect(next, action).not.toBe(plan);
      expect(content(plan), `${action} must not mutate its input`).toEqual(before);
      expect(isDeepFrozen(next), action).toBe(true);
      expect(cp.revisions(next).length, action).toBe(cp.revisions(plan).length + 1);
      expect(cp.revisions(next).at(-1)?.action).toBe(action);
      expect(cp.planSchema.safeParse(next).success, action).toBe(true);
      plan = next;
    }
  });

  it('an add may carry its own id, otherwise the environment makes one', () => {
    const e = env();
    const plan = cp.addGoal(
      base,
      { title: 'x', kind: 'skill', horizon: 'short', strategies: [{ title: 'y' }] },
      { env: e },
    );
    expect(plan.goals.at(-1)?.id).toBe('e-1');
    expect(plan.goals.at(-1)?.strategies[0]?.id).toBe('e-2');
    const own = cp.addGoal(base, { id: 'mine', title: 'x', kind: 'skill', horizon: 'short' });
    expect(own.goals.at(-1)?.id).toBe('mine');
  });

  it('fills defaults and keeps the fields given', () => {
    const plan = cp.addGoal(base, {
      id: 'g9',
      title: 'Learn Linux',
      kind: 'skill',
      horizon: 'short',
      targetDate: '2026-12-01',
    });
    expect(plan.goals.at(-1)).toEqual({
      id: 'g9',
      title: 'Learn Linux',
      kind: 'skill',
      horizon: 'short',
      targetDate: '2026-12-01',
      status: 'open',
      priority: 'medium',
      strategies: [],
    });
  });

  it('an update with undefined removes an optional field; the id and nested lists cannot change', () => {
    const plan = cp.updateGoal(base, 'g1', { description: undefined });
    expect(plan.goals[0]).not.toHaveProperty('description');
    expect(codeOf(() => cp.updateGoal(base, 'g1', { id: 'other' } as never))).toBe('invalid-input');
    expect(codeOf(() => cp.updateGoal(base, 'g1', { strategies: [] } as never))).toBe('invalid-input');
    expect(codeOf(() => cp.updateGoal(base, 'g1', { title: undefined }))).toBe('invalid-input');
  });

  it('an edit that changes nothing records nothing and returns the same plan', () => {
    expect(cp.updateGoal(base, 'g1', { title: base.goals[0]!.title })).toBe(base);
    expect(cp.updateGoal(base, 'g1', {})).toBe(base);
    expect(cp.updateGoal(base, 'g1', { resourceIds: ['r1'] })).toBe(base);
    expect(cp.completeStrategy(base, 's1')).toBe(base);
    expect(cp.reopenStrategy(base, 's2')).toBe(base);
    expect(cp.moveGoal(base, 'g1', 0)).toBe(base);
    expect(cp.updatePlan(base, {})).toBe(base);
    expect(cp.transition(base, 'action-plan')).toBe(base);
    const cleared = cp.clearDecision(cp.createPlan({ owner: { id: 'x' } }));
    expect(cp.revisions(cleared)).toHaveLength(0);
  });

  it('unknown ids fail with not-found', () => {
    expect(codeOf(() => cp.updateGoal(base, 'nope', { title: 'x' }))).toBe('not-found');
    expect(codeOf(() => cp.removeGoal(base, 'nope'))).toBe('not-found');
    expect(codeOf(() => cp.addStrategy(base, 'nope', { title: 'x' }))).toBe('not-found');
    expect(codeOf(() => cp.updateStrategy(base, 'nope', { title: 'x' }))).toBe('not-found');
    expect(codeOf(() => cp.completeStrategy(base, 'nope'))).toBe('not-found');
    expect(codeOf(() => cp.updateCareerOption(base, 'nope', {}))).toBe('not-found');
    expect(codeOf(() => cp.addExplorationActivity(base, 'nope', { kind: 'research' }))).toBe('not-found');
    expect(codeOf(() => cp.removeBackgroundEntry(base, 'nope'))).toBe('not-found');
    expect(codeOf(() => cp.updateNote(base, 'g1', { text: 'x' }))).toBe('not-found');
    const error = (() => {
      try {
        cp.updateGoal(base, 'nope', { title: 'x' });
      } catch (caught) {
        return caught as cp.CareerPlanError;
      }
      return undefined;
    })();
    expect(error?.details).toEqual({ kind: 'goal', id: 'nope' });
  });

  it('bad input fails with invalid-input and zod issues', () => {
    expect(codeOf(() => cp.addGoal(base, { title: '', kind: 'skill', horizon: 'short' }))).toBe('invalid-input');
    expect(codeOf(() => cp.addGoal(base, { title: 'x', kind: 'hobby', horizon: 'short' } as never))).toBe(
      'invalid-input',
    );
    expect(
      codeOf(() => cp.addGoal(base, { title: 'x', kind: 'skill', horizon: 'short', targetDate: '2026-13-01' })),
    ).toBe('invalid-input');
    expect(
      codeOf(() => cp.addGoal(base, { title: 'x', kind: 'skill', horizon: 'short', colour: 'red' } as never)),
    ).toBe('invalid-input');
    expect(codeOf(() => cp.addGoal(base, null as never))).toBe('invalid-input');
    expect(codeOf(() => cp.addCareerOption(base, { title: 'x', socCode: '151232' }))).toBe('invalid-input');
    expect(codeOf(() => cp.updateStrategy(base, 's1', { status: 'finished' } as never))).toBe('invalid-input');
    expect(codeOf(() => cp.updateGoal(base, 'g1', 'title' as never))).toBe('invalid-input');
    expect(codeOf(() => cp.moveGoal(base, 'g1', 5))).toBe('invalid-input');
    expect(codeOf(() => cp.moveGoal(base, 'g1', -1))).toBe('invalid-input');
    expect(codeOf(() => cp.moveStrategy(base, 's1', 1.5))).toBe('invalid-input');
    expect(codeOf(() => cp.addNote(base, { text: 'x' }, { by: { id: '' } }))).toBe('invalid-input');
    expect(codeOf(() => cp.addNote(base, { text: 'x' }, { reason: 5 as never }))).toBe('invalid-input');
    expect(codeOf(() => cp.updatePlan(base, { owner: 'x' } as never))).toBe('invalid-input');
    try {
      cp.addGoal(base, { title: 'x', kind: 'skill', horizon: 'short', targetDate: 'soon' });
    } catch (error) {
      expect(((error as cp.CareerPlanError).details.issues as { path: unknown[] }[])[0]?.path).toEqual(['targetDate']);
    }
  });

  it('duplicate ids fail with duplicate-id, across the whole plan', () => {
    expect(codeOf(() => cp.addGoal(base, { id: 'g1', title: 'x', kind: 'skill', horizon: 'short' }))).toBe(
      'duplicate-id',
    );
    expect(codeOf(() => cp.addGoal(base, { id: 's1', title: 'x', kind: 'skill', horizon: 'short' }))).toBe(
      'duplicate-id',
    );
    expect(codeOf(() => cp.addStrategy(base, 'g2', { id: 'a1', title: 'x' }))).toBe('duplicate-id');
    expect(
      codeOf(() =>
        cp.addGoal(base, {
          title: 'x',
          kind: 'skill',
          horizon: 'short',
          strategies: [
            { id: 'z', title: 'a' },
            { id: 'z', title: 'b' },
          ],
        }),
      ),
    ).toBe('duplicate-id');
    expect(codeOf(() => cp.addExplorationActivity(base, 'o2', { id: 'x1', kind: 'research' }))).toBe('duplicate-id');
  });

  it('references to missing entities fail with invalid-reference', () => {
    expect(codeOf(() => cp.addBarrier(base, { description: 'x', goalIds: ['nope'] }))).toBe('invalid-reference');
    expect(codeOf(() => cp.updateBarrier(base, 'b1', { goalIds: ['nope'] }))).toBe('invalid-reference');
    expect(codeOf(() => cp.addMilestone(base, { title: 'x', date: '2026-01-01', goalIds: ['nope'] }))).toBe(
      'invalid-reference',
    );
    expect(codeOf(() => cp.decide(base, { chosenOptionId: 'nope' }))).toBe('invalid-reference');
    expect(codeOf(() => cp.decide(base, { chosenOptionId: 'o1', longTermOptionId: 'nope' }))).toBe('invalid-reference');
    expect(
      codeOf(() => cp.addCareerOption(base, { title: 'x', origin: { kind: 'assessment', assessmentId: 'nope' } })),
    ).toBe('invalid-reference');
    expect(codeOf(() => cp.updateGoal(base, 'g1', { supports: ['g1'] }))).toBe('invalid-reference');
    expect(codeOf(() => cp.updateGoal(base, 'g1', { resourceIds: ['nope'] }))).toBe('invalid-reference');
    expect(codeOf(() => cp.addAlternative(base, { title: 'x', trigger: 'y', optionId: 'nope' }))).toBe(
      'invalid-reference',
    );
    expect(codeOf(() => cp.addNote(base, { text: 'x', about: { kind: 'strategy', id: 'nope' } }))).toBe(
      'invalid-reference',
    );
    expect(
      codeOf(() => cp.addNote(cp.createPlan({ owner: { id: 'a' } }), { text: 'x', about: { kind: 'decision' } })),
    ).toBe('invalid-reference');
  });

  it('removing a chosen option is refused while the decision names it', () => {
    expect(codeOf(() => cp.removeCareerOption(base, 'o1'))).toBe('invalid-reference');
    expect(codeOf(() => cp.removeCareerOption(base, 'o2'))).toBe('invalid-reference'); // the long-term option
    const cleared = cp.clearDecision(base);
    expect(cleared.careerOptions.find((o) => o.id === 'o1')?.status).toBe('shortlisted');
    expect(cp.removeCareerOption(cleared, 'o1').careerOptions.map((o) => o.id)).toEqual(['o2']);
  });

  it('removing a goal removes its strategies and the links to it', () => {
    const plan = cp.removeGoal(cp.updateGoal(base, 'g1', { supports: ['g2'] }), 'g2');
    expect(plan.goals[0]?.supports).toEqual([]);
    const gone = cp.removeGoal(base, 'g1');
    expect(gone.goals.flatMap((g) => g.strategies.map((s) => s.id))).toEqual([]);
    expect(gone.barriers[0]?.goalIds).toEqual([]);
    expect(gone.milestones[0]?.goalIds).toEqual([]);
  });

  it('removing other entities removes the links to them', () => {
    expect(cp.removeResource(base, 'r1').goals[0]?.resourceIds).toEqual([]);
    expect(cp.removeAssessment(base, 'a1').careerOptions[0]?.origin).toEqual({ kind: 'assessment' });
    expect(cp.removeCareerOption(cp.clearDecision(base), 'o2').alternatives[0]).not.toHaveProperty('optionId');
  });

  it('on any error nothing changes', () => {
    const before = content(base);
    const count = cp.revisions(base).length;
    for (const attempt of [
      () => cp.addGoal(base, { id: 'g1', title: 'x', kind: 'skill', horizon: 'short' }),
      () => cp.removeCareerOption(base, 'o1'),
      () => cp.updateGoal(base, 'g1', { title: '' }),
      () => cp.transition(base, 'nowhere' as never),
    ]) {
      expect(attempt).toThrow(cp.CareerPlanError);
    }
    expect(content(base)).toEqual(before);
    expect(cp.revisions(base)).toHaveLength(count);
  });

  it('strategies keep completedAt in step with their status', () => {
    const e = env();
    let plan = cp.updateStrategy(base, 's2', { status: 'done' }, { env: e });
    expect(plan.goals[0]?.strategies[1]?.completedAt).toBe('2026-02-01T09:00:00.000Z');
    plan = cp.updateStrategy(plan, 's2', { status: 'in-progress' }, { env: e });
    expect(plan.goals[0]?.strategies[1]).not.toHaveProperty('completedAt');
    plan = cp.reopenStrategy(base, 's1');
    expect(plan.goals[0]?.strategies[0]?.status).toBe('todo');
    expect(plan.goals[0]?.strategies[0]).not.toHaveProperty('completedAt');
  });

  it('decide marks the chosen option and sends a previously chosen one back to the shortlist', () => {
    const plan = cp.decide(base, { chosenOptionId: 'o2', rationale: 'Networking pays more' });
    expect(plan.careerOptions.map((o) => o.status)).toEqual(['shortlisted', 'chosen']);
    expect(plan.decision?.chosenOptionId).toBe('o2');
    expect(plan.decision?.criteria).toEqual([]);
  });

  it('a new exploration activity moves an identified option to researching', () => {
    const plan = cp.addExplorationActivity(base, 'o2', { kind: 'research', notes: 'Read the OOH page' });
    expect(plan.careerOptions[1]?.status).toBe('researching');
  });

  it('moves reorder goals and strategies', () => {
    const plan = cp.moveStrategy(cp.moveGoal(base, 'g2', 0), 's2', 0);
    expect(plan.goals.map((g) => g.id)).toEqual(['g2', 'g1']);
    expect(plan.goals[1]?.strategies.map((s) => s.id)).toEqual(['s2', 's1']);
  });

  it('the actor defaults to the owner; a participant named by id gets their name', () => {
    const plan = cp.addResource(
      base,
      { name: 'Library', kind: 'organization' },
      { by: 'dana', reason: 'Free workshops' },
    );
    const last = cp.revisions(plan).at(-1);
    expect(last?.by).toEqual({ id: 'dana', name: 'Dana (counselor)' });
    expect(last?.reason).toBe('Free workshops');
    expect(cp.revisions(cp.addResource(base, { name: 'x', kind: 'other' })).at(-1)?.by).toEqual({
      id: 'alex',
      name: 'Alex Rivera',
    });
    const own = cp.addGoal(base, { title: 'x', kind: 'skill', horizon: 'short' }, { by: 'alex' });
    expect(cp.revisions(own).at(-1)?.by).toEqual({ id: 'alex', name: 'Alex Rivera' });
  });

  it('a value that is not a library plan fails with invalid-plan', () => {
    expect(codeOf(() => cp.addGoal(structuredClone(base), { title: 'x', kind: 'skill', horizon: 'short' }))).toBe(
      'invalid-plan',
    );
    expect(codeOf(() => cp.revisions(JSON.parse(JSON.stringify(base))))).toBe('invalid-plan');
    expect(codeOf(() => cp.canTransition({ ...base }, 'match'))).toBe('invalid-plan');
  });
});
