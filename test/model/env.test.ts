import { describe, expect, it, vi } from 'vitest';
import { CareerPlanError, defaultEnv, fixedEnv, timestampSchema } from '../../src/index.js';

describe('environment', () => {
  it('the default uses the clock and random UUIDs', () => {
    expect(timestampSchema.safeParse(defaultEnv.now()).success).toBe(true);
    expect(defaultEnv.newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(defaultEnv.newId()).not.toBe(defaultEnv.newId());
  });

  it('without crypto.randomUUID (a browser page over plain HTTP), ids are v4 UUIDs from getRandomValues', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (array: Uint8Array) => real.getRandomValues(array) });
    try {
      const ids = Array.from({ length: 200 }, () => defaultEnv.newId());
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(ids).size).toBe(ids.length);
      vi.stubGlobal('crypto', undefined);
      expect(() => defaultEnv.newId()).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    } finally {
      vi.unstubAllGlobals();
    }
    expect(globalThis.crypto).toBe(real);
  });

  it('fixedEnv counts ids and keeps a clock you set', () => {
    const env = fixedEnv({ start: '2026-03-01T10:00:00.000Z', idPrefix: 'p' });
    expect([env.newId(), env.newId()]).toEqual(['p1', 'p2']);
    expect(env.now()).toBe('2026-03-01T10:00:00.000Z');
    expect(env.now()).toBe('2026-03-01T10:00:00.000Z');
    env.advance({ days: 1, hours: 2, minutes: 3, seconds: 4 });
    expect(env.now()).toBe('2026-03-02T12:03:04.000Z');
    env.set('2027-01-01T00:00:00Z');
    expect(env.now()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('fixedEnv can tick after each reading', () => {
    const env = fixedEnv({ tick: 1000 });
    expect([env.now(), env.now()]).toEqual(['2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.000Z']);
  });

  it('fixedEnv refuses bad options with a CareerPlanError, never a RangeError', () => {
    const code = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (error) {
        expect(error).toBeInstanceOf(CareerPlanError);
        return (error as CareerPlanError).code;
      }
      return undefined;
    };
    expect(code(() => fixedEnv({ start: 'soon' }))).toBe('invalid-input');
    expect(code(() => fixedEnv({ start: 'March 1, 2026' }))).toBe('invalid-input');
    expect(code(() => fixedEnv().set('later'))).toBe('invalid-input');
    expect(code(() => fixedEnv(null as never))).toBe('invalid-input');
    expect(code(() => fixedEnv({ tick: Number.NaN }))).toBe('invalid-input');
    expect(code(() => fixedEnv({ idPrefix: 1 as never }))).toBe('invalid-input');
    expect(code(() => fixedEnv().advance({ days: Number.POSITIVE_INFINITY }))).toBe('invalid-input');
    expect(code(() => fixedEnv().advance(null as never))).toBe('invalid-input');
    expect(code(() => fixedEnv().advance({ days: 1e12 }))).toBe('invalid-input');
    const env = fixedEnv({ start: '2026-01-01T00:00:00+02:00' });
    env.advance({ hours: 1.5 });
    expect(env.now()).toBe('2025-12-31T23:30:00.000Z');
  });
});
