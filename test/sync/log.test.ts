import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import type { Plan } from '../../src/index.js';
import { codeOf, content, isDeepFrozen, realisticPlan } from '../helpers.js';

const env = cp.fixedEnv({ start: '2026-03-01T09:00:00.000Z', tick: 1000, idPrefix: 'x' });
const goal = (title: string) => ({ title, kind: 'education', horizon: 'short' }) as const;

function errorOf(fn: () => unknown): cp.CareerPlanError {
  try {
    fn();
  } catch (error) {
    if (error instanceof cp.CareerPlanError) return error;
    throw error;
  }
  throw new Error('expected a CareerPlanError');
}

describe('revisionsSince and appendRevisions', () => {
  it('a save is the revisions since the last one, naming the head they follow', () => {
    const plan = realisticPlan();
    const n = cp.revisionCount(plan);
    const tail = cp.revisionsSince(plan, n - 2);
    expect(tail.format).toBe('career-plan-revisions');
    expect(tail.plan).toBe(plan.id);
    expect(tail.after).toEqual({ seq: n - 2, id: cp.revisions(plan)[n - 3]?.id });
    expect(tail.revisions).toEqual(cp.revisions(plan).slice(n - 2));
    expect(cp.revisionsSince(plan, n).revisions).toEqual([]);
    expect(cp.revisionTailSchema.safeParse(JSON.parse(JSON.stringify(tail))).success).toBe(true);
    expect(codeOf(() => cp.revisionsSince(plan, n + 1))).toBe('not-found');
    expect(codeOf(() => cp.revisionsSince(plan, -1))).toBe('invalid-input');
    expect(codeOf(() => cp.revisionsSince(plan, 1.5))).toBe('invalid-input');
    expect(cp.headOf(plan)).toEqual({ seq: n, id: cp.revisions(plan).at(-1)?.id });
  });

  it('a tail made on one device extends the copy on another, checked, as a value or as JSON', () => {
    const laptop = cp.createPlan({ owner: { id: 'alex' }, id: 'p' }, { env });
    const phone = cp.deserialize(cp.serialize(laptop));
    const edited = cp.addGoal(cp.addGoal(laptop, goal('One'), { env }), goal('Two'), { env });
    for (const tail of [cp.revisionsSince(edited, 0), JSON.stringify(cp.revisionsSince(edited, 0))]) {
      const synced = cp.appendRevisions(phone, tail);
      expect(content(synced)).toEqual(content(edited));
      expect(cp.revisions(synced)).toEqual(cp.revisions(edited));
      expect(cp.serialize(synced)).toBe(cp.serialize(edited));
      // the synced copy keeps working: undo, planAt, a further tail
      expect(content(cp.undo(synced))).toEqual(content(cp.undo(edited)));
      expect(cp.planAt(synced, 1).goals).toHaveLength(1);
    }
    expect(cp.appendRevisions(phone, cp.revisionsSince(laptop, 0))).toBe(phone);
  });

  it('an app policy asked about a tail sees each plan as it stood, frozen; labels read the plan before', () => {
    const seen: { goals: number; frozen: boolean }[] = [];
    const policy: cp.Policy = (request) => {
      seen.push({ goals: request.plan.goals.length, frozen: isDeepFrozen(request.plan) });
      return cp.defaultPolicy(request);
    };
    const laptop = cp.addAdvisor(cp.createPlan({ owner: { id: 'alex' }, id: 'p', policy }, { env }), {
      id: 'dana',
      role: 'counselor',
    });
    const phone = cp.deserialize(cp.serialize(laptop), { policy });
    let edited = laptop;
    for (let i = 0; i < 3; i++) {
      edited = cp.addGoal(edited, goal(`Goal ${i}`), { env });
      edited = cp.addComment(edited, { text: `Nice ${i}`, about: { kind: 'plan' } }, { env, by: 'dana' });
    }
    edited = cp.addSuggestion(
      edited,
      { edit: { kind: 'updateGoal', id: edited.goals[0]!.id, changes: { title: 'Goal zero' } } },
      { env, by: 'dana' },
    );
    edited = cp.acceptSuggestion(edited, edited.suggestions[0]!.id, { env });
    // A stage move records the stage it left: checked against the plan just before it.
    edited = cp.addAssessment(edited, { kind: 'skills', instrument: 'x', takenAt: '2026-01-01' }, { env });
    edited = cp.transition(cp.addCareerOption(edited, { title: 'Tech' }, { env }), 'exploration', { env });
    seen.length = 0;
    const synced = cp.appendRevisions(phone, cp.revisionsSince(edited, cp.revisionCount(laptop)));
    expect(cp.revisions(synced)).toEqual(cp.revisions(edited));
    expect(seen.map((request) => request.goals)).toEqual([1, 2, 3, 3]);
    expect(seen.every((request) => request.frozen)).toBe(true);
  });

  it('a tail that does not follow the head fails with conflict, and nothing changes', () => {
    const base = cp.addGoal(cp.createPlan({ owner: { id: 'alex' }, id: 'p' }, { env }), goal('One'), { env });
    const laptop = cp.addGoal(base, goal('Laptop'), { env });
    const phone = cp.addGoal(cp.deserialize(cp.serialize(base)), goal('Phone'), { env });
    const error = errorOf(() => cp.appendRevisions(phone, cp.revisionsSince(laptop, 1)));
    expect(error.code).toBe('conflict');
    expect(error.is('conflict') && error.details).toMatchObject({
      head: cp.headOf(phone),
      expected: { seq: 1, id: cp.revisions(base)[0]?.id },
    });
    expect(phone.goals.map((g) => g.title)).toEqual(['One', 'Phone']);
    // a tail that skips a revision names a head the plan is not at either
    expect(
      codeOf(() => cp.appendRevisions(base, cp.revisionsSince(cp.addGoal(laptop, goal('Three'), { env }), 2))),
    ).toBe('conflict');
  });

  it('refuses tampered or foreign tails', () => {
    const base = cp.createPlan({ owner: { id: 'alex' }, id: 'p' }, { env });
    const edited = cp.updateGoal(
      cp.addGoal(base, { ...goal('One'), id: 'g' }, { env }),
      'g',
      { title: 'Uno' },
      { env },
    );
    const tail = JSON.parse(JSON.stringify(cp.revisionsSince(edited, 0)));
    const tamper = (change: (t: typeof tail) => void): unknown => {
      const copy = JSON.parse(JSON.stringify(tail));
      change(copy);
      return copy;
    };
    expect(
      codeOf(() =>
        cp.appendRevisions(
          base,
          tamper((t) => (t.revisions[1].ops[0].old.title = 'Forged')),
        ),
      ),
    ).toBe('corrupt-history');
    expect(
      codeOf(() =>
        cp.appendRevisions(
          base,
          tamper((t) => (t.revisions[1].seq = 3)),
        ),
      ),
    ).toBe('corrupt-history');
    expect(
      codeOf(() =>
        cp.appendRevisions(
          base,
          tamper((t) => (t.revisions[1].id = t.revisions[0].id)),
        ),
      ),
    ).toBe('corrupt-history');
    expect(
      codeOf(() =>
        cp.appendRevisions(
          base,
          tamper((t) => (t.revisions[0].ops[0].value.priority = 'urgent')),
        ),
      ),
    ).toBe('corrupt-history');
    expect(
      codeOf(() =>
        cp.appendRevisions(
          base,
          tamper((t) => (t.extra = 1)),
        ),
      ),
    ).toBe('invalid-document');
    expect(
      codeOf(() =>
        cp.appendRevisions(
          base,
          tamper((t) => (t.version = cp.FORMAT_VERSION + 1)),
        ),
      ),
    ).toBe('unsupported-version');
    // A tail a store kept from format 4 (the same revisions: version 5 changed documents alone) appends.
    expect(
      cp.appendRevisions(
        base,
        tamper((t) => (t.version = 4)),
      ).goals[0]?.title,
    ).toBe('Uno');
    expect(
      codeOf(() =>
        cp.appendRevisions(
          base,
          tamper((t) => (t.plan = 'other')),
        ),
      ),
    ).toBe('invalid-input');
    expect(codeOf(() => cp.appendRevisions(base, '{'))).toBe('invalid-json');
    expect(codeOf(() => cp.appendRevisions(base, tail, { maxRevisions: 1 }))).toBe('too-large');
    expect(codeOf(() => cp.appendRevisions(base, tail, { maxRevisions: -1 }))).toBe('invalid-input');
    expect(codeOf(() => cp.appendRevisions({ ...base } as Plan, tail))).toBe('invalid-plan');
    expect(codeOf(() => cp.appendRevisions(cp.viewFor(base, 'alex'), tail))).toBeUndefined();
  });
});

