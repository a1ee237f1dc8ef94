import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import type { Plan, Policy } from '../../src/index.js';
import { codeOf, content, title, wholeDocument } from '../helpers.js';

const env = cp.fixedEnv({ start: '2026-03-01T09:00:00.000Z', tick: 1000 });
const o = { env };
const coach = { env, by: 'casey' };
// A workplace plan: the coach may also edit goals and barriers.
const coachEdits: Policy = (request) => request.role === 'owner' || request.action !== 'advisor.add';

function start(policy?: Policy): Plan {
  const created = cp.createPlan({ owner: { id: 'alex' }, id: 'p', ...(policy ? { policy } : {}) }, o);
  return cp.addAdvisor(created, { id: 'casey', name: 'Casey', role: 'coach' }, o);
}
const goal = { id: 'g', title: 'Get certified', kind: 'education', horizon: 'short' } as const;

describe('undo and redo by person', () => {
  it("undoes the person's own latest change, leaving others' changes in between", () => {
    let plan = cp.addGoal(start(), goal, o);
    plan = cp.addComment(plan, { id: 'c', text: 'Good choice', about: { kind: 'goal', id: 'g' } }, coach);
    expect(cp.canUndo(plan, { by: 'casey' })).toBe(true);
    const noComment = cp.undo(plan, { by: 'casey' });
    expect(noComment.comments).toHaveLength(0);
    expect(noComment.goals).toHaveLength(1);
    const noGoal = cp.undo(plan);
    expect(noGoal.goals).toHaveLength(0);
    expect(noGoal.comments).toHaveLength(1);
    expect(cp.revisions(noGoal).at(-1)).toMatchObject({
      action: 'undo',
      by: { id: 'alex' },
      target: { action: 'goal.add' },
    });
    // each person's redo brings back their own change
    expect(cp.redo(noGoal).goals).toHaveLength(1);
    expect(cp.canRedo(noGoal, { by: 'casey' })).toBe(false);
    expect(cp.redo(noComment, { by: 'casey' }).comments).toHaveLength(1);
  });

  it('fails with conflict, changing nothing, when someone has changed the same field since', () => {
    let plan = cp.addGoal(start(coachEdits), goal, o);
    plan = cp.updateGoal(plan, 'g', { title: 'Get the A+ certificate' }, o);
    const retitled = cp.updateGoal(plan, 'g', { title: 'Get the Network+ certificate' }, coach);
    const error = (() => {
      try {
        cp.undo(retitled);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(cp.CareerPlanError);
    const conflict = error as cp.CareerPlanError;
    expect(conflict.code).toBe('conflict');
    expect(conflict.is('conflict') && conflict.details.revision).toBe(cp.revisions(plan).at(-1)?.id);
    // another field of the same goal is no conflict: the owner's title goes back, the coach's priority stays
    const reprioritized = cp.updateGoal(plan, 'g', { priority: 'high' }, coach);
    const back = cp.undo(reprioritized);
    expect(back.goals[0]).toMatchObject({ title: 'Get certified', priority: 'high' });
  });

  it('refuses to undo an entity that others have edited or linked to since', () => {
    const plan = cp.addGoal(start(coachEdits), goal, o);
    const edited = cp.addStrategy(plan, 'g', { title: 'Book the exam' }, coach);
    expect(codeOf(() => cp.undo(edited))).toBe('conflict');
    const linked = cp.addBarrier(plan, { description: 'Exam fee', goalIds: ['g'] }, coach);
    expect(codeOf(() => cp.undo(linked))).toBe('conflict');
    // the coach's own change undoes cleanly, and then the owner's does too
    const clean = cp.undo(cp.undo(linked, { by: 'casey' }));
    expect(clean.goals).toHaveLength(0);
    expect(clean.barriers).toHaveLength(0);
  });

  it("a person's ordinary edit ends their redo chain; other people's edits do not", () => {
    let plan = cp.addGoal(start(), goal, o);
    plan = cp.undo(plan);
    const commented = cp.addComment(plan, { text: 'Take your time', about: { kind: 'plan' } }, coach);
    expect(cp.canRedo(commented)).toBe(true);
    expect(cp.redo(commented).goals).toHaveLength(1);
    const noted = cp.addNote(plan, { text: 'Later' }, o);
    expect(cp.canRedo(noted)).toBe(false);
    expect(cp.redo(noted)).toBe(noted);
  });

  it('refuses strangers even when there is nothing to undo or redo', () => {
    const plan = start();
    expect(codeOf(() => cp.undo(plan, { by: 'mallory' }))).toBe('forbidden');
    expect(codeOf(() => cp.redo(plan, { by: 'mallory' }))).toBe('forbidden');
  });

  it('histories with undo and redo by several people reload, and a forged undo target does not', () => {
    let plan = cp.addGoal(start(coachEdits), goal, o);
    plan = cp.addComment(plan, { text: 'One', about: { kind: 'plan' } }, coach);
    plan = cp.addNote(plan, { text: 'Mine' }, o);
    plan = cp.undo(plan, { by: 'casey' });
    plan = cp.undo(plan);
    plan = cp.redo(plan, { by: 'casey' });
    const loaded = cp.deserialize(cp.serialize(plan), { policy: coachEdits });
    expect(content(loaded)).toEqual(content(plan));
    expect(content(cp.redo(loaded))).toEqual(content(cp.redo(plan)));
    // Casey's undo claims the owner's note as its target: not the latest change Casey could undo.
    const document = JSON.parse(wholeDocument(plan)) as {
      revisions: { id: string; action: string; target?: { id: string } }[];
    };
    const caseyUndo = document.revisions.find((revision) => revision.action === 'undo');
    const ownerNote = document.revisions.find((revision) => revision.action === 'note.add') as { id: string };
    (caseyUndo as { target: { id: string } }).target.id = ownerNote.id;
    expect(codeOf(() => cp.deserialize(document, { policy: coachEdits }))).toBe('corrupt-history');
  });

  it('with one person, undo and redo behave as one stack (a property against a model)', () => {
    type Step = { kind: 'edit'; title: string } | { kind: 'undo' } | { kind: 'redo' };
    const step = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), title: fc.string({ minLength: 1, maxLength: 8 }) }),
      fc.constant({ kind: 'undo' as const }),
      fc.constant({ kind: 'redo' as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps: Step[]) => {
        let plan: Plan = cp.createPlan({ owner: { id: 'alex' }, id: 'p' }, o);
        const undoStack: unknown[] = [];
        let redoStack: unknown[] = [];
        for (const s of steps) {
          const before = content(plan);
          if (s.kind === 'edit') {
            const next = cp.addNote(plan, { text: s.title }, o);
            undoStack.push(before);
            redoStack = [];
            plan = next;
          } else if (s.kind === 'undo') {
            const expected = undoStack.pop();
            plan = cp.undo(plan, o);
            if (expected === undefined) expect(content(plan)).toEqual(before);
            else {
              expect(content(plan)).toEqual(expected);
              redoStack.push(before);
            }
          } else {
            const expected = redoStack.pop();
            plan = cp.redo(plan, o);
            if (expected === undefined) expect(content(plan)).toEqual(before);
            else {
              expect(content(plan)).toEqual(expected);
              undoStack.push(before);
            }
          }
        }
        expect(content(cp.deserialize(cp.serialize(plan)))).toEqual(content(plan));
      }),
      { numRuns: 60 },
    );
  });

  it('with two people, every undo reverts a change of its own author, and the history reloads (a property)', () => {
    const actor = fc.constantFrom('alex', 'casey');
    const step = fc.oneof(
      fc.record({ kind: fc.constant('goal' as const), by: actor, n: fc.nat(3) }),
      fc.record({
        kind: fc.constant('title' as const),
        by: actor,
        n: fc.nat(3),
        title,
      }),
      fc.record({ kind: fc.constant('remove' as const), by: actor, n: fc.nat(3) }),
      fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const), by: actor }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
        let plan = start(coachEdits);
        for (const s of steps) {
          const options = { env, by: s.by };
          const attempt = (): Plan => {
            switch (s.kind) {
              case 'goal':
                return cp.addGoal(plan, { ...goal, id: `g${s.n}`, title: `Goal ${s.n}` }, options);
              case 'title':
                return cp.updateGoal(plan, `g${s.n}`, { title: s.title }, options);
              case 'remove':
                return cp.removeGoal(plan, `g${s.n}`, options);
              default:
                return s.kind === 'undo' ? cp.undo(plan, options) : cp.redo(plan, options);
            }
          };
          const before = plan;
          const code = codeOf(() => (plan = attempt()));
          // (forbidden: the owner's undo removed the coach)
          expect([undefined, 'not-found', 'duplicate-id', 'conflict', 'forbidden']).toContain(code);
          const last = cp.revisions(plan).at(-1);
          if (plan !== before && (s.kind === 'undo' || s.kind === 'redo')) {
            expect(last?.action).toBe(s.kind);
            const target = cp.revisions(plan).find((revision) => revision.id === last?.target?.id);
            expect(target?.by.id).toBe(s.by);
          }
        }
        expect(content(cp.deserialize(cp.serialize(plan), { policy: coachEdits }))).toEqual(content(plan));
      }),
      { numRuns: 80 },
    );
  });
});

describe('undo by person finds entities by id, not by position', () => {
  it("undoes the owner's goal after the coach removed an earlier one", () => {
    let plan = cp.addGoal(start(coachEdits), { ...goal, id: 'g1' }, o);
    plan = cp.addGoal(plan, { ...goal, id: 'g2', title: 'Second' }, o);
    plan = cp.removeGoal(plan, 'g1', coach);
    const back = cp.undo(plan);
    expect(back.goals).toHaveLength(0);
    // and back again
    expect(cp.redo(back).goals.map((g) => g.id)).toEqual(['g2']);
    expect(content(cp.deserialize(cp.serialize(cp.redo(back)), { policy: coachEdits }))).toEqual(
      content(cp.redo(back)),
    );
  });
});
