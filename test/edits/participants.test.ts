import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { toMarkdown } from '../../src/export/index.js';
import { codeOf, content, realisticPlan } from '../helpers.js';

const base = realisticPlan(); // Alex owns it; Dana is a counselor
const dana = { by: 'dana' } as const;

describe('participants and the default policy', () => {
  it('the owner adds and removes advisors, each change a revision; only the owner may', () => {
    let plan = cp.addAdvisor(base, { id: 'sam', name: 'Sam', role: 'mentor' });
    expect(plan.advisors.map((a) => [a.id, a.role])).toEqual([
      ['dana', 'counselor'],
      ['sam', 'mentor'],
    ]);
    expect(cp.revisions(plan).at(-1)?.action).toBe('advisor.add');
    plan = cp.addAdvisor(plan, { id: 'pat', role: 'career-coach' });
    expect(plan.advisors.at(-1)?.role).toBe('career-coach');
    plan = cp.removeAdvisor(plan, 'sam', { reason: 'Moved away' });
    expect(cp.describeRevision(cp.revisions(plan).at(-1)!)).toBe("Alex Rivera removed the advisor 'Sam'");
    expect(codeOf(() => cp.addAdvisor(base, { id: 'eve', role: 'parent' }, dana))).toBe('forbidden');
    expect(codeOf(() => cp.removeAdvisor(base, 'dana', dana))).toBe('forbidden');
    expect(codeOf(() => cp.addAdvisor(base, { id: 'dana', role: 'mentor' }))).toBe('duplicate-id');
    expect(codeOf(() => cp.addAdvisor(base, { id: 'alex', role: 'mentor' }))).toBe('duplicate-id');
    expect(codeOf(() => cp.addAdvisor(base, { id: 'x', role: 'Head Coach' }))).toBe('invalid-input');
    expect(codeOf(() => cp.removeAdvisor(base, 'nobody'))).toBe('not-found');
  });

  it('advisors may comment, suggest and add resources', () => {
    expect(codeOf(() => cp.addNote(base, { text: 'Good progress' }, dana))).toBeUndefined();
    expect(
      codeOf(() => cp.addComment(base, { about: { kind: 'goal', id: 'g1' }, text: 'Nice' }, dana)),
    ).toBeUndefined();
    expect(
      codeOf(() =>
        cp.suggest(
          base,
          { edit: { kind: 'addGoal', input: { title: 'Learn Linux', kind: 'skill', horizon: 'short' } } },
          dana,
        ),
      ),
    ).toBeUndefined();
    expect(codeOf(() => cp.addResource(base, { name: 'Library', kind: 'organization' }, dana))).toBeUndefined();
  });

  it('only the owner sets or changes goals, the decision and stage moves, and the rest of the plan', () => {
    const attempts: [string, () => unknown][] = [
      ['goal.add', () => cp.addGoal(base, { title: 'x', kind: 'skill', horizon: 'short' }, dana)],
      ['goal.update', () => cp.updateGoal(base, 'g1', { priority: 'low' }, dana)],
      ['goal.remove', () => cp.removeGoal(base, 'g1', dana)],
      ['goal.move', () => cp.moveGoal(base, 'g2', 0, dana)],
      ['strategy.add', () => cp.addStrategy(base, 'g1', { title: 'x' }, dana)],
      ['strategy.complete', () => cp.completeStrategy(base, 's2', dana)],
      ['decision.set', () => cp.decide(base, { chosenOptionId: 'o2' }, dana)],
      ['decision.clear', () => cp.clearDecision(base, dana)],
      ['stage.transition', () => cp.transition(base, 'match', dana)],
      [
        'assessment.add',
        () => cp.addAssessment(base, { kind: 'skills', instrument: 'x', takenAt: '2026-01-01' }, dana),
      ],
      ['careerOption.update', () => cp.updateCareerOption(base, 'o1', { fit: 2 }, dana)],
      ['barrier.add', () => cp.addBarrier(base, { description: 'x' }, dana)],
      ['plan.update', () => cp.updatePlan(base, { title: 'x' }, dana)],
      ['privateNote.add', () => cp.addPrivateNote(base, { text: 'x' }, dana)],
    ];
    for (const [action, attempt] of attempts) expect(codeOf(attempt), action).toBe('forbidden');
    const error = (() => {
      try {
        cp.addGoal(base, { title: 'x', kind: 'skill', horizon: 'short' }, dana);
      } catch (caught) {
        return caught as cp.CareerPlanError;
      }
    })();
    expect(error?.details).toEqual({ actor: 'dana', role: 'counselor', action: 'goal.add' });
    expect(error?.message).toMatch(/Dana \(counselor\)/);
  });

  it('an actor who is not a participant may do nothing, and a forged name grants nothing', () => {
    for (const by of ['mallory', { id: 'mallory', name: 'Alex Rivera' }]) {
      expect(codeOf(() => cp.addNote(base, { text: 'hi' }, { by }))).toBe('forbidden');
      expect(codeOf(() => cp.addComment(base, { about: { kind: 'plan' }, text: 'hi' }, { by }))).toBe('forbidden');
      expect(codeOf(() => cp.undo(base, { by }))).toBe('forbidden');
      expect(codeOf(() => cp.viewFor(base, typeof by === 'string' ? by : by.id))).toBe('forbidden');
    }
    // A counselor claiming another name is still the counselor, with a counselor's rights and name.
    const forged = { by: { id: 'dana', name: 'Alex Rivera' } };
    expect(codeOf(() => cp.addGoal(base, { title: 'x', kind: 'skill', horizon: 'short' }, forged))).toBe('forbidden');
    const noted = cp.addNote(base, { text: 'Signed, Alex' }, forged);
    expect(cp.revisions(noted).at(-1)?.by).toEqual({ id: 'dana', name: 'Dana (counselor)' });
    expect(noted.notes.at(-1)?.by).toEqual({ id: 'dana', name: 'Dana (counselor)' });
    const removed = cp.removeAdvisor(base, 'dana');
    expect(codeOf(() => cp.addNote(removed, { text: 'still here?' }, dana))).toBe('forbidden');
  });

  it('permission comes first: a refused actor learns nothing about their input or the plan', () => {
    const bad = {} as never;
    const refused: [string, (by: cp.EditOptions) => unknown][] = [
      ['addGoal', (o) => cp.addGoal(base, bad, o)],
      ['updateGoal', (o) => cp.updateGoal(base, 'no-such-goal', bad, o)],
      ['removeGoal', (o) => cp.removeGoal(base, 'no-such-goal', o)],
      ['moveGoal', (o) => cp.moveGoal(base, 'g1', 99, o)],
      ['addStrategy', (o) => cp.addStrategy(base, 'no-such-goal', bad, o)],
      ['updateStrategy', (o) => cp.updateStrategy(base, 'no-such-strategy', bad, o)],
      ['completeStrategy', (o) => cp.completeStrategy(base, 'no-such-strategy', o)],
      ['reopenStrategy', (o) => cp.reopenStrategy(base, 'no-such-strategy', o)],
      ['removeStrategy', (o) => cp.removeStrategy(base, 'no-such-strategy', o)],
      ['moveStrategy', (o) => cp.moveStrategy(base, 'no-such-strategy', 0, o)],
      ['addAssessment', (o) => cp.addAssessment(base, bad, o)],
      ['addCareerOption', (o) => cp.addCareerOption(base, bad, o)],
      ['addExplorationActivity', (o) => cp.addExplorationActivity(base, 'no-such-option', bad, o)],
      ['decide', (o) => cp.decide(base, bad, o)],
      ['clearDecision', (o) => cp.clearDecision(base, o)],
      ['addBarrier', (o) => cp.addBarrier(base, bad, o)],
      ['addMilestone', (o) => cp.addMilestone(base, bad, o)],
      ['transition', (o) => cp.transition(base, 'nowhere' as never, o)],
      ['setStageData', (o) => cp.setStageData(base, 'nowhere' as never, bad, o)],
      ['updatePlan', (o) => cp.updatePlan(base, { title: '' }, o)],
      ['addAdvisor', (o) => cp.addAdvisor(base, bad, o)],
      ['removeAdvisor', (o) => cp.removeAdvisor(base, 'nobody', o)],
      ['acceptSuggestion', (o) => cp.acceptSuggestion(base, 'no-such-suggestion', o)],
      ['declineSuggestion', (o) => cp.declineSuggestion(base, 'no-such-suggestion', { ...o, reason: '' })],
      ['addPrivateNote', (o) => cp.addPrivateNote(base, bad, o)],
      ['removePrivateNote', (o) => cp.removePrivateNote(base, 'no-such-note', o)],
    ];
    for (const [name, edit] of refused) {
      expect(
        codeOf(() => edit(dana)),
        `${name} by an advisor`,
      ).toBe('forbidden');
      expect(
        codeOf(() => edit({ by: 'mallory' })),
        `${name} by a stranger`,
      ).toBe('forbidden');
    }
    // What advisors may do, strangers may not, whatever the input.
    expect(codeOf(() => cp.addComment(base, bad, { by: 'mallory' }))).toBe('forbidden');
    expect(codeOf(() => cp.suggest(base, bad, { by: 'mallory' }))).toBe('forbidden');
    expect(codeOf(() => cp.addResource(base, bad, { by: 'mallory' }))).toBe('forbidden');
    // Those allowed still get their input checked.
    expect(codeOf(() => cp.addComment(base, bad, dana))).toBe('invalid-input');
    expect(codeOf(() => cp.addGoal(base, bad))).toBe('invalid-input');
  });

  it('a refused edit changes nothing', () => {
    const before = content(base);
    expect(() => cp.addGoal(base, { title: 'x', kind: 'skill', horizon: 'short' }, dana)).toThrow(cp.CareerPlanError);
    expect(content(base)).toEqual(before);
    expect(cp.revisions(base)).toHaveLength(21);
  });

  it('apps supply their own policy, also when loading', () => {
    const supervisorApproves: cp.Policy = (request) =>
      cp.defaultPolicy(request) ||
      (request.role === 'supervisor' &&
        (request.action === 'milestone.update' || request.action === 'strategy.complete'));
    let plan = cp.createPlan({ owner: { id: 'jo' }, policy: supervisorApproves });
    expect(cp.policyOf(plan)).toBe(supervisorApproves);
    plan = cp.addAdvisor(plan, { id: 'boss', role: 'supervisor' });
    plan = cp.addGoal(plan, {
      id: 'g',
      title: 'Lead a project',
      kind: 'advancement',
      horizon: 'short',
      strategies: [{ id: 's', title: 'Draft the plan' }],
    });
    plan = cp.completeStrategy(plan, 's', { by: 'boss' });
    expect(plan.goals[0]?.strategies[0]?.status).toBe('done');
    expect(codeOf(() => cp.updateGoal(plan, 'g', { priority: 'high' }, { by: 'boss' }))).toBe('forbidden');
    const text = cp.serialize(plan);
    const loaded = cp.deserialize(text, { policy: supervisorApproves });
    expect(codeOf(() => cp.reopenStrategy(loaded, 's', { by: 'boss' }))).toBe('forbidden');
    // a refused actor is told so even when the edit would change nothing
    expect(codeOf(() => cp.reopenStrategy(cp.undo(loaded, { by: 'boss' }), 's', { by: 'boss' }))).toBe('forbidden');
    expect(codeOf(() => cp.updateGoal(loaded, 'g', {}, { by: 'boss' }))).toBe('forbidden');
    expect(codeOf(() => cp.completeStrategy(cp.reopenStrategy(loaded, 's'), 's', { by: 'boss' }))).toBeUndefined();
    // The history is replayed under the policy given: without it, the supervisor's change was not allowed.
    expect(codeOf(() => cp.deserialize(text))).toBe('corrupt-history');
    expect(codeOf(() => cp.createPlan({ owner: { id: 'x' }, policy: 'open' as never }))).toBe('invalid-input');
  });
});

