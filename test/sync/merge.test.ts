import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import type { Plan, Policy } from '../../src/index.js';
import { codeOf, content } from '../helpers.js';

const coachEdits: Policy = (request) => request.role === 'owner' || request.action !== 'advisor.add';

/** A stored plan both devices load: one goal with one strategy, and a coach. */
function stored(policy?: Policy): string {
  const env = cp.fixedEnv({ start: '2026-03-01T09:00:00.000Z', tick: 1000, idPrefix: 'base-' });
  let plan = cp.createPlan({ owner: { id: 'alex' }, id: 'p', ...(policy ? { policy } : {}) }, { env });
  plan = cp.addAdvisor(plan, { id: 'casey', name: 'Casey', role: 'coach' }, { env });
  plan = cp.addGoal(
    plan,
    {
      id: 'g1',
      title: 'Get certified',
      kind: 'education',
      horizon: 'short',
      strategies: [{ id: 's1', title: 'Book the exam' }],
    },
    { env },
  );
  return cp.serialize(plan);
}
const device = (name: string, start: string) => ({ env: cp.fixedEnv({ start, tick: 1000, idPrefix: `${name}-` }) });
const laptop = device('laptop', '2026-03-02T09:00:00.000Z');
const phone = device('phone', '2026-03-03T09:00:00.000Z');

