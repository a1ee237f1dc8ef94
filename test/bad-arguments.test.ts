import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cp from '../src/index.js';
import * as exported from '../src/export/index.js';
import * as pictures from '../src/pictures/index.js';
import { runMigrations } from '../src/format/migrations.js';
import { codeOf, realisticPlan } from './helpers.js';

// Functions whose arguments are code rather than data: a class (called with `new`), a helper
// that takes a zod schema, and one that takes a function to run.
const CODE_ARGUMENTS = new Set(['CareerPlanError', 'parseOrThrow', 'safely']);
type AnyFunction = (...args: unknown[]) => unknown;
const functions = (Object.entries({ ...cp, ...exported, ...pictures }) as [string, unknown][]).filter(
  (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function' && !CODE_ARGUMENTS.has(entry[0]),
);

const plan = realisticPlan();
const goalId = plan.goals[0]!.id;
const strategyId = plan.goals[0]!.strategies[0]!.id;

/** Values an app could pass by mistake: wrong types, odd objects, ids, dates and option bags gone wrong. */
const argument = fc.oneof(
  fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 2 }),
  fc.constantFrom<unknown>(
    plan,
    goalId,
    strategyId,
    'self-assessment',
    '2026-01-01',
    '2026-01-01T00:00:00Z',
    Object.create(null),
    Symbol('s'),
    () => 1,
    new Date(),
    Number.NaN,
    -1,
    1e308,
    { by: null },
    { by: 5 },
    { env: null },
    { env: {} },
    { env: { now: () => 'soon', newId: () => '' } },
    { reason: 5 },
    { today: 5 },
    { today: '2026-02-30' },
    { for: 5 },
    { space: -1 },
    { maxLength: Number.NaN },
    { processes: [null] },
  ),
);

/** Calls `fn` and fails the test if it throws anything but a CareerPlanError. */
function onlyCareerPlanErrors(name: string, fn: AnyFunction, args: unknown[]): void {
  try {
    fn(...args);
  } catch (error) {
    if (!(error instanceof cp.CareerPlanError)) {
      const shown = args.map((arg) => {
        try {
          return typeof arg === 'symbol' ? 'Symbol' : (JSON.stringify(arg)?.slice(0, 120) ?? String(typeof arg));
        } catch {
          return typeof arg;
        }
      });
      throw new Error(`${name}(${shown.join(', ')}) threw ${error instanceof Error ? error.stack : String(error)}`);
    }
  }
}

