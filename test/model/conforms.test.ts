import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { conformance } from '../../src/model/conforms.js';
import { apply, commandArb, realisticPlan } from '../helpers.js';

/** What zod says: the value parses, and to a value deeply equal to it. */
function zodKeeps(schema: z.ZodType, value: unknown): boolean {
  const result = schema.safeParse(value);
  if (!result.success) return false;
  try {
    expect(result.data).toStrictEqual(value);
    return true;
  } catch {
    return false;
  }
}

/** The one promise: conformance never says yes where zod would refuse or change the value. */
function expectSound(schema: z.ZodType, value: unknown): boolean {
  const yes = conformance(schema)(value);
  if (yes && !zodKeeps(schema, value))
    throw new Error(`conformance accepted what zod does not keep: ${JSON.stringify(value)}`);
  return yes;
}

const strategy = z.strictObject({
  id: z.string().min(1).max(10),
  title: z.string().max(5),
  status: z.literal(['todo', 'done']),
  kind: z.enum(['a', 'b']).exactOptional(),
  note: z.string().optional(),
  due: z.iso.date().exactOptional(),
  at: z.iso.datetime().exactOptional(),
  count: z.number().int().min(0).max(9).exactOptional(),
  share: z.number().gt(0).lt(1).exactOptional(),
  flag: z.boolean().nullable().exactOptional(),
  code: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .exactOptional(),
  even: z.custom<number>((value) => typeof value === 'number' && value % 2 === 0).exactOptional(),
});
const list = z
  .strictObject({
    items: z.array(strategy).min(1).max(3).readonly(),
    tags: z.record(z.string().min(1), z.number()).exactOptional(),
  })
  .readonly();

const good = { id: 's1', title: 'Go', status: 'todo' };

