import * as z from 'zod';
import { CareerPlanError, optionsObject, safely, shown, type SafeResult } from '../model/errors.js';
import { isForbiddenKey, jsonEqual } from '../model/json.js';
import { measureJson } from '../model/json-value.js';
import { planSchema, type Plan, type PlanData, type StageDataMap } from '../model/plan.js';
import type { Policy } from '../model/policy.js';
import type { Process } from '../model/process.js';
import type { Revision } from '../model/revision.js';
import { parseOrThrow } from '../model/validate.js';
import { conformance } from '../model/conforms.js';
import { freezeNew } from '../history/freeze.js';
import { OperationMismatch, applyOperations, cloneJson, freezeFresh } from '../history/operations.js';
import { REGISTRY } from '../model/kinds.js';
import { invertOperations, type Operation } from '../model/operation.js';
import { restoreHistory } from '../history/restore.js';
import { headHash } from '../history/hash.js';
import { careerProcess, type CareerStageId } from '../process/career-process.js';
import { checkPlan, isCreated } from './check-plan.js';
import { incomplete, replay } from './replay.js';
import { checkOperations } from './check-operations.js';
import { FORMAT_NAME, FORMAT_VERSION, documentSchema, type PlanDocument } from './document.js';
import { runMigrations } from './migrations.js';

/**
 * What {@link deserialize} accepts besides the document.
 *
 * @example
 * ```ts
 * import { careerProcess, type DeserializeOptions } from 'career-plan';
 *
 * const options: DeserializeOptions = { processes: [careerProcess], maxRevisions: 20_000 };
 * ```
 * @category Documents
 */
export interface DeserializeOptions {
  /**
   * The one process the document must follow (a document naming another fails with
   * `unknown-process`); the plan comes back typed by it (its stage ids and stage data).
   */
  readonly process?: Process<string, StageDataMap>;
  /** The processes documents may name, besides `careerProcess` (always known). */
  readonly processes?: readonly Process[];
  /** The longest JSON string accepted, in characters (default 67,108,864: 64 Mi). Longer fails with `too-large`. */
  readonly maxLength?: number;
  /** The most revisions accepted (default 100,000). More fails with `too-large`, before anything is parsed. */
  readonly maxRevisions?: number;
  /**
   * The policy the history is checked under and the loaded plan follows (default
   * `defaultPolicy`): every revision's author must have been allowed it. Plans hold no
   * functions, so give it again.
   */
  readonly policy?: Policy;
  /**
   * The head hash (`headHash`) the app kept for this plan: the document's history must hash to
   * it, or loading fails with `corrupt-history` (a history rewritten anywhere, or cut short).
   */
  readonly headHash?: string;
}

/**
 * The default size limits of {@link deserialize}; pass `maxLength` or `maxRevisions` in its
 * options to change them.
 *
 * @example
 * ```ts
 * import { DEFAULT_LIMITS } from 'career-plan';
 *
 * console.log(DEFAULT_LIMITS.maxRevisions); // 100000
 * ```
 * @category Documents
 */
export const DEFAULT_LIMITS = Object.freeze({
  /** The longest JSON string accepted, in characters: 64 Mi. */
  maxLength: 64 * 1024 * 1024,
  /** The most revisions accepted: 100,000. */
  maxRevisions: 100_000,
});

const invalid = (message: string, details: Record<string, unknown> = {}): CareerPlanError =>
  new CareerPlanError('invalid-document', message, details);
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks the options of deserialize and the other loaders: each must have the documented type, or `invalid-input`. */
export function checkOptions(given: DeserializeOptions | undefined, name = 'deserialize'): DeserializeOptions {
  const options = optionsObject(given, name);
  const bad = (message: string, value: unknown): never => {
    throw new CareerPlanError('invalid-input', message, { value: shown(value) });
  };
  for (const limit of ['maxLength', 'maxRevisions'] as const) {
    const value = options[limit];
    // A whole number, or Infinity for no limit.
    if (
      value !== undefined &&
      (typeof value !== 'number' || value < 0 || !(Number.isInteger(value) || value === Number.POSITIVE_INFINITY))
    ) {
      bad(`options.${limit} must be a whole number of at least 0 (or Infinity)`, value);
    }
  }
  const isProcess = (p: unknown): boolean =>
    typeof p === 'object' &&
    p !== null &&
    typeof (p as Process).id === 'string' &&
    Array.isArray((p as Process).stages);
  const processes = options.processes;
  if (processes !== undefined && (!Array.isArray(processes) || !processes.every(isProcess))) {
    bad('options.processes must be a list of processes made by defineProcess or deriveProcess', processes);
  }
  if (options.process !== undefined && !isProcess(options.process))
    bad('options.process must be a process made by defineProcess or deriveProcess', options.process);
  if (options.process !== undefined && processes !== undefined)
    bad('Give options.process (one process, typed) or options.processes (several), not both', processes);
  if (options.policy !== undefined && typeof options.policy !== 'function')
    bad('options.policy must be a function', options.policy);
  if (
    options.headHash !== undefined &&
    (typeof options.headHash !== 'string' || !/^[0-9a-f]{64}$/.test(options.headHash))
  )
    bad('options.headHash must be a head hash: 64 lowercase hex digits, as headHash returns', options.headHash);
  return options;
}