describe('suggestions', () => {
  const suggested = cp.suggest(
    base,
    {
      id: 'sg1',
      edit: {
        kind: 'addStrategy',
        goalId: 'g1',
        input: { title: 'Take a practice exam', byWho: 'me', dueDate: '2026-05-15' },
      },
      note: 'Catches weak areas early',
    },
    dana,
  );

  it("an advisor's suggestion is kept as pending, in the history", () => {
    expect(suggested.suggestions[0]).toMatchObject({
      id: 'sg1',
      by: { id: 'dana', name: 'Dana (counselor)' },
      status: 'pending',
      note: 'Catches weak areas early',
    });
    expect(suggested.goals[0]?.strategies).toHaveLength(2);
    expect(cp.describeRevision(cp.revisions(suggested).at(-1)!)).toBe(
      'Dana (counselor) suggested a strategy: Take a practice exam',
    );
  });

  it('accepting makes the real edit in one revision, crediting both', () => {
    const accepted = cp.acceptSuggestion(suggested, 'sg1');
    expect(accepted.goals[0]?.strategies.at(-1)).toMatchObject({
      title: 'Take a practice exam',
      dueDate: '2026-05-15',
      status: 'todo',
    });
    expect(accepted.suggestions[0]).toMatchObject({ status: 'accepted' });
    const revision = cp.revisions(accepted).at(-1);
    expect(revision).toMatchObject({
      action: 'strategy.add',
      by: { id: 'alex' },
      credit: { id: 'dana', name: 'Dana (counselor)' },
      suggestion: 'sg1',
    });
    expect(cp.describeRevision(revision!)).toBe(
      "Alex Rivera added the strategy 'Take a practice exam' (suggested by Dana (counselor))",
    );
    expect(cp.revisions(accepted)).toHaveLength(cp.revisions(suggested).length + 1);
    const undone = cp.undo(accepted);
    expect(undone.suggestions[0]?.status).toBe('pending');
    expect(undone.goals[0]?.strategies).toHaveLength(2);
    expect(codeOf(() => cp.acceptSuggestion(accepted, 'sg1'))).toBe('invalid-input');
  });

  it('each kind of suggested edit applies as the edit itself', () => {
    let plan = cp.suggest(
      base,
      {
        id: 'a',
        edit: { kind: 'addGoal', input: { id: 'g9', title: 'Learn Linux', kind: 'skill', horizon: 'short' } },
      },
      dana,
    );
    plan = cp.suggest(
      plan,
      { id: 'b', edit: { kind: 'updateGoal', id: 'g1', changes: { targetDate: '2026-12-15', priority: 'medium' } } },
      dana,
    );
    plan = cp.suggest(
      plan,
      { id: 'c', edit: { kind: 'updateStrategy', id: 's2', changes: { dueDate: '2026-07-31' } } },
      dana,
    );
    for (const id of ['a', 'b', 'c']) plan = cp.acceptSuggestion(plan, id);
    expect(plan.goals.map((g) => g.id)).toContain('g9');
    expect(plan.goals[0]).toMatchObject({ targetDate: '2026-12-15', priority: 'medium' });
    expect(plan.goals[0]?.strategies[1]?.dueDate).toBe('2026-07-31');
    expect(
      cp
        .revisions(plan)
        .slice(-3)
        .map((r) => r.action),
    ).toEqual(['goal.add', 'goal.update', 'strategy.update']);
  });

  it('a suggestion already in effect is accepted without an edit', () => {
    const same = cp.suggest(
      base,
      { id: 'same', edit: { kind: 'updateGoal', id: 'g1', changes: { priority: 'high' } } },
      dana,
    );
    const accepted = cp.acceptSuggestion(same, 'same');
    expect(accepted.suggestions[0]?.status).toBe('accepted');
    expect(cp.revisions(accepted).at(-1)).toMatchObject({ action: 'suggestion.accept', credit: { id: 'dana' } });
  });

  it('declining keeps the reason; only the owner accepts or declines; only the author withdraws', () => {
    const declined = cp.declineSuggestion(suggested, 'sg1', { reason: 'I will use the course quizzes instead' });
    expect(declined.suggestions[0]).toMatchObject({
      status: 'declined',
      reason: 'I will use the course quizzes instead',
    });
    expect(cp.revisions(declined).at(-1)).toMatchObject({
      action: 'suggestion.decline',
      reason: 'I will use the course quizzes instead',
    });
    expect(codeOf(() => cp.declineSuggestion(suggested, 'sg1', { reason: '' }))).toBe('invalid-input');
    expect(codeOf(() => cp.acceptSuggestion(suggested, 'sg1', dana))).toBe('forbidden');
    expect(codeOf(() => cp.declineSuggestion(suggested, 'sg1', { ...dana, reason: 'no' }))).toBe('forbidden');
    expect(codeOf(() => cp.withdrawSuggestion(suggested, 'sg1'))).toBe('forbidden');
    expect(cp.withdrawSuggestion(suggested, 'sg1', dana).suggestions[0]?.status).toBe('withdrawn');
    expect(codeOf(() => cp.acceptSuggestion(suggested, 'nope'))).toBe('not-found');
  });

  it("a stale suggestion fails with the edit's own error and stays pending", () => {
    const goalGone = cp.removeGoal(suggested, 'g1');
    expect(codeOf(() => cp.acceptSuggestion(goalGone, 'sg1'))).toBe('not-found');
    expect(goalGone.suggestions[0]?.status).toBe('pending');
  });

  it('suggested edits are validated when suggested', () => {
    expect(
      codeOf(() =>
        cp.suggest(base, { edit: { kind: 'addGoal', input: { title: '', kind: 'skill', horizon: 'short' } } }, dana),
      ),
    ).toBe('invalid-input');
    expect(
      codeOf(() => cp.suggest(base, { edit: { kind: 'addStrategy', goalId: 'nope', input: { title: 'x' } } }, dana)),
    ).toBe('not-found');
    expect(codeOf(() => cp.suggest(base, { edit: { kind: 'updateStrategy', id: 'nope', changes: {} } }, dana))).toBe(
      'not-found',
    );
    expect(codeOf(() => cp.suggest(base, { edit: { kind: 'deleteEverything' } as never }, dana))).toBe('invalid-input');
  });
});

