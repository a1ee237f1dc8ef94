import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { apply, commandArb, content, isDeepFrozen } from '../helpers.js';

const run = (commands: readonly Parameters<typeof apply>[1][]) => {
  const env = cp.fixedEnv({ tick: 1000 });
  const start = cp.createPlan({ owner: { id: 'alex' } }, { env });
  const plans = [start];
  for (const command of commands) plans.push(apply(plans.at(-1)!, command, { env }));
  return { env, start, plans, last: plans.at(-1)! };
};

describe('history properties', () => {
  it('undoing every change gives back the starting content', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 40 }), (commands) => {
        const { start, last, env } = run(commands);
        let plan = last;
        while (cp.canUndo(plan)) plan = cp.undo(plan, { env });
        expect(content(plan)).toEqual(content(start));
      }),
    );
  });

  it('planAt after revision k equals the plan the edit that recorded it returned', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 40 }), (commands) => {
        const { plans, last } = run(commands);
        for (const plan of plans) {
          const seq = cp.revisionCount(plan);
          expect(content(cp.planAt(last, seq))).toEqual(content(plan));
        }
      }),
    );
  });

  it('no plan passed in is ever mutated, and every plan is deeply frozen', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 30 }), (commands) => {
        const env = cp.fixedEnv();
        let plan = cp.createPlan({ owner: { id: 'alex' } }, { env });
        const seen: [cp.Plan, unknown][] = [];
        for (const command of commands) {
          seen.push([plan, content(plan)]);
          plan = apply(plan, command, { env });
          expect(isDeepFrozen(plan)).toBe(true);
        }
        for (const [old, snapshot] of seen) expect(content(old)).toEqual(snapshot);
      }),
    );
  });

  it('redo after undo gives back the same content', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 30 }), fc.nat({ max: 10 }), (commands, depth) => {
        const { last, env } = run(commands);
        let plan = last;
        const undone: unknown[] = [];
        for (let i = 0; i < depth && cp.canUndo(plan); i++) {
          undone.push(content(plan));
          plan = cp.undo(plan, { env });
        }
        while (undone.length > 0) {
          plan = cp.redo(plan, { env });
          expect(content(plan)).toEqual(undone.pop());
        }
      }),
    );
  });

  it('history only grows: every edit that changes content appends exactly one revision', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 30 }), (commands) => {
        const { plans } = run(commands);
        for (let i = 1; i < plans.length; i++) {
          const before = plans[i - 1]!;
          const after = plans[i]!;
          if (after === before) continue;
          expect(cp.revisions(after).slice(0, -1)).toEqual(cp.revisions(before));
          expect(cp.revisions(after)).toHaveLength(cp.revisions(before).length + 1);
        }
      }),
    );
  });
});
