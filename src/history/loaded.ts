import { conformance } from '../model/conforms.js';
import { CareerPlanError } from '../model/errors.js';
import { planSchema } from '../model/plan.js';
import type { Revision } from '../model/revision.js';

/**
 * Revisions read from a document. Loading proves that they lead from a valid new plan to the
 * valid stored plan, but not that every state in between is valid: a state built from them
 * (by planAt, undo or redo) is checked against the plan schema when it is built.
 */
const loaded = new WeakSet<Revision>();

/** Marks revisions as read from a document. */
export function markLoaded(revisions: readonly Revision[]): void {
  for (const revision of revisions) loaded.add(revision);
}

/** Whether a revision was read from a document. */
export function isLoaded(revision: Revision | null | undefined): boolean {
  return revision !== null && revision !== undefined && loaded.has(revision);
}

/** Throws `corrupt-history` unless a state built from loaded revisions fits the plan schema. */
export function verifyState(state: unknown, seq: number): void {
  // Checked in place first: zod's copy of a whole plan is the slow part, and a valid state needs none.
  if (conformance(planSchema)(state)) return;
  const result = planSchema.safeParse(state);
  if (!result.success) {
    throw new CareerPlanError(
      'corrupt-history',
      `The plan after revision ${seq} of this loaded history is not valid: ${result.error.issues[0]?.message ?? ''}`,
      {
        seq,
        issues: result.error.issues,
      },
    );
  }
}