/**
 * Reads a JSON string or a parsed value as a JSON object of ours: the length limit, JSON, an
 * object, the revision limit; a parsed value is copied (the caller's objects are never changed
 * or frozen).
 */
export function readObject(
  input: unknown,
  options: DeserializeOptions,
  what = 'career-plan document',
): Record<string, unknown> {
  const maxLength = options.maxLength ?? DEFAULT_LIMITS.maxLength;
  const maxRevisions = options.maxRevisions ?? DEFAULT_LIMITS.maxRevisions;
  let parsed: unknown = input;
  if (typeof input === 'string') {
    if (input.length > maxLength) {
      throw new CareerPlanError(
        'too-large',
        `The ${what} is ${input.length} characters long; the limit is ${maxLength} (options.maxLength)`,
        { length: input.length, maxLength },
      );
    }
    try {
      parsed = JSON.parse(input);
    } catch (error) {
      throw new CareerPlanError(
        'invalid-json',
        `The ${what} is not JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (!isRecord(parsed)) throw invalid(`A ${what} is a JSON object`);
  let raw: Record<string, unknown> = parsed;
  if (Array.isArray(parsed.revisions) && parsed.revisions.length > maxRevisions) {
    throw new CareerPlanError(
      'too-large',
      `The ${what} has ${parsed.revisions.length} revisions; the limit is ${maxRevisions} (options.maxRevisions)`,
      {
        revisions: parsed.revisions.length,
        maxRevisions,
      },
    );
  }
  if (typeof input !== 'string') {
    // A parsed value may share subtrees (a document from toDocument shares the plan's entities):
    // measured as the JSON text it stands for before it is copied, so that sharing cannot make a
    // small value copy as a huge one (20 levels of pairs are a million objects).
    const length = measureJson(raw, 128);
    if (length < 0) throw invalid(`The ${what} is not plain JSON data (or is nested deeper than 128 levels)`);
    if (length > maxLength) {
      throw new CareerPlanError(
        'too-large',
        `The ${what} is at least ${length} characters long as JSON; the limit is ${maxLength} (options.maxLength)`,
        { length, maxLength },
      );
    }
    raw = cloneJson(raw);
  }
  return raw;
}

/** Reads the envelope: JSON, the format name and version, the limits; migrates older versions. */
function readEnvelope(input: unknown, options: DeserializeOptions): Record<string, unknown> {
  let raw = readObject(input, options);
  if (raw.format !== FORMAT_NAME)
    throw invalid(`This is not a career-plan document (its "format" is not "${FORMAT_NAME}")`, { format: raw.format });
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw invalid('The document\'s "version" must be a positive whole number', { version });
  if (version > FORMAT_VERSION) {
    throw new CareerPlanError(
      'unsupported-version',
      `The document has format version ${version}; this library reads versions up to ${FORMAT_VERSION}. Upgrade ` +
        `career-plan to read it.`,
      {
        version,
        supported: FORMAT_VERSION,
      },
    );
  }
  if (version < FORMAT_VERSION) raw = runMigrations(cloneJson(raw), version, FORMAT_VERSION);
  const stageData = isRecord(raw) && isRecord(raw.plan) ? raw.plan.stageData : undefined;
  if (isRecord(stageData)) {
    for (const key of Object.keys(stageData))
      if (isForbiddenKey(key)) throw invalid(`plan.stageData holds the forbidden key "${key}"`, { key });
  }
  return raw as Record<string, unknown>;
}

/** The process a document names, among those the options give, or `unknown-process`. */
export function processFor(
  ref: { readonly id: string; readonly version: number },
  options: DeserializeOptions,
): Process {
  const known =
    options.process === undefined
      ? [careerProcess as unknown as Process, ...(options.processes ?? [])]
      : [options.process as Process];
  const process = known.find((candidate) => candidate.id === ref.id && candidate.version === ref.version);
  if (process === undefined) {
    throw new CareerPlanError(
      'unknown-process',
      `The document follows the process "${ref.id}" version ${ref.version}; pass it in options.processes`,
      {
        process: ref,
        known: known.map((candidate) => ({ id: candidate.id, version: candidate.version })),
      },
    );
  }
  return process;
}

/** A document whose plan is not looked at yet (see `deserialize`). */
const documentBody = /* @__PURE__ */ documentSchema.unwrap().extend({ plan: z.custom<PlanData>(isRecord) });

/**
 * The plan as created, for a document that leaves it out: the plan with every revision undone,
 * newest first, each step checked exactly against the state it undoes (a removal puts back the
 * entity recorded where it was, a `set` finds the values it set), so undo data that does not
 * lead back fails here. The revisions must be whole (as version 4 and a store's rows keep them).
 */
function undone(plan: PlanData, revisions: PlanDocument['revisions']): PlanData {
  let state = plan;
  const made = new Set<object>();
  for (let i = revisions.length - 1; i >= 0; i--) {
    const ops = revisions[i]?.ops;
    const fail = (why: string): never => {
      throw new CareerPlanError('corrupt-history', `Revision ${i + 1} does not fit the plan (undoing it): ${why}`, {
        seq: i + 1,
      });
    };
    if (ops === undefined || ops.some(incomplete))
      fail('it leaves out its undo data, which a document without the plan as created keeps');
    // Its values fit the schemas before anything is undone (a step that changes an id cannot be undone).
    checkOperations({ seq: i + 1, ops } as Revision);
    try {
      state = applyOperations(
        state,
        invertOperations(ops as readonly Operation[]),
        true,
        REGISTRY,
        undefined,
        made,
      ).state;
    } catch (error) {
      if (!(error instanceof OperationMismatch)) throw error;
      fail(error.message);
    }
  }
  freezeFresh(made);
  // Checked in place, as the document was; zod's parse (a copy) only to say what is wrong.
  return conformance(planSchema)(state)
    ? state
    : parseOrThrow(planSchema, state, 'plan as created (undoing every revision)', 'corrupt-history');
}

/**
 * Reads a document written by `serialize` or `toDocument` (a JSON string or an already parsed
 * value) and returns the plan, on which every history function works as on the original.
 *
 * Nothing unchecked gets in: every field is validated by the schemas, and unknown fields are
 * rejected (`invalid-document`), never silently dropped; ids must be unique (`duplicate-id`) and
 * references must resolve (`invalid-reference`); the stage and journey must belong to the
 * process (`unknown-stage`) and stage data must match its stage's schema; the history must
 * reproduce the plan (`corrupt-history`): its sequence numbers count up, each undo and redo
 * names the change it reverts, and replaying its operations from the plan as created gives the
 * stored plan, each step checked exactly. Each revision is replayed under the rules it claims:
 * its author was a participant allowed that change by the policy (`options.policy`), its
 * labels, action, credit and time are true, and the plan it leaves meets the plan's rules (ids,
 * references, stages). Older format versions are migrated; newer ones fail with
 * `unsupported-version`.
 * Input over the size limits fails with `too-large`. The input is never changed.
 *
 * Without options, documents follow `careerProcess` and the plan is typed by it. Give
 * `options.process` to load a plan of a custom process typed by that process (stage ids and
 * stage data), or `options.processes` to accept several (the plan is then typed loosely).
 *
 * @param input - a JSON string or a parsed document
 * @param options - the process (or processes) documents may follow, the policy, and the size limits
 * @throws CareerPlanError `invalid-json`, `invalid-document`, `unsupported-version`,
 *   `unknown-process`, `unknown-stage`, `duplicate-id`, `invalid-reference`, `corrupt-history`,
 *   `too-large`
 * @example
 * ```ts
 * import { createPlan, deserialize, serialize } from 'career-plan';
 *
 * const stored = serialize(createPlan({ owner: { id: 'alex' } }));
 * const plan = deserialize(stored);
 * console.log(plan.stage); // 'self-assessment'
 * ```
 * @category Documents
 */
export function deserialize<S extends string, D extends StageDataMap>(
  input: unknown,
  options: DeserializeOptions & { readonly process: Process<S, D> },
): Plan<S, D>;
export function deserialize(
  input: unknown,
  options?: DeserializeOptions & { readonly process?: undefined; readonly processes?: undefined },
): Plan<CareerStageId, {}>;
export function deserialize(input: unknown, options?: DeserializeOptions): Plan;
export function deserialize(input: unknown, options: DeserializeOptions = {}): Plan {
  options = checkOptions(options);
  try {
    const raw = readEnvelope(input, options);
    // A valid document is kept as parsed (zod would build a copy of all of it); only one that is
    // not goes through zod, which says why. With the plan as created, the stored plan is only
    // compared with the plan replayed from it, which the loaded plan keeps (sharing what its
    // checkpoints hold): it is looked at closely only when they differ, to say what is wrong.
    const lazy = isRecord(raw.created) && conformance(documentBody)(raw);
    const document = (
      lazy || conformance(documentSchema)(raw) ? raw : parseOrThrow(documentSchema, raw, 'document', 'invalid-document')
    ) as PlanDocument;
    // The document is ours (parsed here, or copied from the caller's value): what the loaded plan
    // keeps of it is frozen in place.
    if (lazy) {
      Object.freeze(document);
      freezeNew(document.created);
      freezeNew(document.revisions);
      freezeNew(document.formerAuthors);
    } else freezeNew(document);
    const { plan, revisions } = document;
    /** The stored plan's own problem (its shape, process or rules), checked as every document's is. */
    const checkStoredPlan = (): void => {
      if (lazy && !conformance(documentSchema)(raw)) parseOrThrow(documentSchema, raw, 'document', 'invalid-document');
      if (!jsonEqual(document.process, plan.process)) {
        throw invalid("The document's process and the plan's process differ", {
          document: document.process,
          plan: plan.process,
        });
      }
      checkPlan(plan, processFor(plan.process, options));
    };
    if (!lazy) checkStoredPlan();
    const process = processFor(document.process, options);
    const created = document.created ?? undone(plan, revisions);
    checkPlan(created, process);
    if (!isCreated(created, process) || !jsonEqual(created.process, document.process))
      throw new CareerPlanError(
        'corrupt-history',
        document.created === undefined
          ? 'Undoing every revision does not lead to a newly created plan: the history is incomplete'
          : 'The plan as created is not a plan as createPlan makes one, of the same process',
        {},
      );
    const formerAuthors = document.formerAuthors ?? [];
    const {
      revisions: whole,
      state,
      checkpoints,
    } = replay(created, 1, revisions, process, options.policy, formerAuthors);
    if (!jsonEqual(state, plan)) {
      checkStoredPlan();
      throw new CareerPlanError(
        'corrupt-history',
        'Replaying the revisions from the plan as created does not give the plan: the history is incomplete',
        {},
      );
    }
    checkPlan(state, process);
    const loaded = restoreHistory(created as Plan, whole, state as Plan, process, options.policy, undefined, true, {
      seq: 0,
      id: null,
      formerAuthors,
      checkpoints,
    });
    if (options.headHash !== undefined) {
      const actual = headHash(loaded);
      if (actual !== options.headHash)
        throw new CareerPlanError(
          'corrupt-history',
          'The history does not hash to the head hash kept for it: it was changed, or cut short, since',
          { expected: options.headHash, actual },
        );
    }
    return loaded;
  } catch (error) {
    if (error instanceof CareerPlanError) throw error;
    // A getter or proxy in a parsed value, or a bug: a boundary function still fails only with CareerPlanError.
    throw invalid(`The document could not be read: ${error instanceof Error ? error.message : shown(error)}`, {
      cause: error,
    });
  }
}

/**
 * {@link deserialize} as a result instead of an exception, as zod's `safeParse` does.
 *
 * @param input - a JSON string or a parsed document
 * @param options - as for {@link deserialize}
 * @example
 * ```ts
 * import { safeDeserialize } from 'career-plan';
 *
 * const result = safeDeserialize('{"format":"career-plan","version":99}');
 * if (!result.success) console.log(result.error.code); // 'unsupported-version'
 * ```
 * @category Documents
 */
export function safeDeserialize<S extends string, D extends StageDataMap>(
  input: unknown,
  options: DeserializeOptions & { readonly process: Process<S, D> },
): SafeResult<Plan<S, D>>;
export function safeDeserialize(
  input: unknown,
  options?: DeserializeOptions & { readonly process?: undefined; readonly processes?: undefined },
): SafeResult<Plan<CareerStageId, {}>>;
export function safeDeserialize(input: unknown, options?: DeserializeOptions): SafeResult<Plan>;
export function safeDeserialize(input: unknown, options: DeserializeOptions = {}): SafeResult<Plan> {
  return safely(() => deserialize(input, options));
}