describe('conformance: whether a value already is what its schema outputs', () => {
  it('answers as zod does for the schemas it walks and the checks it knows', () => {
    const cases: [unknown, boolean][] = [
      [{ items: [good] }, true],
      [
        {
          items: [
            {
              ...good,
              kind: 'a',
              note: 'n',
              due: '2026-02-03',
              at: '2026-02-03T04:05:06Z',
              count: 9,
              share: 0.5,
              flag: null,
              code: 'AB',
              even: 4,
            },
          ],
        },
        true,
      ],
      [{ items: [good], tags: { a: 1, b: 2 } }, true],
      [{ items: [{ ...good, note: undefined }] }, true],
      [{ items: [] }, false],
      [{ items: [good, good, good, good] }, false],
      [{ items: [{ ...good, id: '' }] }, false],
      [{ items: [{ ...good, id: 'x'.repeat(11) }] }, false],
      [{ items: [{ ...good, title: 'Longer' }] }, false],
      [{ items: [{ ...good, status: 'open' }] }, false],
      [{ items: [{ ...good, kind: 'c' }] }, false],
      [{ items: [{ ...good, kind: undefined }] }, false],
      [{ items: [{ ...good, due: '2026-02-30' }] }, false],
      [{ items: [{ ...good, at: 'yesterday' }] }, false],
      [{ items: [{ ...good, count: 1.5 }] }, false],
      [{ items: [{ ...good, count: 10 }] }, false],
      [{ items: [{ ...good, count: -1 }] }, false],
      [{ items: [{ ...good, share: 1 }] }, false],
      [{ items: [{ ...good, share: 0 }] }, false],
      [{ items: [{ ...good, flag: 'yes' }] }, false],
      [{ items: [{ ...good, code: 'ab' }] }, false],
      [{ items: [{ ...good, even: 3 }] }, false],
      [{ items: [{ ...good, extra: 1 }] }, false],
      [{ items: [{ id: 's1', title: 'Go' }] }, false],
      [{ items: [good], tags: { a: 'one' } }, false],
      [{ items: [good], tags: { '': 1 } }, false],
      [{ items: [good], more: true }, false],
      [{ items: good }, false],
      [[good], false],
      [null, false],
      ['items', false],
    ];
    for (const [value, expected] of cases) {
      expect(expectSound(list, value), JSON.stringify(value)).toBe(expected);
      expect(zodKeeps(list, value), JSON.stringify(value)).toBe(expected);
    }
  });

  it('counts string lengths as zod does, where UTF-16 units and code points differ', () => {
    // zod 4.6 counts code points; older 4.x versions count units. Either way, the answer is zod's.
    const short = z.string().min(2).max(3);
    for (const value of ['😀😀😀', '😀', '😀😀😀😀', 'ab', 'a😀', '😀a']) {
      expect(expectSound(short, value), value).toBe(zodKeeps(short, value));
    }
    expect(expectSound(short, 'ab')).toBe(true);
  });

  it('refuses keys that could reach a prototype, as zod does', () => {
    const value = JSON.parse('{"items":[{"id":"s1","title":"Go","status":"todo","__proto__":{"polluted":true}}]}');
    expect(expectSound(list, value)).toBe(false);
    expect(list.safeParse(value).success).toBe(false);
    const tags = JSON.parse('{"items":[{"id":"s1","title":"Go","status":"todo"}],"tags":{"__proto__":1}}');
    expect(expectSound(list, tags)).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('says no wherever zod would output something else, so the caller asks zod', () => {
    expect(expectSound(z.strictObject({ a: z.string().default('x') }), {})).toBe(false);
    // A value given where there is a default is the inner schema's to judge.
    expect(expectSound(z.strictObject({ a: z.string().max(2).default('x') }), { a: 'ab' })).toBe(true);
    expect(expectSound(z.strictObject({ a: z.string().max(2).default('x') }), { a: 'abc' })).toBe(false);
    expect(expectSound(z.array(z.number()).default([]), [1, 2])).toBe(true);
    expect(expectSound(z.array(z.number()).default([]), undefined)).toBe(false);
    expect(expectSound(z.object({ a: z.string() }), { a: 'x', b: 1 })).toBe(false);
    expect(expectSound(z.object({ a: z.string() }), { a: 'x' })).toBe(true);
    expect(expectSound(z.looseObject({ a: z.string() }), { a: 'x', b: 1 })).toBe(true);
    expect(
      expectSound(
        z.string().transform((value) => value.length),
        'abc',
      ),
    ).toBe(false);
    expect(expectSound(z.string().trim(), ' a ')).toBe(false);
    expect(expectSound(z.string().trim(), 'a')).toBe(true);
    expect(expectSound(z.coerce.number(), '1')).toBe(false);
    expect(
      expectSound(
        z.string().refine(async () => true),
        'a',
      ),
    ).toBe(false);
    const shape = z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('a'), n: z.number() }),
      z.strictObject({ kind: z.literal('b') }),
    ]);
    expect(expectSound(shape, { kind: 'a', n: 1 })).toBe(true);
    expect(expectSound(shape, { kind: 'b', n: 1 })).toBe(false);
    expect(expectSound(z.record(z.enum(['x', 'y']), z.number()), { x: 1, y: 2 })).toBe(true);
    expect(expectSound(z.record(z.enum(['x', 'y']), z.number()), { x: 1 })).toBe(false);
  });

  it('compiles a schema that contains itself once, and walks it', () => {
    interface Node {
      readonly name: string;
      readonly children: readonly Node[];
    }
    const node: z.ZodType<Node> = z.strictObject({
      name: z.string(),
      get children() {
        return z.array(node);
      },
    });
    expect(expectSound(node, { name: 'a', children: [{ name: 'b', children: [] }] })).toBe(true);
    expect(expectSound(node, { name: 'a', children: [{ name: 'b' }] })).toBe(false);
    expect(conformance(node)).toBe(conformance(node));
  });

  it('never says yes where zod would refuse or change the value (property, arbitrary values)', () => {
    const schemas: z.ZodType[] = [
      list,
      strategy,
      cp.goalSchema,
      cp.goalInputSchema,
      cp.revisionSchema,
      cp.storedRevisionSchema,
      cp.planSchema,
    ];
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.jsonValue({ maxDepth: 4 }), (schema, value) => {
        expectSound(schema, value);
      }),
      { numRuns: 500 },
    );
    const item = fc.record(
      {
        id: fc.oneof(fc.string({ maxLength: 12 }), fc.constant('😀😀😀😀😀😀')),
        title: fc.oneof(fc.string({ maxLength: 6 }), fc.constant('😀😀😀')),
        status: fc.constantFrom('todo', 'done', 'open'),
        count: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.double()),
        share: fc.double({ min: -1, max: 2 }),
        flag: fc.constantFrom(null, true, 'no'),
        code: fc.constantFrom('AB', 'ab', 'ABC'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 2 }), fc.oneof(fc.integer(), fc.string())),
        (items, tags) => {
          expectSound(list, { items });
          expectSound(list, { items, tags });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts every valid document, whatever edits made it (property)', () => {
    const accepts = conformance(cp.documentSchema);
    expect(accepts(JSON.parse(cp.serialize(cp.undo(realisticPlan()))))).toBe(true);
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 25 }), (commands) => {
        const env = cp.fixedEnv({ tick: 1000 });
        let plan = cp.createPlan({ owner: { id: 'alex' } }, { env });
        for (const command of commands) plan = apply(plan, command, { env });
        const document = JSON.parse(cp.serialize(plan));
        expect(accepts(document)).toBe(true);
        expect(zodKeeps(cp.documentSchema, document)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('never says yes to a mutated document that zod refuses (property)', () => {
    const text = cp.serialize(cp.undo(realisticPlan()));
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, prefix: (string | number)[]): void => {
      if (prefix.length > 0) paths.push(prefix);
      if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...prefix, i]));
      else if (typeof value === 'object' && value !== null)
        for (const [key, item] of Object.entries(value)) walk(item, [...prefix, key]);
    };
    walk(JSON.parse(text), []);
    const mutation = fc.record({
      at: fc.nat({ max: paths.length - 1 }),
      kind: fc.constantFrom('replace', 'delete', 'duplicate'),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', -1, 1.5, '😀', '9999-99-99', null)),
    });
    let refused = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const doc = JSON.parse(text) as Record<string, unknown>;
        for (const { at, kind, value } of mutations) {
          const path = paths[at] as (string | number)[];
          let parent: unknown = doc;
          for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown> | undefined)?.[key];
          if (typeof parent !== 'object' || parent === null) continue;
          const key = path.at(-1) as string | number;
          const target = parent as Record<string | number, unknown>;
          if (kind === 'replace') target[key] = value;
          else if (kind === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete target[key];
          else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
        }
        if (!expectSound(cp.documentSchema, doc)) refused++;
      }),
      { numRuns: 400 },
    );
    // The mutations do break documents: most are refused.
    expect(refused).toBeGreaterThan(200);
  });
});

