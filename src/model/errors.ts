import type * as z from 'zod';
import type { Action } from './action.js';
import type { TransitionReason } from './transition-reason.js';
/**
 * Every stable error code that {@link CareerPlanError} carries. Programs branch on these;
 * they never change meaning within a major version.
 *
 * - `invalid-input`: an argument failed validation (zod's issues are in `details.issues`).
 * - `invalid-plan`: the value passed as a plan was not made by this library (for example a
 *   `structuredClone` or `JSON.parse` copy, which loses the history); use `deserialize`.
 * - `not-found`: no entity, revision or point in time with that id.
 * - `duplicate-id`: an add named an id that the plan already uses.
 * - `invalid-reference`: an entity names another that does not exist, or a removal would leave
 *   such a dangling reference.
 * - `transition-blocked`: a stage move whose readiness rules do not hold (`details.reasons`).
 * - `unknown-stage`: a stage id that the plan's process does not have.
 * - `invalid-process`: a stage or process definition that cannot work.
 * - `unknown-process`: a document names a process (or version) that was not supplied.
 * - `invalid-json`: a document string that is not JSON.
 * - `invalid-document`: a document whose shape or content is wrong.
 * - `unsupported-version`: a document from a newer format version than this library knows.
 * - `corrupt-history`: a document whose revisions do not reproduce its plan.
 * - `too-large`: input over a documented, configurable size limit.
 * - `forbidden`: the actor is not a participant of the plan, or may not make this change.
 * - `conflict`: the plan changed in between: revisions that do not follow the plan's head (or a
 *   store's), or an undo or redo of a change someone else has changed since.
 * - `history-not-loaded`: a plan loaded from a snapshot was asked about revisions before it.
 *
 * @example
 * ```ts
 * import { CareerPlanError, type CareerPlanErrorCode } from 'career-plan';
 *
 * function explain(code: CareerPlanErrorCode): string {
 *   return code === 'not-found' ? 'That item no longer exists.' : 'Something went wrong.';
 * }
 * ```
 * @category Plan
 */
export type CareerPlanErrorCode =
  | 'invalid-input'
  | 'invalid-plan'
  | 'not-found'
  | 'duplicate-id'
  | 'invalid-reference'
  | 'transition-blocked'
  | 'unknown-stage'
  | 'invalid-process'
  | 'unknown-process'
  | 'invalid-json'
  | 'invalid-document'
  | 'unsupported-version'
  | 'corrupt-history'
  | 'too-large'
  | 'forbidden'
  | 'conflict'
  | 'history-not-loaded';

/**
 * One issue zod found in an input, as `details.issues` of an `invalid-input` error carries them.
 *
 * @example
 * ```ts
 * import { CareerPlanError, createPlan, type ValidationIssue } from 'career-plan';
 *
 * try {
 *   createPlan({ owner: { id: '' } });
 * } catch (error) {
 *   if (error instanceof CareerPlanError && error.is('invalid-input')) {
 *     const issues: readonly ValidationIssue[] | undefined = error.details.issues;
 *     // The path is within the owner, as the message says ("Invalid owner at id: ...").
 *     console.log(issues?.[0]?.path); // ['id']
 *   }
 * }
 * ```
 * @category Plan
 */
export type ValidationIssue = z.core.$ZodIssue;

/**
 * The `details` each error code carries: the fields listed are there (or may be, where
 * optional) with these types, besides any others a particular error adds. Narrow an error with
 * {@link CareerPlanError.is} to read them without a cast.
 *
 * @example
 * ```ts
 * import type { CareerPlanErrorDetails } from 'career-plan';
 *
 * type Blocked = CareerPlanErrorDetails['transition-blocked']; // { from, to, reasons }
 * ```
 * @category Plan
 */