describe('comments and private notes', () => {
  it('comments form threads on goals, strategies, options and the decision', () => {
    let plan = cp.addComment(
      base,
      { id: 'c1', about: { kind: 'goal', id: 'g1' }, text: 'Is September realistic?' },
      dana,
    );
    plan = cp.addComment(plan, {
      id: 'c2',
      about: { kind: 'goal', id: 'g1' },
      replyTo: 'c1',
      text: 'Yes, with the evening course.',
    });
    plan = cp.addComment(plan, { about: { kind: 'decision' }, text: 'Good choice' }, dana);
    plan = cp.addComment(plan, { about: { kind: 'strategy', id: 's2' }, text: 'Book it early' }, dana);
    plan = cp.addComment(plan, { about: { kind: 'careerOption', id: 'o2' }, text: 'Look at the CCNA too' }, dana);
    expect(plan.comments.map((c) => [c.by.id, c.replyTo ?? null])).toEqual([
      ['dana', null],
      ['alex', 'c1'],
      ['dana', null],
      ['dana', null],
      ['dana', null],
    ]);
    expect(codeOf(() => cp.addComment(plan, { about: { kind: 'goal', id: 'g2' }, replyTo: 'c1', text: 'x' }))).toBe(
      'invalid-reference',
    );
    expect(codeOf(() => cp.addComment(plan, { about: { kind: 'goal', id: 'nope' }, text: 'x' }))).toBe(
      'invalid-reference',
    );
    expect(codeOf(() => cp.addComment(plan, { about: { kind: 'goal' }, text: 'x' }))).toBe('invalid-input');
    expect(codeOf(() => cp.removeComment(plan, 'c1', { by: 'alex' }))).toBeUndefined();
    expect(codeOf(() => cp.removeComment(plan, 'c2', dana))).toBe('forbidden');
    expect(cp.removeComment(plan, 'c1', dana).comments.map((c) => c.id)).not.toContain('c1');
  });

  it("private notes never reach an advisor's view, document or history", () => {
    let plan = cp.addPrivateNote(base, { id: 'p1', text: 'SECRET: worried about the exam fee' });
    plan = cp.addGoal(plan, { id: 'g5', title: 'Apply for JobPath funding', kind: 'funding', horizon: 'short' });
    plan = cp.addPrivateNote(plan, { id: 'p2', text: 'SECRET: ask mom for a loan' });
    plan = cp.undo(plan);
    plan = cp.redo(plan);
    plan = cp.removePrivateNote(plan, 'p1');
    expect(plan.privateNotes.map((n) => n.id)).toEqual(['p2']);
    const view = cp.viewFor(plan, 'dana');
    expect(view.privateNotes).toEqual([]);
    expect(view.goals.map((g) => g.id)).toContain('g5');
    expect(JSON.stringify(cp.revisions(view))).not.toContain('SECRET');
    expect(cp.revisions(view).map((r) => r.seq)).toEqual(cp.revisions(view).map((_, i) => i + 1));
    const document = cp.serialize(plan, { for: 'dana' });
    expect(document).not.toContain('SECRET');
    const loaded = cp.deserialize(document);
    expect(content(loaded)).toEqual(content(view));
    expect(cp.planAt(view, cp.revisionCount(view)).goals.map((g) => g.id)).toContain('g5');
    expect(cp.viewFor(plan, 'alex')).toBe(plan);
    expect(codeOf(() => cp.addComment(view, { about: { kind: 'plan' }, text: 'x' }, dana))).toBe('invalid-plan');
    expect(codeOf(() => cp.undo(view, dana))).toBe('invalid-plan');
    expect(codeOf(() => cp.viewFor(plan, 'mallory'))).toBe('forbidden');
    expect(toMarkdown(plan)).not.toContain('SECRET');
  });

  it('private notes have ids of their own: an advisor cannot probe for them', () => {
    let plan = cp.addAdvisor(cp.createPlan({ owner: { id: 'alex' } }), { id: 'dana', role: 'counselor' });
    plan = cp.addPrivateNote(plan, { id: 'secret', text: 'Worried about money' });
    // the advisor's id is checked only against what advisors can see: it is free for them
    const commented = cp.addComment(plan, { id: 'secret', text: 'Hello', about: { kind: 'plan' } }, { by: 'dana' });
    expect(commented.comments.map((c) => c.id)).toEqual(['secret']);
    expect(cp.deserialize(cp.serialize(commented)).privateNotes).toHaveLength(1);
    expect(cp.viewFor(commented, 'dana').comments).toHaveLength(1);
    // private notes are unique among themselves, in memory and when loading
    expect(codeOf(() => cp.addPrivateNote(commented, { id: 'secret', text: 'Again' }))).toBe('duplicate-id');
    const twice = JSON.parse(cp.serialize(commented));
    twice.plan.privateNotes.push({ ...twice.plan.privateNotes[0] });
    const refused = cp.safeDeserialize(twice);
    expect(refused.success ? undefined : refused.error.code).toBe('duplicate-id');
  });

  it("property: whatever the owner does, nothing private leaks and the view's history holds", () => {
    type Step = { kind: 'private' | 'goal' | 'comment' | 'undo' | 'redo' | 'removePrivate'; n: number };
    const step = fc.record({
      kind: fc.constantFrom('private', 'goal', 'comment', 'undo', 'redo', 'removePrivate'),
      n: fc.nat({ max: 20 }),
    }) as fc.Arbitrary<Step>;
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        const env = cp.fixedEnv({ tick: 1000 });
        let plan = cp.addAdvisor(
          cp.createPlan({ owner: { id: 'alex' } }, { env }),
          { id: 'dana', role: 'counselor' },
          { env },
        );
        steps.forEach(({ kind, n }, i) => {
          if (kind === 'private') plan = cp.addPrivateNote(plan, { text: `SECRET ${i}` }, { env });
          else if (kind === 'goal')
            plan = cp.addGoal(plan, { title: `Goal ${i}`, kind: 'skill', horizon: 'short' }, { env });
          else if (kind === 'comment')
            plan = cp.addComment(plan, { about: { kind: 'plan' }, text: `Comment ${i}` }, { env, by: 'dana' });
          else if (kind === 'undo') {
            const undone = cp.undo(plan, { env });
            if (undone.advisors.length > 0) plan = undone; // never undo adding Dana herself
          } else if (kind === 'redo') plan = cp.redo(plan, { env });
          else if (plan.privateNotes.length > 0)
            plan = cp.removePrivateNote(plan, plan.privateNotes[n % plan.privateNotes.length]!.id, { env });
        });
        const view = cp.viewFor(plan, 'dana');
        const text = cp.serialize(plan, { for: 'dana' });
        expect(text).not.toContain('SECRET');
        const { privateNotes: _hidden, ...visible } = content(plan) as Record<string, unknown>;
        const { privateNotes: none, ...seen } = content(view) as Record<string, unknown>;
        expect(none).toEqual([]);
        expect(seen).toEqual(visible);
        const loaded = cp.deserialize(text);
        for (let k = 0; k <= cp.revisionCount(loaded); k++)
          expect(JSON.stringify(cp.planAt(loaded, k))).not.toContain('SECRET');
      }),
      { numRuns: 80 },
    );
  });
});

