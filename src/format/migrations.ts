import { CareerPlanError, shown } from '../model/errors.js';
import { patchesToOperations } from './migrate-patches.js';

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
 * @category Documents
 */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 to 2: plans gained participants (advisors), suggestions, comment threads and private
 * notes, and revisions may credit an advisor. A version-1 plan had none of them, so the
 * migration adds them empty; revisions need no change. Anyone could edit a version-1 plan: the
 * authors of its revisions other than its owner are listed as `formerAuthors`, so that their
 * revisions still load once authors must be participants.
 */
const addParticipants: Migration = (document) => {
  const plan = document.plan;
  const owner = isRecord(plan) && isRecord(plan.owner) ? plan.owner.id : undefined;
  const former = new Set<string>();
  if (Array.isArray(document.revisions)) {
    for (const revision of document.revisions as unknown[]) {
      const id = isRecord(revision) && isRecord(revision.by) ? revision.by.id : undefined;
      if (typeof id === 'string' && id !== owner) former.add(id);
    }
  }
  return {
    ...document,
    version: 2,
    ...(former.size > 0 ? { formerAuthors: [...former] } : {}),
    plan: isRecord(plan) ? { ...plan, advisors: [], suggestions: [], comments: [], privateNotes: [] } : plan,
  };
};

/** The lists version 4 plans gained, empty. */
const matchStepLists = (plan: unknown): unknown =>
  isRecord(plan) ? { ...plan, skills: [], reviews: [], evidence: [], signatures: [] } : plan;

/**
 * Version 3 to 4: plans gained a skills inventory, reviews (and an optional review cadence),
 * evidence and signatures, and career options an optional occupation profile. A version-3 plan
 * had none of them, so the migration adds the lists empty; revisions need no change.
 */
const addMatchStep: Migration = (document) => ({ ...document, version: 4, plan: matchStepLists(document.plan) });

/**
 * Version 4 to 5: the version alone. A version-4 document has no plan as created (`created`)
 * and whole revisions, which version 5 reads as they are: loading finds the plan as created by
 * undoing them, each step checked, and checks what they carry against what it derives.
 */
const keepWhole: Migration = (document) => ({ ...document, version: 5 });

/**
 * The registry of migrations this library knows, by the version they migrate from: entry `n`
 * turns version `n` into version `n + 1`. Each is tested on a stored fixture of the version it
 * reads.
 *
 * - 1 to 2: adds the participants, suggestions, comments and private notes that version 2 plans
 *   hold, empty, and lists the authors other than the owner as `formerAuthors`.
 * - 2 to 3: revisions record operations by id instead of immer's patches by array position,
 *   and the edit that made them where it can be derived; a suggestion's edit names its goal or
 *   strategy as `id` (it was `goalId` or `strategyId` for updates).
 * - 3 to 4: adds the skills, reviews, evidence and signatures that version 4 plans hold, empty.
 * - 4 to 5: nothing but the version: version 5 stores less of each revision and adds the plan
 *   as created, and reads a document without it, of whole revisions, as version 4 wrote it.
 *
 * @example
 * ```ts
 * import { migrations } from 'career-plan';
 *
 * console.log(Object.keys(migrations)); // ['1', '2', '3', '4']
 * ```
 * @category Documents
 */
export const migrations: Readonly<Record<number, Migration>> = /* @__PURE__ */ Object.freeze({
  1: addParticipants,
  2: patchesToOperations,
  3: addMatchStep,
  4: keepWhole,
});

/**
 * Migrates a stored tail of revisions (`career-plan-revisions`) or snapshot
 * (`career-plan-snapshot`) to `target`: both came with format version 3. From 3 to 4 a
 * snapshot's plan gains the new lists, empty, and a tail's revisions need no change; from 4 to
 * 5 neither changes (version 5 changed what a document stores of its revisions; a tail keeps
 * them whole). Anything older than version 3 is `unsupported-version` (no such tail or snapshot
 * was ever written).
 */
export function migrateLog(
  raw: Record<string, unknown>,
  kind: 'tail' | 'snapshot',
  from: number,
  target: number,
): Record<string, unknown> {
  if (from < 3)
    throw new CareerPlanError(
      'unsupported-version',
      `A ${kind === 'tail' ? 'tail of revisions' : 'snapshot'} has format version 3 or later, not ${from}`,
      { version: from },
    );
  let current = raw;
  for (let version = from; version < target; version++) {
    // Version 5 changed documents alone: tails and snapshots only take its number.
    current =
      version === 3 && kind === 'snapshot'
        ? { ...current, version: 4, plan: matchStepLists(current.plan) }
        : { ...current, version: version + 1 };
  }
  return current;
}

/**
 * Runs the migrations from a document's version up to `target`, in order. A document with no
 * path to the target (a gap in the registry) fails with `unsupported-version`.
 *
 * @param document - the parsed document, at version `from`
 * @param from - its version
 * @param target - the version to reach
 * @param registry - the migrations by the version they migrate from (default {@link migrations})
 */
export function runMigrations(
  document: Record<string, unknown>,
  from: number,
  target: number,
  registry: Readonly<Record<number, Migration>> = migrations,
): Record<string, unknown> {
  const whole = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;
  if (!isRecord(document)) throw new CareerPlanError('invalid-document', 'A career-plan document is a JSON object', {});
  if (!whole(from) || !whole(target))
    throw new CareerPlanError('invalid-input', 'runMigrations takes format versions as whole numbers from 1', {
      from: shown(from),
      target: shown(target),
    });
  if (typeof registry !== 'object' || registry === null)
    throw new CareerPlanError('invalid-input', 'The migration registry must be an object of migrations by version', {});
  let current = document;
  for (let version = from; version < target; version++) {
    const migrate = Object.hasOwn(registry, version) ? registry[version] : undefined;
    if (typeof migrate !== 'function') {
      throw new CareerPlanError(
        'unsupported-version',
        `No migration from document format version ${version} to ${version + 1}`,
        { version },
      );
    }
    current = migrate(current);
    if (!isRecord(current) || current.version !== version + 1) {
      throw new CareerPlanError(
        'invalid-document',
        `The migration from version ${version} did not produce version ${version + 1}`,
        { version },
      );
    }
  }
  return current;
}