export interface CareerPlanErrorDetails {
  /** zod's issues where an input failed its schema, and often the field or value at fault. */
  readonly 'invalid-input': {
    /** zod's issues, where a schema refused the input. */
    readonly issues?: readonly ValidationIssue[];
    /** The field at fault, where one is. */
    readonly field?: string;
  } & Readonly<Record<string, unknown>>;
  /** Nothing more than the message, or the actor a view is for. */
  readonly 'invalid-plan': {
    /** The actor a view is for, when an edit was given a view. */
    readonly viewer?: string;
  } & Readonly<Record<string, unknown>>;
  /** What was looked for. */
  readonly 'not-found': {
    /** The kind of thing (`goal`, `revision`, `instant`, ...). */
    readonly kind?: string;
    /** Its id. */
    readonly id?: string;
    /** Its sequence number, for a revision. */
    readonly seq?: number;
  } & Readonly<Record<string, unknown>>;
  /** The id used twice. */
  readonly 'duplicate-id': {
    /** The id. */
    readonly id?: string;
  } & Readonly<Record<string, unknown>>;
  /** What names what the plan lacks. */
  readonly 'invalid-reference': {
    /** The field that holds the reference. */
    readonly field?: string;
    /** The kind it names. */
    readonly kind?: string;
    /** The id it names. */
    readonly id?: string;
  } & Readonly<Record<string, unknown>>;
  /** Why a stage move is blocked. */
  readonly 'transition-blocked': {
    /** The stage the plan is in. */
    readonly from: string;
    /** The stage it could not move to. */
    readonly to: string;
    /** The readiness rules not met, each with its code and a sentence. */
    readonly reasons: readonly TransitionReason[];
  } & Readonly<Record<string, unknown>>;
  /** The stage id at fault. */
  readonly 'unknown-stage': {
    /** The stage id. */
    readonly stage?: string;
  } & Readonly<Record<string, unknown>>;
  /** What is wrong with the definition. */
  readonly 'invalid-process': Readonly<Record<string, unknown>>;
  /** The process the document names. */
  readonly 'unknown-process': {
    /** The process, by id and version. */
    readonly process?: {
      /** The process's id. */
      readonly id: string;
      /** Its version. */
      readonly version: number;
    };
  } & Readonly<Record<string, unknown>>;
  /** Nothing more than the message. */
  readonly 'invalid-json': Readonly<Record<string, unknown>>;
  /** zod's issues where the document failed its schema. */
  readonly 'invalid-document': {
    /** zod's issues. */
    readonly issues?: readonly ValidationIssue[];
  } & Readonly<Record<string, unknown>>;
  /** The versions involved. */
  readonly 'unsupported-version': {
    /** The document's format version. */
    readonly version?: number;
    /** The newest this library reads. */
    readonly supported?: number;
  } & Readonly<Record<string, unknown>>;
  /** The revision at fault. */
  readonly 'corrupt-history': {
    /** Its sequence number, where one revision is at fault. */
    readonly seq?: number;
  } & Readonly<Record<string, unknown>>;
  /** The size found and the limit. */
  readonly 'too-large': Readonly<Record<string, unknown>>;
  /** Who was refused, and for what. */
  readonly forbidden: {
    /** The actor's id. */
    readonly actor?: string;
    /** Their role (`owner`, `counselor`, ...), for a participant. */
    readonly role?: string;
    /** The action refused. */
    readonly action?: Action;
  } & Readonly<Record<string, unknown>>;
  /** Where the histories part, or the change that no longer fits. */
  readonly conflict: {
    /** The head the plan (or store) has: its sequence number and revision id (`null` at 0). */
    readonly head?: RevisionPoint;
    /** The head the revisions say they follow. */
    readonly expected?: RevisionPoint;
    /** For an undo or redo: the revision that could not be undone or redone. */
    readonly revision?: string;
  } & Readonly<Record<string, unknown>>;
  /** The first revision loaded. */
  readonly 'history-not-loaded': {
    /** The sequence number of the snapshot the plan was loaded from; earlier revisions are not loaded. */
    readonly start: number;
  } & Readonly<Record<string, unknown>>;
}

/**
 * A point of a history: a revision's sequence number and id (`id` is `null` at 0, before the
 * first revision).
 *
 * @example
 * ```ts
 * import type { RevisionPoint } from 'career-plan';
 *
 * const start: RevisionPoint = { seq: 0, id: null };
 * ```
 * @category History
 */
export interface RevisionPoint {
  /** The sequence number (0 before the first revision). */
  readonly seq: number;
  /** The id of the revision with that number, or `null` at 0. */
  readonly id: string | null;
}

