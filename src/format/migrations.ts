import { CareerPlanError } from '../model/errors.js';

/**
 * A migration: turns a document of one format version into the next version's shape. It gets
 * a plain JSON value (not yet validated) that it may change in place, and returns the result.
 *
 * @example
 * ```ts
 * import type { Migration } from 'career-plan';
 *
 * const renameField: Migration = (doc) => ({ ...(doc as object), version: 2 });
 * ```
 */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * The registry of migrations this library knows, by the version they migrate from: entry `n`
 * turns version `n` into version `n + 1`. Format version 1 is the first, so it is empty; each
 * later format version adds its migration here, with a stored fixture test of the version it
 * reads.
 *
 * @example
 * ```ts
 * import { migrations } from 'career-plan';
 *
 * console.log(Object.keys(migrations)); // [] while version 1 is the newest
 * ```
 */
export const migrations: Readonly<Record<number, Migration>> = Object.freeze({});

/**
 * Runs the migrations from a document's version up to `target`, in order. A document with no
 * path to the target (a gap in the registry) fails with `unsupported-version`.
 *
 * @param document - the parsed document, at version `from`
 * @param from - its version
 * @param target - the version to reach
 * @param registry - the migrations by the version they migrate from (default {@link migrations})
 * @example
 * ```ts
 * import { runMigrations } from 'career-plan';
 *
 * const doc = runMigrations({ format: 'career-plan', version: 1 }, 1, 2, {
 *   1: (d) => ({ ...d, version: 2 }),
 * });
 * console.log(doc.version); // 2
 * ```
 */
export function runMigrations(
  document: Record<string, unknown>,
  from: number,
  target: number,
  registry: Readonly<Record<number, Migration>> = migrations,
): Record<string, unknown> {
  let current = document;
  for (let version = from; version < target; version++) {
    const migrate = registry[version];
    if (migrate === undefined) {
      throw new CareerPlanError('unsupported-version', `No migration from document format version ${version} to ${version + 1}`, { version });
    }
    current = migrate(current);
    if (current.version !== version + 1) {
      throw new CareerPlanError('invalid-document', `The migration from version ${version} did not produce version ${version + 1}`, { version });
    }
  }
  return current;
}