describe('snapshots', () => {
  it('loads a snapshot and the revisions after it, and the earlier history on demand', () => {
    const plan = realisticPlan();
    const n = cp.revisionCount(plan);
    const k = Math.floor(n / 2);
    const loaded = cp.fromSnapshot(cp.toSnapshot(cp.planAt(plan, k)), cp.revisionsSince(plan, k));
    expect(content(loaded)).toEqual(content(plan));
    expect(cp.headOf(loaded)).toEqual(cp.headOf(plan));
    expect(content(cp.planAt(loaded, k + 1))).toEqual(content(cp.planAt(plan, k + 1)));
    expect(content(cp.planAt(loaded, k))).toEqual(content(cp.planAt(plan, k)));
    expect(cp.revisionsSince(loaded, k)).toEqual(cp.revisionsSince(plan, k));
    // what reaches back before the snapshot says so
    for (const reach of [
      () => cp.revisions(loaded),
      () => cp.planAt(loaded, k - 1),
      () => cp.planAt(loaded, cp.revisions(plan)[0]!.id),
      () => cp.planAt(loaded, '2026-01-05T09:00:30.000Z'),
      () => cp.serialize(loaded),
      () => cp.revisionsSince(loaded, k - 1),
      () => cp.viewFor(loaded, 'dana'),
    ]) {
      const error = errorOf(reach);
      expect(error.code).toBe('history-not-loaded');
      expect(error.is('history-not-loaded') && error.details.start).toBe(k);
    }
    const whole = cp.loadEarlier(loaded, cp.serialize(cp.planAt(plan, k)));
    expect(cp.revisions(whole)).toEqual(cp.revisions(plan));
    expect(cp.serialize(whole)).toBe(cp.serialize(plan));
    expect(cp.loadEarlier(whole, cp.serialize(plan))).toBe(whole);
    // an earlier history that does not end where the snapshot starts
    expect(codeOf(() => cp.loadEarlier(loaded, cp.serialize(cp.planAt(plan, k - 1))))).toBe('conflict');
  });

  it('edits, undo and further tails work on a plan loaded from a snapshot', () => {
    const plan = realisticPlan();
    const n = cp.revisionCount(plan);
    const loaded = cp.fromSnapshot(JSON.stringify(cp.toSnapshot(plan)));
    const edited = cp.addGoal(loaded, goal('After the snapshot'));
    expect(cp.undo(edited).goals).toHaveLength(plan.goals.length);
    expect(cp.revisionsSince(edited, n).revisions).toHaveLength(1);
    const again = cp.appendRevisions(cp.fromSnapshot(cp.toSnapshot(plan)), cp.revisionsSince(edited, n));
    expect(content(again)).toEqual(content(edited));
    // the owner's latest change is before the snapshot: undo needs the earlier history
    expect(codeOf(() => cp.undo(loaded))).toBe('history-not-loaded');
    expect(content(cp.undo(cp.loadEarlier(loaded, cp.serialize(plan))))).toEqual(content(cp.undo(plan)));
  });

  it('refuses snapshots that are not what they claim', () => {
    const plan = realisticPlan();
    const snapshot = JSON.parse(JSON.stringify(cp.toSnapshot(plan)));
    const at0 = { ...snapshot, at: { seq: 0, id: null } };
    expect(codeOf(() => cp.fromSnapshot(at0))).toBe('corrupt-history');
    expect(codeOf(() => cp.fromSnapshot({ ...snapshot, at: { seq: 3, id: null } }))).toBe('invalid-document');
    expect(codeOf(() => cp.fromSnapshot({ ...snapshot, format: 'career-plan' }))).toBe('invalid-document');
    expect(codeOf(() => cp.fromSnapshot({ ...snapshot, plan: { ...snapshot.plan, stage: 'nowhere' } }))).toBe(
      'unknown-stage',
    );
    const dangling = {
      ...snapshot.plan,
      barriers: [{ id: 'b9', description: 'x', goalIds: ['nope'], status: 'open' }],
    };
    expect(codeOf(() => cp.fromSnapshot({ ...snapshot, plan: dangling }))).toBe('invalid-reference');
    expect(codeOf(() => cp.toSnapshot(cp.viewFor(plan, 'dana')))).toBe('invalid-plan');
  });

  it('any snapshot point with the tail after it gives the same plan (a property)', () => {
    const plan = realisticPlan();
    const n = cp.revisionCount(plan);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: n }), (k) => {
        const loaded = cp.fromSnapshot(cp.toSnapshot(cp.planAt(plan, k)), cp.revisionsSince(plan, k));
        expect(content(loaded)).toEqual(content(plan));
        expect(cp.revisions(cp.loadEarlier(loaded, cp.toDocument(cp.planAt(plan, k))))).toEqual(cp.revisions(plan));
      }),
      { numRuns: 25 },
    );
  });
});