/**
 * The one error type this library throws. `code` is stable and meant for programs;
 * `message` is a sentence for people; `details` holds structured data about the problem
 * (zod issues, the missing id, the blocking reasons), typed per code (see
 * {@link CareerPlanErrorDetails}): narrow with {@link CareerPlanError.is}.
 *
 * @example
 * ```ts
 * import { CareerPlanError, createPlan, transition, updateGoal } from 'career-plan';
 *
 * const plan = createPlan({ owner: { id: 'alex' } });
 * try {
 *   updateGoal(plan, 'no-such-goal', { title: 'x' });
 * } catch (error) {
 *   if (error instanceof CareerPlanError && error.code === 'not-found') {
 *     console.log(error.details); // { kind: 'goal', id: 'no-such-goal' }
 *   }
 * }
 * try {
 *   transition(plan, 'match');
 * } catch (error) {
 *   if (error instanceof CareerPlanError && error.is('transition-blocked')) {
 *     const codes = error.details.reasons.map((reason) => reason.code);
 *     console.log(codes); // ['needs-assessment', 'needs-career-option', 'needs-research']
 *   }
 * }
 * ```
 * @category Plan
 */
export class CareerPlanError<C extends CareerPlanErrorCode = CareerPlanErrorCode> extends Error {
  /** The stable, machine-readable code. */
  readonly code: C;
  /** Structured data about the problem; its shape depends on `code` (see {@link CareerPlanErrorDetails}). */
  readonly details: CareerPlanErrorDetails[C];

  /**
   * @param code - the stable code
   * @param message - a sentence a person understands
   * @param details - structured data about the problem
   */
  constructor(code: C, message: string, details: CareerPlanErrorDetails[C] = {} as CareerPlanErrorDetails[C]) {
    super(message);
    this.name = 'CareerPlanError';
    this.code = code;
    this.details = details;
  }

  /**
   * Whether this error has the code given; if so, TypeScript knows the shape of its `details`.
   *
   * @param code - the code to test for
   * @example
   * ```ts
   * import { CareerPlanError } from 'career-plan';
   *
   * const error: CareerPlanError = new CareerPlanError('duplicate-id', 'The id g1 is used', { id: 'g1' });
   * if (error.is('duplicate-id')) console.log(error.details.id); // 'g1'
   * ```
   */
  is<K extends CareerPlanErrorCode>(code: K): this is CareerPlanError<K> {
    return (this.code as CareerPlanErrorCode) === code;
  }
}

/**
 * The result of a `safe*` function: the value, or the error it would have thrown.
 *
 * @example
 * ```ts
 * import { safeDeserialize, type SafeResult, type Plan } from 'career-plan';
 *
 * const result: SafeResult<Plan> = safeDeserialize('not json');
 * if (!result.success) console.log(result.error.code); // 'invalid-json'
 * ```
 * @category Plan
 */
export type SafeResult<T> =
  | {
      /** The call succeeded. */
      readonly success: true;
      /** What it returned. */
      readonly data: T;
    }
  | {
      /** The call failed. */
      readonly success: false;
      /** What it threw. */
      readonly error: CareerPlanError;
    };

/**
 * Runs `fn` and turns a thrown {@link CareerPlanError} into a failed {@link SafeResult}.
 * Any other error is a bug and is rethrown.
 *
 * @example
 * ```ts
 * import { safely, createPlan } from 'career-plan';
 *
 * const result = safely(() => createPlan({ owner: { id: '' } }));
 * console.log(result.success); // false
 * ```
 * @category Plan
 */
export function safely<T>(fn: () => T): SafeResult<T> {
  try {
    return { success: true, data: fn() };
  } catch (error) {
    if (error instanceof CareerPlanError) return { success: false, error };
    throw error;
  }
}

/**
 * A value as an error message shows it: strings as they are, anything else as JSON where it
 * can be, else its type. Never throws (a symbol or an object without a prototype cannot be
 * turned into a string by a template literal).
 * @internal
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // a cycle or a BigInt: fall through
  }
  return typeof value === 'symbol' ? 'a symbol' : typeof value;
}

/**
 * The options object a function was given: `{}` when it was left out, a `CareerPlanError`
 * (`invalid-input`) when it is not an object.
 * @internal
 */
export function optionsObject<T extends object>(options: T | undefined, where: string): T {
  if (options === undefined) return {} as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CareerPlanError('invalid-input', `The options of ${where} must be an object`, {
      options: shown(options),
    });
  }
  return options;
}