describe('merge', () => {
  it('brings both copies together: a goal added on one, a strategy completed on the other', () => {
    const ours = cp.addGoal(
      cp.deserialize(stored()),
      { title: 'Find a mentor', kind: 'personal', horizon: 'short' },
      laptop,
    );
    const theirs = cp.completeStrategy(cp.deserialize(stored()), 's1', { ...phone, reason: 'Booked for May' });
    const { plan, conflicts } = cp.merge(ours, theirs, laptop);
    expect(conflicts).toEqual([]);
    expect(plan.goals.map((g) => g.title)).toEqual(['Get certified', 'Find a mentor']);
    expect(plan.goals[0]?.strategies[0]?.status).toBe('done');
    // ours is kept as it is, theirs re-run as a new revision with its author, reason and time
    expect(cp.revisions(plan).slice(0, cp.revisionCount(ours))).toEqual(cp.revisions(ours));
    const rerun = cp.revisions(plan).at(-1);
    const original = cp.revisions(theirs).at(-1);
    expect(rerun).toMatchObject({ by: original?.by, reason: 'Booked for May', at: original?.at, edit: original?.edit });
    expect(rerun?.id).not.toBe(original?.id);
    expect(content(cp.deserialize(cp.serialize(plan)))).toEqual(content(plan));
  });

  it('two changes to the same field: the later is kept by default, the other is in conflicts with both values', () => {
    const ours = cp.updateGoal(cp.deserialize(stored()), 'g1', { title: 'Get A+' }, laptop);
    const theirs = cp.updateGoal(cp.deserialize(stored()), 'g1', { title: 'Get Network+', priority: 'high' }, phone);
    const { plan, conflicts } = cp.merge(ours, theirs);
    expect(plan.goals[0]).toMatchObject({ title: 'Get Network+', priority: 'high' });
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict).toMatchObject({
      kept: 'theirs',
      fields: [{ kind: 'goal', id: 'g1', field: 'title', ours: 'Get A+', theirs: 'Get Network+' }],
      edit: cp.revisions(theirs).at(-1)?.edit,
    });
    expect(conflict?.error.code).toBe('conflict');
    expect(conflict?.ours).toEqual([cp.revisions(ours).at(-1)]);
    // the caller chooses: keep ours
    const kept = cp.merge(ours, theirs, { resolve: () => 'ours' });
    expect(kept.plan.goals[0]).toMatchObject({ title: 'Get A+', priority: 'medium' });
    expect(kept.conflicts[0]?.kept).toBe('ours');
    // our change is the later one: ours is kept by default
    expect(cp.merge(theirs, ours).plan.goals[0]?.title).toBe('Get Network+');
    expect(cp.merge(theirs, ours).conflicts[0]?.kept).toBe('ours');
  });

  it('what cannot be re-run is a conflict with its error; the same change on both sides is made once', () => {
    const ours = cp.removeGoal(cp.deserialize(stored()), 'g1', laptop);
    const theirs = cp.addStrategy(cp.deserialize(stored()), 'g1', { title: 'Study' }, phone);
    const { plan, conflicts } = cp.merge(ours, theirs);
    expect(plan.goals).toHaveLength(0);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ kept: 'ours', fields: [] });
    expect(conflicts[0]?.error.code).toBe('not-found');
    // both removed the goal
    const both = cp.merge(ours, cp.removeGoal(cp.deserialize(stored()), 'g1', phone));
    expect(both.conflicts).toEqual([]);
    expect(both.plan).toBe(ours);
    // their removal of a goal ours changed since is a conflict about the entity
    const changed = cp.updateGoal(cp.deserialize(stored()), 'g1', { priority: 'high' }, phone);
    const removal = cp.merge(changed, ours);
    expect(removal.conflicts[0]?.fields).toEqual([{ kind: 'goal', id: 'g1', ours: undefined, theirs: undefined }]);
  });

  it('checks permissions for each author on our copy', () => {
    const ours = cp.removeAdvisor(cp.deserialize(stored(coachEdits), { policy: coachEdits }), 'casey', laptop);
    const theirs = cp.updateGoal(
      cp.deserialize(stored(coachEdits), { policy: coachEdits }),
      'g1',
      { priority: 'low' },
      {
        ...phone,
        by: 'casey',
      },
    );
    const { conflicts } = cp.merge(ours, theirs);
    expect(conflicts.map((c) => c.error.code)).toEqual(['forbidden']);
  });

  it('a copy that only fell behind catches up with the same revisions', () => {
    const behind = cp.deserialize(stored());
    const ahead = cp.addNote(cp.deserialize(stored()), { text: 'Call the center' }, phone);
    const { plan, conflicts } = cp.merge(behind, ahead);
    expect(conflicts).toEqual([]);
    expect(cp.revisions(plan)).toEqual(cp.revisions(ahead));
    expect(cp.merge(ahead, behind).plan).toBe(ahead);
  });

  it('re-runs an undo of theirs on the change it undid', () => {
    const ours = cp.addNote(cp.deserialize(stored()), { text: 'From the laptop' }, { ...laptop, by: 'casey' });
    let theirs = cp.addGoal(
      cp.deserialize(stored()),
      { id: 'g2', title: 'Two', kind: 'personal', horizon: 'long' },
      phone,
    );
    theirs = cp.undo(theirs, phone);
    const { plan, conflicts } = cp.merge(ours, theirs);
    expect(conflicts).toEqual([]);
    expect(plan.goals.map((g) => g.id)).toEqual(['g1']);
    expect(plan.notes).toHaveLength(1);
    expect(cp.revisions(plan).at(-1)).toMatchObject({ action: 'undo', by: { id: 'alex' } });
    expect(content(cp.deserialize(cp.serialize(plan)))).toEqual(content(plan));
  });

  it('refuses copies of different plans and bad options', () => {
    const a = cp.deserialize(stored());
    const other = cp.createPlan({ owner: { id: 'alex' }, id: 'q' });
    expect(codeOf(() => cp.merge(a, other))).toBe('invalid-input');
    // the same id, created apart: not copies of one plan
    const twin = cp.createPlan(
      { owner: { id: 'alex' }, id: 'p' },
      { env: cp.fixedEnv({ start: '2027-01-01T00:00:00.000Z' }) },
    );
    expect(codeOf(() => cp.merge(a, twin))).toBe('invalid-input');
    expect(codeOf(() => cp.merge(a, a, { resolve: 'ours' as never }))).toBe('invalid-input');
    expect(codeOf(() => cp.merge(a, { ...a } as Plan))).toBe('invalid-plan');
  });

  it('keeps every edit that does not conflict, lists exactly the rest, and the result reloads (a property)', () => {
    const ids = ['g1', 'g2', 'g3'];
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), id: fc.constantFrom(...ids) }),
      fc.record({
        kind: fc.constant('title' as const),
        id: fc.constantFrom(...ids),
        title: fc.constantFrom('A', 'B', 'C'),
      }),
      fc.record({
        kind: fc.constant('priority' as const),
        id: fc.constantFrom(...ids),
        priority: fc.constantFrom('low', 'high'),
      }),
      fc.record({ kind: fc.constant('remove' as const), id: fc.constantFrom(...ids) }),
      fc.record({ kind: fc.constant('strategy' as const), id: fc.constantFrom(...ids) }),
      fc.record({ kind: fc.constant('complete' as const) }),
      fc.record({ kind: fc.constant('undo' as const) }),
    );
    type Step = typeof edit extends fc.Arbitrary<infer T> ? T : never;
    const play = (plan: Plan, steps: readonly Step[], options: { env: cp.Env }): Plan => {
      for (const step of steps) {
        const run = (): Plan => {
          switch (step.kind) {
            case 'add':
              return cp.addGoal(plan, { id: step.id, title: step.id, kind: 'personal', horizon: 'short' }, options);
            case 'title':
              return cp.updateGoal(plan, step.id, { title: step.title }, options);
            case 'priority':
              return cp.updateGoal(plan, step.id, { priority: step.priority }, options);
            case 'remove':
              return cp.removeGoal(plan, step.id, options);
            case 'strategy':
              return cp.addStrategy(plan, step.id, { title: 'More' }, options);
            case 'complete':
              return cp.completeStrategy(plan, 's1', options);
            case 'undo':
              return cp.undo(plan, options);
          }
        };
        try {
          plan = run();
        } catch (error) {
          if (!(error instanceof cp.CareerPlanError)) throw error;
        }
      }
      return plan;
    };
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 8 }), fc.array(edit, { maxLength: 8 }), (mine, yours) => {
        const base = cp.deserialize(stored());
        const ours = play(base, mine, laptop);
        const theirs = play(cp.deserialize(stored()), yours, phone);
        const { plan, conflicts } = cp.merge(ours, theirs, laptop);
        const start = cp.revisionCount(base);
        const theirRevisions = cp.revisions(theirs).slice(start);
        const added = cp.revisions(plan).slice(cp.revisionCount(ours));
        // ours is untouched
        expect(cp.revisions(plan).slice(0, cp.revisionCount(ours))).toEqual(cp.revisions(ours));
        if (cp.revisionCount(ours) === start) {
          expect(cp.revisions(plan)).toEqual(cp.revisions(theirs));
          return;
        }
        // each re-run revision is one of theirs, by its author at its time, in order
        let next = 0;
        for (const revision of added) {
          while (next < theirRevisions.length && theirRevisions[next]?.at !== revision.at) next++;
          const original = theirRevisions[next];
          expect(original).toBeDefined();
          expect(revision.by).toEqual(original?.by);
          if (original?.edit !== undefined) expect(revision.edit).toEqual(original.edit);
          next++;
        }
        // every revision of theirs is re-run, or listed as a conflict, or was made by ours already
        const rerun = new Set(added.map((r) => r.at));
        for (const revision of theirRevisions) {
          const listed = conflicts.filter((c) => c.revision === revision);
          expect(listed.length).toBeLessThanOrEqual(1);
          const conflict = listed[0];
          if (conflict === undefined) {
            if (!rerun.has(revision.at)) {
              // made by ours already: every step removes what ours removed, or sets what ours set
              const oursOps = cp
                .revisions(ours)
                .slice(start)
                .flatMap((r) => r.ops);
              for (const op of revision.ops) {
                const same = oursOps.some((mine) =>
                  op.op === 'remove'
                    ? mine.op === 'remove' && mine.kind === op.kind && mine.value.id === op.value.id
                    : op.op === 'set' &&
                      mine.op === 'set' &&
                      mine.kind === op.kind &&
                      mine.id === op.id &&
                      Object.entries(op.set).every(
                        ([key, value]) => JSON.stringify(mine.set[key]) === JSON.stringify(value),
                      ),
                );
                expect(same).toBe(true);
              }
            }
          } else {
            expect(rerun.has(revision.at)).toBe(conflict.kept === 'theirs');
            expect(conflict.error).toBeInstanceOf(cp.CareerPlanError);
            if (conflict.kept === 'theirs') expect(conflict.fields.length).toBeGreaterThan(0);
            if (conflict.fields.length > 0) expect(conflict.error.code).toBe('conflict');
          }
        }
        const reloaded = cp.deserialize(cp.serialize(plan));
        expect(content(reloaded)).toEqual(content(plan));
      }),
      { numRuns: 150 },
    );
  });
});
