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
 *
 * @example
 * ```ts
 * import { CareerPlanError, type CareerPlanErrorCode } from 'career-plan';
 *
 * function explain(code: CareerPlanErrorCode): string {
 *   return code === 'not-found' ? 'That item no longer exists.' : 'Something went wrong.';
 * }
 * ```
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
  | 'forbidden';

/**
 * The one error type this library throws. `code` is stable and meant for programs;
 * `message` is a sentence for people; `details` holds structured data about the problem
 * (zod issues, the missing id, the blocking reasons).
 *
 * @example
 * ```ts
 * import { CareerPlanError, createPlan, updateGoal } from 'career-plan';
 *
 * const plan = createPlan({ owner: { id: 'alex' } });
 * try {
 *   updateGoal(plan, 'no-such-goal', { title: 'x' });
 * } catch (error) {
 *   if (error instanceof CareerPlanError && error.code === 'not-found') {
 *     console.log(error.details); // { kind: 'goal', id: 'no-such-goal' }
 *   }
 * }
 * ```
 */
export class CareerPlanError extends Error {
  /** The stable, machine-readable code. */
  readonly code: CareerPlanErrorCode;
  /** Structured data about the problem; its shape depends on `code`. */
  readonly details: Readonly<Record<string, unknown>>;

  /**
   * @param code - the stable code
   * @param message - a sentence a person understands
   * @param details - structured data about the problem
   */
  constructor(code: CareerPlanErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = 'CareerPlanError';
    this.code = code;
    this.details = details;
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
    throw new CareerPlanError('invalid-input', `The options of ${where} must be an object`, { options: shown(options) });
  }
  return options;
}
