import { CareerPlanError } from './errors.js';
import { timestampSchema } from './primitives.js';

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
 * @category Plan
 */
export interface Env {
  /** The current instant as an ISO-8601 timestamp, for example `2026-01-05T09:00:00.000Z`. */
  now(): string;
  /** A new id, unique within the plans the app keeps. */
  newId(): string;
}

/**
 * A random (version 4) UUID: `crypto.randomUUID()` where it exists, else one made from
 * `crypto.getRandomValues()`, which browsers also offer on pages served over plain HTTP (where
 * `randomUUID` is missing).
 */
function randomId(): string {
  const crypto = globalThis.crypto as Partial<Crypto> | undefined;
  // A UUID is lowercase already; toLowerCase() returns a flat copy, where Node's randomUUID()
  // returns a rope of string pieces that keeps about 450 bytes alive per id (measured).
  if (typeof crypto?.randomUUID === 'function') return crypto.randomUUID().toLowerCase();
  if (typeof crypto?.getRandomValues !== 'function') {
    throw new CareerPlanError(
      'invalid-input',
      'This runtime has no crypto.randomUUID or crypto.getRandomValues: pass an env with newId() in the options',
      {},
    );
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80; // the RFC 9562 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The documented default environment: the system clock (`new Date().toISOString()`) and
 * `crypto.randomUUID()`, which exists in Node 20+, browsers (secure contexts), Deno and Bun. On
 * a browser page served over plain HTTP, where `randomUUID` is missing, ids are version-4 UUIDs
 * made from `crypto.getRandomValues()`.
 *
 * @example
 * ```ts
 * import { defaultEnv } from 'career-plan';
 *
 * console.log(defaultEnv.newId()); // e.g. '3b241101-e2bb-4255-8caf-4136c566a962'
 * ```
 * @category Plan
 */
export const defaultEnv: Env = Object.freeze({
  now: (): string => new Date().toISOString(),
  newId: randomId,
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
 * console.log(env.now()); // '2026-01-08T00:00:00.000Z'
 * ```
 * @category Plan
 */
export interface FixedEnv extends Env {
  /** Sets the clock to an instant (ISO-8601; anything else fails with `invalid-input`). */
  set(instant: string): void;
  /**
   * Moves the clock forward (or back, with negative numbers); numbers that are not finite fail with `invalid-input`.
   */
  advance(by: {
    readonly days?: number;
    readonly hours?: number;
    readonly minutes?: number;
    readonly seconds?: number;
  }): void;
}

/**
 * Makes a deterministic {@link FixedEnv}: ids count up (`id-1`, `id-2`, ... or with your
 * prefix), and the clock stays where you set it, moving only by `tick` milliseconds after
 * each reading (0 by default) or when you call `set` or `advance`.
 *
 * @param options - `start`: the first instant (default `2026-01-01T00:00:00.000Z`);
 *   `idPrefix`: the prefix of the counted ids (default `id-`); `tick`: milliseconds the clock
 *   moves after each `now()` (default 0)
 * @throws CareerPlanError `invalid-input` for a `start` that is not an ISO-8601 instant, a
 *   `tick` that is not a finite number, or an `idPrefix` that is not a string
 * @example
 * ```ts
 * import { createPlan, fixedEnv } from 'career-plan';
 *
 * const env = fixedEnv({ start: '2026-03-01T10:00:00.000Z', idPrefix: 'p' });
 * const plan = createPlan({ owner: { id: 'alex' } }, { env });
 * console.log(plan.id); // 'p1'
 * ```
 * @category Plan
 */
export function fixedEnv(
  options: { readonly start?: string; readonly idPrefix?: string; readonly tick?: number } = {},
): FixedEnv {
  if (typeof options !== 'object' || options === null) throw invalid('fixedEnv takes an options object', { options });
  let clock = instant(options.start ?? '2026-01-01T00:00:00.000Z', 'start');
  const prefix = options.idPrefix ?? 'id-';
  if (typeof prefix !== 'string') throw invalid('fixedEnv: idPrefix must be a string', { idPrefix: prefix });
  const tick = options.tick ?? 0;
  if (!Number.isFinite(tick)) throw invalid('fixedEnv: tick must be a finite number of milliseconds', { tick });
  let counter = 0;
  const move = (to: number): void => {
    // Past the range of a Date there is no instant to report.
    if (!Number.isFinite(new Date(to).getTime()))
      throw invalid('fixedEnv: the clock would leave the range of dates', { to });
    clock = to;
  };
  return {
    now() {
      const value = new Date(clock).toISOString();
      move(clock + tick);
      return value;
    },
    newId() {
      counter += 1;
      return `${prefix}${counter}`;
    },
    set(value: string) {
      clock = instant(value, 'set');
    },
    advance(by) {
      const parts =
        typeof by === 'object' && by !== null
          ? [by.days ?? 0, by.hours ?? 0, by.minutes ?? 0, by.seconds ?? 0]
          : [Number.NaN];
      if (!parts.every((part) => Number.isFinite(part)))
        throw invalid('fixedEnv.advance takes finite numbers of days, hours, minutes and seconds', { by });
      const [days = 0, hours = 0, minutes = 0, seconds = 0] = parts;
      move(clock + ((days * 24 + hours) * 60 + minutes) * 60_000 + seconds * 1000);
    },
  };
}

const invalid = (message: string, details: Record<string, unknown>): CareerPlanError =>
  new CareerPlanError('invalid-input', message, details);

/**
 * The environment in `options.env`: {@link defaultEnv} when it is left out, a
 * `CareerPlanError` (`invalid-input`) when it lacks `now` or `newId`.
 * @internal
 */
export function envOf(env: unknown): Env {
  if (env === undefined) return defaultEnv;
  const candidate = env as Partial<Env> | null;
  if (
    typeof candidate !== 'object' ||
    candidate === null ||
    typeof candidate.now !== 'function' ||
    typeof candidate.newId !== 'function'
  ) {
    throw invalid('options.env must be an environment with the functions now() and newId()', {});
  }
  return checked(env as Env);
}

const wrapped = new WeakMap<Env, Env>();

/**
 * An app's environment, with what it returns checked where it is used: `now()` must give an
 * ISO-8601 instant and `newId()` an id (1 to 200 characters), or the edit fails with
 * `invalid-input` before anything changes (a plan with a revision dated "yesterday" could not be
 * loaded again). The library's own `defaultEnv` is used as it is.
 */
function checked(env: Env): Env {
  if (env === defaultEnv) return env;
  let safe = wrapped.get(env);
  if (safe === undefined) {
    safe = {
      now: () => {
        const value: unknown = env.now();
        if (typeof value !== 'string' || !timestampSchema.safeParse(value).success) {
          throw invalid('env.now() must return an ISO-8601 instant, such as 2026-01-01T00:00:00.000Z', { value });
        }
        return value;
      },
      newId: () => {
        const value: unknown = env.newId();
        if (typeof value !== 'string' || value.length === 0 || value.length > 200) {
          throw invalid('env.newId() must return a string of 1 to 200 characters', { value });
        }
        return value;
      },
    };
    wrapped.set(env, safe);
  }
  return safe;
}

/** An ISO-8601 instant as milliseconds, or `invalid-input`. */
function instant(value: unknown, where: string): number {
  if (typeof value !== 'string' || !timestampSchema.safeParse(value).success) {
    throw invalid(`fixedEnv: ${where} must be an ISO-8601 instant, such as 2026-01-01T00:00:00.000Z`, {
      [where]: value,
    });
  }
  return Date.parse(value);
}
