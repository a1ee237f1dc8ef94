import { describe, expect, it } from 'vitest';
import { CareerPlanError, jsonValueSchema } from '../../src/index.js';
import { compactFields, copyJsonValue, jsonEqual } from '../../src/model/json.js';
import { isJsonValue, measureJson } from '../../src/model/json-value.js';

const deep = (depth: number): unknown => {
  let value: unknown = 0;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

describe('JSON values', () => {
  it('accepts plain data and copies it frozen', () => {
    const source = { a: [1, 'two', null, true], b: { c: 1.5 } };
    const copy = copyJsonValue(source, 'test');
    expect(copy).toEqual(source);
    expect(copy).not.toBe(source);
    expect(Object.isFrozen(copy)).toBe(true);
    expect(Object.isFrozen(source)).toBe(false);
    expect(isJsonValue(source)).toBe(true);
  });

  it('rejects what JSON cannot carry', () => {
    for (const bad of [
      new Date(),
      new Map(),
      () => 1,
      Number.NaN,
      Infinity,
      { a: undefined as unknown as number, b: Symbol('x') },
    ]) {
      expect(isJsonValue(bad)).toBe(false);
      expect(() => copyJsonValue(bad, 'test')).toThrow(CareerPlanError);
    }
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(isJsonValue(cyclic)).toBe(false);
    expect(() => copyJsonValue(cyclic, 'test')).toThrow(/cycle/);
  });

  it('rejects prototype keys', () => {
    for (const text of ['{"__proto__":{"x":1}}', '{"a":{"constructor":1}}', '[{"prototype":1}]']) {
      const value: unknown = JSON.parse(text);
      expect(isJsonValue(value)).toBe(false);
      expect(() => copyJsonValue(value, 'test')).toThrow(/forbidden key/);
      expect(jsonValueSchema.safeParse(value).success).toBe(false);
    }
  });

  it('survives hostile depth without overflowing the stack', () => {
    const value = deep(100_000);
    expect(isJsonValue(value)).toBe(false);
    expect(() => copyJsonValue(value, 'test')).toThrow(/deeper/);
    expect(isJsonValue(deep(10))).toBe(true);
  });

  it('compares deeply', () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual([1], { 0: 1 })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
  });
});

describe('shared and cyclic objects', () => {
  it('an object shared by two parents is plain JSON; a cycle is not', () => {
    const shared = { name: 'Sam' };
    expect(isJsonValue({ a: shared, b: [shared, shared] })).toBe(true);
    const list: unknown[] = [];
    list.push(list);
    expect(isJsonValue(list)).toBe(false);
  });

  it('an object shared at two depths is too deep where it is met deepest, however it was met first', () => {
    const nest = (value: unknown, levels: number): unknown => {
      for (let i = 0; i < levels; i++) value = { next: value };
      return value;
    };
    const shared = nest('leaf', 40); // 40 levels of its own
    // met first near the top (fits), then 30 levels down: 70 levels there, over a limit of 64
    const value = { near: shared, far: nest(shared, 30) };
    expect(isJsonValue(value, 64)).toBe(false);
    expect(isJsonValue({ far: nest(shared, 30), near: shared }, 64)).toBe(false);
    expect(isJsonValue(value, 128)).toBe(true);
    expect(measureJson(value, 64)).toBe(-1);
    expect(measureJson({ far: nest(shared, 30), near: shared }, 64)).toBe(-1);
    expect(measureJson(value, 128)).toBe(JSON.stringify(value).length);
  });
});

describe('compactFields', () => {
  it('gives a plain object with the same fields in the same order, or the object itself', () => {
    const fields = { title: 'Get certified', priority: 'high', skillIds: ['k1'] };
    const compact = compactFields(fields);
    expect(compact).not.toBe(fields);
    expect(Object.getPrototypeOf(compact)).toBe(Object.prototype);
    expect(Object.keys(compact)).toEqual(['title', 'priority', 'skillIds']);
    expect(compact).toStrictEqual(fields);
    expect(compact.skillIds).toBe(fields.skillIds);
    expect(JSON.stringify(compactFields({ b: 1, a: 2 }))).toBe('{"b":1,"a":2}');
    // Nothing to gain, or keys that could reach a prototype: the object itself.
    const empty = {};
    expect(compactFields(empty)).toBe(empty);
    const many = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`k${i}`, i]));
    expect(compactFields(many)).toBe(many);
    const hostile = JSON.parse('{"__proto__":{"polluted":true}}') as object;
    expect(compactFields(hostile)).toBe(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
