import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { content, isDeepFrozen, realisticPlan } from '../helpers.js';

const goal = { title: 'Finish the CompTIA A+ certificate', kind: 'education', horizon: 'short' } as const;

describe('revisions', () => {
  it('lists every revision oldest first with who, when, what and why', () => {
    const env = cp.fixedEnv({ start: '2026-03-01T10:00:00.000Z', idPrefix: 'r' });
    let plan = cp.createPlan({ owner: { id: 'alex', name: 'Alex' } }, { env });
    env.advance({ days: 1 });
    plan = cp.addGoal(plan, { ...goal, id: 'g1' }, { env, reason: 'Counselor suggested it' });
    const [revision] = cp.revisions(plan);
    expect(revision).toEqual({
      id: 'r2',
      seq: 1,
      at: '2026-03-02T10:00:00.000Z',
      by: { id: 'alex', name: 'Alex' },
      action: 'goal.add',
      reason: 'Counselor suggested it',
      subject: { kind: 'goal', id: 'g1', label: goal.title },
      edit: { kind: 'addGoal', input: { ...goal, id: 'g1', status: 'open', priority: 'medium', strategies: [] } },
      ops: [{ op: 'add', kind: 'goal', index: 0, value: plan.goals[0] }],
    });
    expect(isDeepFrozen(cp.revisions(plan))).toBe(true);
    expect(cp.revisionSchema.safeParse(JSON.parse(JSON.stringify(revision))).success).toBe(true);
    expect(cp.revisionCount(plan)).toBe(1);
  });

  it('removing a field makes a new entity with the other fields in their order; the earlier plan keeps it', () => {
    const before = cp.updateGoal(cp.addGoal(realisticPlan(), { ...goal, id: 'gx' }), 'gx', {
      targetDate: '2027-01-31',
      description: 'Both exams',
    });
    const after = cp.updateGoal(before, 'gx', { targetDate: null });
    const [was, is] = [before, after].map((plan) => plan.goals.find((g) => g.id === 'gx')!);
    expect(Object.keys(is!)).toEqual(Object.keys(was!).filter((key) => key !== 'targetDate'));
    expect(was!.targetDate).toBe('2027-01-31');
    expect(Object.isFrozen(is)).toBe(true);
    // Undo and planAt give the field back.
    expect(cp.undo(after).goals.find((g) => g.id === 'gx')).toEqual(was);
    expect(cp.planAt(after, cp.revisionCount(before)).goals.find((g) => g.id === 'gx')).toEqual(was);
    const loaded = cp.deserialize(cp.serialize(after));
    expect(loaded.goals.find((g) => g.id === 'gx')).toEqual(is);
  });

  it('each plan an edit returned keeps its own view of history', () => {
    const a = cp.addGoal(cp.createPlan({ owner: { id: 'alex' } }), goal);
    const b = cp.addGoal(a, { ...goal, title: 'Second' });
    expect(cp.revisions(a)).toHaveLength(1);
    expect(cp.revisions(b)).toHaveLength(2);
    expect(cp.revisions(b)[0]).toBe(cp.revisions(a)[0]);
  });

  it('stays out of JSON, spreading and deep equality', () => {
    const plan = realisticPlan();
    expect(Object.keys(plan).sort()).toEqual(Object.keys(cp.planSchema.parse(JSON.parse(JSON.stringify(plan)))).sort());
    expect(JSON.stringify(plan)).not.toMatch(/"ops"|"revisions"/);
    expect(Object.getOwnPropertySymbols(plan)).toHaveLength(1);
  });
});