describe('conformance of odd schemas', () => {
  it('leaves a declared __proto__ key to zod, which drops it', () => {
    const odd = z.strictObject({ ['__proto__']: z.string().optional(), a: z.string() });
    const value = JSON.parse('{"__proto__":"x","a":"y"}');
    expect(conformance(odd)(value)).toBe(false);
  });
});

describe('the fast path fails safe', () => {
  it('agrees with zod on its probes under the zod installed here', async () => {
    const { agreesWithZod, conformanceTrusted } = await import('../../src/model/conforms.js');
    expect(conformanceTrusted()).toBe(true);
    const item = z.strictObject({ a: z.string().max(3) });
    expect(
      agreesWithZod([
        [item, { a: 'abc' }],
        [item, { a: 'abcd' }],
        [item, { b: 1 }],
      ]),
    ).toBe(true);
  });

  it('notices a zod whose internals differ from what it reads (a deliberately altered schema internal)', async () => {
    const { agreesWithZod } = await import('../../src/model/conforms.js');
    const altered = z.string().max(3);
    // The definition now says "custom" (which the fast path reads as "anything, then the checks"),
    // while zod's own parse still requires a string.
    (altered._zod.def as unknown as { type: string }).type = 'custom';
    expect(agreesWithZod([[altered, 'abc']])).toBe(true);
    expect(agreesWithZod([[altered, 5]])).toBe(false);
  });

  it('without trust, loading asks zod through its public parse, and still refuses what zod refuses', async () => {
    const { conformance, setConformanceTrust } = await import('../../src/model/conforms.js');
    const text = cp.serialize(realisticPlan());
    try {
      setConformanceTrust(false);
      const schema = z.strictObject({ a: z.string().max(3) });
      expect(conformance(schema)({ a: 'abc' })).toBe(true);
      expect(conformance(schema)({ a: 'abcd' })).toBe(false);
      expect(cp.deserialize(text).id).toBe('plan-alex');
      const bad = JSON.parse(text);
      bad.plan.goals[0].horizon = 'medium';
      expect(() => cp.deserialize(bad)).toThrow(expect.objectContaining({ code: 'invalid-document' }));
    } finally {
      setConformanceTrust(undefined);
    }
    expect(cp.deserialize(text).id).toBe('plan-alex');
  });
});
