/**
 * Why a stage move cannot happen: a stable code, a sentence for the person, and the stage whose
 * rule is not met (when a rule is the reason).
 *
 * Codes: a readiness rule's own code (`needs-assessment`, `needs-career-option`,
 * `needs-research`, `needs-decision` in {@link careerProcess}), `unknown-stage`, `same-stage`,
 * `no-skipping`, and `rule-failed` when a custom rule's check threw.
 *
 * @example
 * ```ts
 * import type { TransitionReason } from 'career-plan';
 *
 * const reason: TransitionReason = { code: 'needs-assessment',
 *   message: 'Record at least one assessment before exploring careers', stage: 'exploration' };
 * ```
 * @category Stages
 */
export interface TransitionReason {
  /** A stable code. */
  readonly code: string;
  /** A sentence a person understands. */
  readonly message: string;
  /** The stage whose readiness rule is not met. */
  readonly stage?: string;
}
