import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { CHECKPOINT_INTERVAL, historyOf } from '../../src/history/node.js';
import { content } from '../helpers.js';

/** A history of `times.length` edits, each recorded at its own time (clocks may go backwards). */
function history(times: readonly number[], idPrefix = 'r'): cp.Plan {
  const start = Date.parse('2026-01-01T00:00:00.000Z');
  const env = cp.fixedEnv({ start: '2026-01-01T00:00:00.000Z', idPrefix });
  let plan: cp.Plan = cp.createPlan({ owner: { id: 'alex' } }, { env });
  plan = cp.addGoal(plan, { id: 'g', title: 'Goal 0', kind: 'skill', horizon: 'short' }, { env });
  for (const [i, minutes] of times.entries()) {
    env.set(new Date(start + minutes * 60_000).toISOString());
    plan = cp.updateGoal(plan, 'g', { title: `Goal ${i + 1}` }, { env });
  }
  return plan;
}

describe('planAt finds any point, by sequence number or by instant', () => {
  it('by sequence number, as walking back one revision at a time would (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.nat(), (count, pick) => {
        const plan = history(Array.from({ length: count }, (_, i) => i + 1));
        const seq = pick % (count + 2);
        expect(cp.planAt(plan, seq).goals[0]?.title ?? null).toBe(seq === 0 ? null : `Goal ${seq - 1}`);
        expect(cp.revisions(cp.planAt(plan, seq))).toHaveLength(seq);
      }),
      { numRuns: 60 },
    );
  });

  it('by instant, the newest revision recorded at or before it, whatever order the clocks went in (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000 }), { maxLength: 300 }),
        fc.integer({ min: 0, max: 1_001 }),
        (times, minute) => {
          const plan = history(times);
          const instant = new Date(Date.parse('2026-01-01T00:00:00.000Z') + minute * 60_000).toISOString();
          const all = cp.revisions(plan);
          let expected = 0;
          for (let i = all.length - 1; i >= 0; i--) {
            if (Date.parse(all[i]!.at) <= Date.parse(instant)) {
              expected = all[i]!.seq;
              break;
            }
          }
          expect(cp.revisions(cp.planAt(plan, instant))).toHaveLength(expected);
          expect(content(cp.planAt(plan, instant))).toEqual(content(cp.planAt(plan, expected)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('on a loaded plan, from the head or from a checkpoint, in any order of calls, as in memory (property)', () => {
    const plan = history(Array.from({ length: 300 }, (_, i) => i));
    const text = cp.serialize(plan);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 301 }), { minLength: 1, maxLength: 6 }), (points) => {
        const loaded = cp.deserialize(text);
        for (const point of points) expect(cp.planAt(loaded, point).goals).toEqual(cp.planAt(plan, point).goals);
        // a state built going back is a plan like any other: its history, undo and further edits
        const back = cp.planAt(loaded, points[0] as number);
        expect(cp.revisionCount(back)).toBe(points[0]);
        expect(content(cp.undo(back))).toEqual(content(cp.undo(cp.planAt(plan, points[0] as number))));
      }),
      { numRuns: 40 },
    );
  });

  it('hops 4,096 revisions at a time in a long history, and lands on the point asked for', () => {
    const plan = history(Array.from({ length: 9_000 }, (_, i) => i + 1));
    for (const seq of [
      0, 1, 63, 64, 65, 127, 128, 129, 191, 4_095, 4_096, 4_097, 4_160, 8_191, 8_192, 8_193, 9_000, 9_001,
    ]) {
      expect(cp.revisions(cp.planAt(plan, seq))).toHaveLength(seq);
      expect(cp.planAt(plan, seq).goals[0]?.title ?? null).toBe(seq === 0 ? null : `Goal ${seq - 1}`);
    }
    const at = cp.revisions(plan)[5_000]!;
    expect(cp.revisions(cp.planAt(plan, at.at))).toHaveLength(at.seq);
    // Clocks that run backwards and jump: each instant gives the newest revision not after it.
    const shuffled = history(Array.from({ length: 9_000 }, (_, i) => (i * 7_919) % 9_001));
    const all = cp.revisions(shuffled);
    for (const minute of [0, 1, 17, 4_500, 8_999, 9_000]) {
      const instant = Date.parse('2026-01-01T00:00:00.000Z') + minute * 60_000;
      let expected = 0;
      for (let i = all.length - 1; i >= 0; i--) {
        if (Date.parse(all[i]!.at) <= instant) {
          expected = all[i]!.seq;
          break;
        }
      }
      expect(cp.revisions(cp.planAt(shuffled, new Date(instant).toISOString()))).toHaveLength(expected);
    }
  });

  it('a revision from another history is looked up by id, not trusted by its number', () => {
    const a = history([1, 2, 3]);
    const b = history([1, 2, 3, 4], 'other');
    const foreign = { ...cp.revisions(b)[2]!, id: cp.revisions(a)[1]!.id };
    expect(cp.revisions(cp.planAt(a, foreign))).toHaveLength(2);
    expect(() => cp.planAt(a, cp.revisions(b)[3]!)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('a loaded plan keeps checkpoints as a plan made in memory does', () => {
  it('every checkpoint of the loaded history holds the plan as it stood at that revision', () => {
    const env = cp.fixedEnv({ start: '2026-01-01T00:00:00.000Z', tick: 1000 });
    let plan: cp.Plan = cp.createPlan({ owner: { id: 'alex' } }, { env });
    plan = cp.addGoal(plan, { id: 'g', title: 'Goal 0', kind: 'skill', horizon: 'short' }, { env });
    for (let i = 1; i < 3 * CHECKPOINT_INTERVAL + 5; i++)
      plan = cp.updateGoal(plan, 'g', { title: `Goal ${i}` }, { env });
    const loaded = cp.deserialize(cp.serialize(plan));
    const kept: number[] = [];
    for (let node = historyOf(loaded); node.revision !== null; node = node.prev!) {
      if (!node.checkpoint || node === historyOf(loaded)) continue;
      kept.push(node.seq);
      expect(JSON.parse(JSON.stringify(node.checkpoint))).toEqual(
        JSON.parse(JSON.stringify(cp.planAt(plan, node.seq))),
      );
      expect(Object.isFrozen(node.checkpoint)).toBe(true);
      expect(cp.revisionCount(node.checkpoint)).toBe(node.seq);
    }
    expect(kept.sort((a, b) => a - b)).toEqual([1, 2, 3].map((n) => n * CHECKPOINT_INTERVAL));
  });
});