describe('undo and redo', () => {
  it('undo appends a revision that reverts the latest change; redo re-applies it', () => {
    const p0 = cp.createPlan({ owner: { id: 'alex', name: 'Alex' } });
    const p1 = cp.addGoal(p0, { ...goal, id: 'g1' });
    const p2 = cp.updateGoal(p1, 'g1', { priority: 'high' });
    const u1 = cp.undo(p2);
    expect(content(u1)).toEqual(content(p1));
    expect(cp.revisions(u1).map((r) => r.action)).toEqual(['goal.add', 'goal.update', 'undo']);
    expect(cp.revisions(u1).at(-1)?.target).toEqual({ id: cp.revisions(p2)[1]?.id, action: 'goal.update' });
    const u2 = cp.undo(u1);
    expect(content(u2)).toEqual(content(p0));
    expect(cp.canUndo(u2)).toBe(false);
    expect(cp.undo(u2)).toBe(u2);
    const r1 = cp.redo(u2);
    expect(content(r1)).toEqual(content(p1));
    const r2 = cp.redo(r1);
    expect(content(r2)).toEqual(content(p2));
    expect(cp.canRedo(r2)).toBe(false);
    expect(cp.redo(r2)).toBe(r2);
    expect(cp.revisions(r2)).toHaveLength(6);
    // undoing a redo reverts the redone change
    expect(content(cp.undo(r2))).toEqual(content(p1));
  });

  it('a new ordinary edit ends the redo chain', () => {
    const p1 = cp.addGoal(cp.createPlan({ owner: { id: 'alex' } }), { ...goal, id: 'g1' });
    const undone = cp.undo(p1);
    expect(cp.canRedo(undone)).toBe(true);
    const edited = cp.addGoal(undone, { ...goal, id: 'g2' });
    expect(cp.canRedo(edited)).toBe(false);
    expect(cp.redo(edited)).toBe(edited);
    expect(cp.canUndo(edited)).toBe(true);
  });

  it('records who undid and why', () => {
    const withDana = cp.addAdvisor(cp.createPlan({ owner: { id: 'alex' } }), {
      id: 'dana',
      name: 'Dana',
      role: 'counselor',
    });
    const noted = cp.addNote(cp.addGoal(withDana, goal), { text: 'Typo' }, { by: 'dana' });
    const plan = cp.undo(noted, { by: 'dana', reason: 'Oops' });
    expect(cp.revisions(plan).at(-1)).toMatchObject({
      action: 'undo',
      by: { id: 'dana', name: 'Dana' },
      reason: 'Oops',
    });
    // undo belongs to a person: Dana has nothing more of hers to undo, and the owner's goal stays
    expect(cp.canUndo(plan, { by: 'dana' })).toBe(false);
    expect(cp.undo(plan, { by: 'dana' })).toBe(plan);
    expect(cp.undo(plan).goals).toHaveLength(0);
    // a stranger is refused even with nothing to undo
    expect(() => cp.undo(plan, { by: 'mallory' })).toThrow(expect.objectContaining({ code: 'forbidden' }));
  });

  it('undoes stage moves like any edit', () => {
    const plan = realisticPlan();
    const back = cp.transition(plan, 'exploration', { reason: 'Look at networking again' });
    const undone = cp.undo(back);
    expect(undone.stage).toBe('action-plan');
    expect(undone.journey).toEqual(plan.journey);
  });
});