describe('describeRevision for participant actions', () => {
  it('says each in one sentence', () => {
    let plan = cp.addAdvisor(base, { id: 'sam', name: 'Sam', role: 'mentor' });
    plan = cp.suggest(
      plan,
      { id: 'a', edit: { kind: 'addGoal', input: { title: 'Learn Linux', kind: 'skill', horizon: 'short' } } },
      dana,
    );
    plan = cp.suggest(plan, { id: 'b', edit: { kind: 'updateGoal', id: 'g1', changes: { priority: 'low' } } }, dana);
    plan = cp.suggest(
      plan,
      { id: 'c', edit: { kind: 'updateStrategy', id: 's2', changes: { byWho: 'Sam' } } },
      { by: 'sam' },
    );
    plan = cp.declineSuggestion(plan, 'b', { reason: 'Still high' });
    plan = cp.withdrawSuggestion(plan, 'c', { by: 'sam' });
    plan = cp.acceptSuggestion(plan, 'a');
    plan = cp.addComment(plan, { id: 'c1', about: { kind: 'plan' }, text: 'Well done' }, dana);
    plan = cp.removeComment(plan, 'c1', dana);
    plan = cp.addPrivateNote(plan, { id: 'p', text: 'secret' });
    plan = cp.removePrivateNote(plan, 'p');
    plan = cp.removeAdvisor(plan, 'sam');
    expect(
      cp
        .revisions(plan)
        .slice(-12)
        .map((r) => cp.describeRevision(r, { includeReason: true })),
    ).toEqual([
      "Alex Rivera added the advisor 'Sam'",
      'Dana (counselor) suggested a goal: Learn Linux',
      'Dana (counselor) suggested changes to the goal Finish the CompTIA A+ certificate',
      'Sam suggested changes to the strategy Pass Core 1',
      'Alex Rivera declined the suggestion of changes to the goal Finish the CompTIA A+ certificate: Still high',
      'Sam withdrew the suggestion of changes to the strategy Pass Core 1',
      "Alex Rivera added the goal 'Learn Linux' (suggested by Dana (counselor))",
      "Dana (counselor) commented 'Well done'",
      "Dana (counselor) removed the comment 'Well done'",
      'Alex Rivera added a private note',
      'Alex Rivera removed a private note',
      "Alex Rivera removed the advisor 'Sam'",
    ]);
  });
});