describe('bad arguments get a CareerPlanError, never a TypeError from deep inside', () => {
  it(`every exported function (${functions.length}), with a real plan or anything else first`, () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant<unknown>(plan), argument),
        fc.array(argument, { maxLength: 3 }),
        (first, rest) => {
          for (const [name, fn] of functions) onlyCareerPlanErrors(name, fn, [first, ...rest]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('options that are not objects are refused with invalid-input', () => {
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        return (error as cp.CareerPlanError).code;
      }
      return undefined;
    };
    expect(code(() => cp.addGoal(plan, { title: 'x', kind: 'skill', horizon: 'short' }, null as never))).toBe(
      'invalid-input',
    );
    expect(code(() => cp.addGoal(plan, { title: 'x', kind: 'skill', horizon: 'short' }, { env: {} as never }))).toBe(
      'invalid-input',
    );
    expect(code(() => cp.undo(plan, null as never))).toBe('invalid-input');
    expect(code(() => cp.createPlan({ owner: { id: 'a' } }, null as never))).toBe('invalid-input');
    expect(code(() => cp.serialize(plan, null as never))).toBe('invalid-input');
    expect(code(() => cp.serialize(plan, { space: 99 }))).toBe('invalid-input');
    expect(code(() => exported.toMarkdown(plan, 'x' as never))).toBe('invalid-input');
    expect(code(() => exported.toICalendar(plan, { env: { now: 1 } as never }))).toBe('invalid-input');
    expect(code(() => cp.deserialize(cp.serialize(plan), { maxLength: Number.NaN }))).toBe('invalid-input');
    expect(code(() => cp.deserialize(cp.serialize(plan), { processes: [null as never] }))).toBe('invalid-input');
    expect(code(() => cp.deserialize(cp.serialize(plan), { maxRevisions: Number.POSITIVE_INFINITY }))).toBeUndefined();
    expect(code(() => cp.declineSuggestion(plan, 'x', undefined as never))).toBe('invalid-input');
    expect(code(() => runMigrations({ format: 'career-plan', version: 1 }, 1, Number.NaN))).toBe('invalid-input');
    expect(
      code(() => runMigrations({ format: 'career-plan', version: 1 }, 1, 2, { ['__proto__' as never]: 1 } as never)),
    ).toBe('unsupported-version');
  });

  it('views read plain plan data too, and refuse what is not a plan', () => {
    const data = JSON.parse(cp.serialize(plan)).plan;
    // Plain data names its process; the built-in one is known, so stage titles show as usual.
    expect(exported.toMarkdown(data)).toBe(exported.toMarkdown(plan));
    expect(cp.progress(data, { today: '2026-11-28' })).toEqual(cp.progress(plan, { today: '2026-11-28' }));
    expect(cp.nextActions(data, { today: '2026-11-28' })).toEqual(cp.nextActions(plan, { today: '2026-11-28' }));
    const broken = { ...data, goals: [{ title: 'no id' }] };
    expect(() => cp.progress(broken, { today: '2026-11-28' })).toThrow(
      expect.objectContaining({ code: 'invalid-plan' }),
    );
    expect(() => exported.toICalendar({ title: 'x' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid-plan' }),
    );
    expect(() => cp.describeRevision({ action: 'goal.add' } as never)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => cp.checkGoal({ title: 'x' } as never, { today: '2026-11-28' })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });
});

describe('no silent bad plans from bad options', () => {
  const goal = {
    id: 'g',
    title: 'x',
    kind: 'skill',
    horizon: 'short',
    status: 'open',
    priority: 'medium',
    strategies: [],
  };

  it('checkGoal refuses rules that are not rules', () => {
    expect(codeOf(() => cp.checkGoal(goal as never, { today: '2026-01-01', rules: 5 as never }))).toBe('invalid-input');
    expect(codeOf(() => cp.checkGoal(goal as never, { today: '2026-01-01', rules: [null] as never }))).toBe(
      'invalid-input',
    );
    const broken = { criterion: 'specific', check: () => 'nothing' } as never;
    expect(codeOf(() => cp.checkGoal(goal as never, { today: '2026-01-01', rules: [broken] }))).toBe('invalid-input');
  });

  it('checkGoal remembers only goals that cannot change: a goal changed after a check is checked again', () => {
    const mutable = { ...goal, strategies: [] as unknown[] };
    expect(cp.checkGoal(mutable as never, { today: '2026-01-01' }).ok).toBe(false);
    (mutable as { title: unknown }).title = 42;
    expect(codeOf(() => cp.checkGoal(mutable as never, { today: '2026-01-01' }))).toBe('invalid-input');
    // a frozen goal whose strategies are not frozen is not remembered either
    const shallow = Object.freeze({ ...goal, strategies: [] as unknown[] });
    expect(cp.checkGoal(shallow as never, { today: '2026-01-01' }).ok).toBe(false);
    shallow.strategies.push(null);
    expect(codeOf(() => cp.checkGoal(shallow as never, { today: '2026-01-01' }))).toBe('invalid-input');
    // dates are remembered only once zod accepted them
    for (let i = 0; i < 2; i++) {
      expect(codeOf(() => cp.checkGoal(goal as never, { today: '2026-02-30' }))).toBe('invalid-input');
      expect(codeOf(() => cp.classifyHorizon('2026-02-30', '2026-01-01'))).toBe('invalid-input');
    }
  });

  it('createPlan refuses a process whose stages are not stages, instead of a plan in stage undefined', () => {
    for (const stages of [[null], [{}], [{ id: 1 }], 'x']) {
      expect(
        codeOf(() => cp.createPlan({ owner: { id: 'a' }, process: { ...cp.careerProcess, stages } as never })),
      ).toBe('invalid-input');
    }
  });

  it('an environment whose clock or ids are not usable is refused where they are used', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' } });
    const input = { title: 'x', kind: 'skill', horizon: 'short' } as const;
    const env = (now: () => unknown, newId: () => unknown) => ({ now, newId }) as unknown as cp.Env;
    const ok = () => '2026-01-01T00:00:00.000Z';
    expect(
      codeOf(() =>
        cp.addGoal(plan, input, {
          env: env(
            () => 'yesterday',
            () => 'n1',
          ),
        }),
      ),
    ).toBe('invalid-input');
    expect(codeOf(() => cp.addGoal(plan, input, { env: env(ok, () => '') }))).toBe('invalid-input');
    expect(codeOf(() => cp.addGoal(plan, input, { env: env(ok, () => 7) }))).toBe('invalid-input');
    expect(
      codeOf(() =>
        cp.createPlan(
          { owner: { id: 'a' } },
          {
            env: env(
              () => 'yesterday',
              () => 'p',
            ),
          },
        ),
      ),
    ).toBe('invalid-input');
    expect(
      codeOf(() =>
        cp.undo(cp.addGoal(plan, input), {
          env: env(
            () => 'later',
            () => 'u',
          ),
        }),
      ),
    ).toBe('invalid-input');
    // Nothing changed, and a usable environment still works.
    expect(cp.addGoal(plan, input, { env: env(ok, () => 'n1') }).goals[0]?.id).toBe('n1');
  });
});