describe('planAt', () => {
  const env = cp.fixedEnv({ start: '2026-01-01T00:00:00.000Z' });
  let plan = cp.createPlan({ owner: { id: 'alex' } }, { env });
  const states = [plan];
  for (let i = 0; i < 200; i++) {
    env.advance({ days: 1 });
    plan = cp.addGoal(plan, { title: `Goal ${i}`, kind: 'skill', horizon: 'short' }, { env });
    states.push(plan);
  }

  it('returns the plan right after a revision, by sequence number or id', () => {
    for (const k of [0, 1, 63, 64, 65, 127, 128, 150, 199, 200]) {
      expect(content(cp.planAt(plan, k))).toEqual(content(states[k]!));
    }
    const id = cp.revisions(plan)[99]!.id;
    expect(content(cp.planAt(plan, id))).toEqual(content(states[100]!));
    expect(cp.planAt(plan, 200)).toBe(plan);
  });

  it('returns the plan at an instant', () => {
    expect(cp.planAt(plan, '2026-01-01T12:00:00.000Z').goals).toHaveLength(0);
    expect(cp.planAt(plan, '2026-01-11T00:00:00.000Z').goals).toHaveLength(10);
    expect(cp.planAt(plan, '2026-01-11T00:00:00+01:00').goals).toHaveLength(9);
    expect(cp.planAt(plan, '2030-01-01T00:00:00.000Z')).toBe(plan);
  });

  it('returns a frozen plan whose own history ends there; editing it branches', () => {
    const past = cp.planAt(plan, 50);
    expect(isDeepFrozen(past)).toBe(true);
    expect(cp.revisions(past)).toHaveLength(50);
    const branch = cp.addGoal(past, { title: 'Branch', kind: 'skill', horizon: 'short' });
    expect(cp.revisions(branch)).toHaveLength(51);
    expect(cp.revisions(plan)).toHaveLength(200);
    expect(cp.canTransition(past, 'exploration').ok).toBe(false);
  });

  it('fails with not-found for points outside the history', () => {
    for (const point of [-1, 201, 1.5, 'no-such-revision', '2025-12-31T00:00:00.000Z']) {
      expect(() => cp.planAt(plan, point)).toThrow(expect.objectContaining({ code: 'not-found' }));
    }
    expect(() => cp.planAt(plan, {} as never)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    expect(() => cp.planAt(plan, '2026-01-11')).toThrow(
      expect.objectContaining({ code: 'invalid-input', message: expect.stringContaining('2026-01-11T23:59:59.999Z') }),
    );
    const other = cp.revisions(
      cp.addGoal(cp.createPlan({ owner: { id: 'sam' } }), { title: 'Other', kind: 'skill', horizon: 'short' }),
    )[0]!;
    expect(() => cp.planAt(plan, other)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('takes a revision itself, as revisions() lists it', () => {
    const listed = cp.revisions(plan);
    expect(content(cp.planAt(plan, listed[99]!))).toEqual(content(cp.planAt(plan, 100)));
    expect(cp.planAt(plan, listed.at(-1)!)).toBe(plan);
  });
});

describe('describeRevision', () => {
  it('says what every kind of revision did, in one sentence', () => {
    const env = cp.fixedEnv();
    const o = { env };
    let plan = realisticPlan(env);
    plan = cp.updateGoal(plan, 'g1', { priority: 'medium' }, o);
    plan = cp.moveGoal(plan, 'g2', 0, o);
    plan = cp.reopenStrategy(plan, 's1', o);
    plan = cp.removeBarrier(plan, 'b1', o);
    plan = cp.updatePlan(plan, { title: 'New title' }, o);
    plan = cp.clearDecision(plan, o);
    plan = cp.transition(plan, 'exploration', o);
    plan = cp.undo(plan, o);
    plan = cp.redo(plan, o);
    const sentences = cp.revisions(plan).map((r) => cp.describeRevision(r));
    expect(sentences).toEqual([
      "Alex Rivera added the advisor 'Dana (counselor)'",
      "Alex Rivera added the job 'Sales associate at Desert Books'",
      "Alex Rivera added the education entry 'Diploma, Tucson High School'",
      "Alex Rivera added the assessment 'O*NET Interest Profiler'",
      "Alex Rivera added the career option 'Computer User Support Specialist'",
      "Alex Rivera added the career option 'Computer Network Support Specialist'",
      "Alex Rivera moved the plan from 'Self assessment' to 'Career exploration'",
      "Alex Rivera updated the career option 'Computer User Support Specialist'",
      "Alex Rivera added the exploration activity 'informational interview for Computer User Support Specialist'",
      "Alex Rivera moved the plan from 'Career exploration' to 'Match'",
      "Alex Rivera chose 'Computer User Support Specialist' as the best fit",
      "Alex Rivera moved the plan from 'Match' to 'Action plan'",
      "Alex Rivera added the resource 'Pima Community College IT certificate'",
      "Alex Rivera added the goal 'Finish the CompTIA A+ certificate'",
      "Alex Rivera added the goal 'Work as a help desk technician'",
      "Alex Rivera updated the goal 'Finish the CompTIA A+ certificate'",
      "Alex Rivera added the barrier 'Caring for my son in the evenings'",
      "Alex Rivera added the milestone 'A+ certificate earned'",
      "Alex Rivera added the alternative 'Retail electronics support'",
      "Dana (counselor) added the note 'Reviewed with Dana: on track.'",
      "Alex Rivera completed the strategy 'Enroll in the evening course'",
      "Alex Rivera updated the goal 'Finish the CompTIA A+ certificate'",
      "Alex Rivera moved the goal 'Work as a help desk technician'",
      "Alex Rivera reopened the strategy 'Enroll in the evening course'",
      "Alex Rivera removed the barrier 'Caring for my son in the evenings'",
      'Alex Rivera updated the plan details',
      'Alex Rivera withdrew the decision',
      "Alex Rivera moved the plan from 'Action plan' to 'Career exploration'",
      "Alex Rivera undid a change (moved the plan from 'Action plan' to 'Career exploration')",
      "Alex Rivera redid a change (moved the plan from 'Action plan' to 'Career exploration')",
    ]);
  });

  it('covers the remaining actions and the reason', () => {
    const base = realisticPlan();
    const cases: [cp.Plan, string][] = [
      [cp.addStrategy(base, 'g2', { title: 'Apply' }), "Alex Rivera added the strategy 'Apply'"],
      [cp.removeStrategy(base, 's2'), "Alex Rivera removed the strategy 'Pass Core 1'"],
      [cp.moveStrategy(base, 's2', 0), "Alex Rivera moved the strategy 'Pass Core 1'"],
      [cp.updateStrategy(base, 's2', { byWho: 'Dana' }), "Alex Rivera updated the strategy 'Pass Core 1'"],
      [cp.addLicense(base, { name: 'ITF+' }), "Alex Rivera added the license 'ITF+'"],
      [
        cp.addVolunteerWork(base, { organization: 'Library', role: 'Helper' }),
        "Alex Rivera added the volunteer work 'Helper at Library'",
      ],
      [
        cp.addResource(base, { name: 'Library', kind: 'organization' }, { by: 'dana' }),
        "Dana (counselor) added the resource 'Library'",
      ],
    ];
    for (const [plan, sentence] of cases) expect(cp.describeRevision(cp.revisions(plan).at(-1)!)).toBe(sentence);
    const why = cp.removeGoal(base, 'g2', { reason: 'Changed my mind' });
    expect(cp.describeRevision(cp.revisions(why).at(-1)!, { includeReason: true })).toBe(
      "Alex Rivera removed the goal 'Work as a help desk technician': Changed my mind",
    );
  });
});

describe('viewFor leaves the plan it was given as it was', () => {
  /** Whether each revision of a plan's history is marked as read from a document. */
  const marks = async (plan: cp.Plan): Promise<boolean[]> => {
    const { historyOf } = await import('../../src/history/node.js');
    const out: boolean[] = [];
    for (let node = historyOf(plan); node.revision !== null; node = node.prev!) out.push(node.loaded === true);
    return out;
  };

  it('marks none of the full plan revisions as read from a document, so its undo stays as fast', async () => {
    const plan = cp.addPrivateNote(realisticPlan(), { text: 'Private' });
    const view = cp.viewFor(plan, 'dana');
    expect((await marks(plan)).some(Boolean)).toBe(false);
    expect(cp.revisions(view).length).toBe(cp.revisions(plan).length - 1);
    expect(content(cp.undo(plan))).toEqual(content(cp.undo(cp.addPrivateNote(realisticPlan(), { text: 'Private' }))));
  });

  it('keeps treating revisions of a loaded history as loaded through a view', async () => {
    const loaded = cp.deserialize(cp.serialize(cp.addGoal(cp.addPrivateNote(realisticPlan(), { text: 'P' }), goal)));
    expect((await marks(loaded)).every(Boolean)).toBe(true);
    expect((await marks(cp.viewFor(loaded, 'dana'))).every(Boolean)).toBe(true);
    expect((await marks(cp.addGoal(loaded, { ...goal, title: 'New' }))).slice(0, 1)).toEqual([false]);
  });
});