describe('everything survives a serialize and deserialize round trip', () => {
  it('participants, suggestions, comments, private notes, credits', () => {
    let plan = cp.suggest(
      base,
      { id: 'sg', edit: { kind: 'addGoal', input: { title: 'Learn Linux', kind: 'skill', horizon: 'short' } } },
      dana,
    );
    plan = cp.acceptSuggestion(plan, 'sg');
    plan = cp.addComment(plan, { about: { kind: 'plan' }, text: 'Onward' }, dana);
    plan = cp.addPrivateNote(plan, { id: 'p', text: 'private' });
    const loaded = cp.deserialize(cp.serialize(plan));
    expect(content(loaded)).toEqual(content(plan));
    expect(cp.revisions(loaded)).toEqual(cp.revisions(plan));
    expect(codeOf(() => cp.addGoal(loaded, { title: 'x', kind: 'skill', horizon: 'short' }, dana))).toBe('forbidden');
    expect(codeOf(() => cp.addComment(loaded, { about: { kind: 'plan' }, text: 'x' }, dana))).toBeUndefined();
    const bad = JSON.parse(cp.serialize(plan));
    bad.plan.advisors.push({ ...bad.plan.advisors[0] });
    expect(cp.safeDeserialize(bad)).toMatchObject({ success: false, error: { code: 'duplicate-id' } });
  });
});
