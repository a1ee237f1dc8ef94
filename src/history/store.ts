import { Immer, enablePatches } from 'immer';
import { CareerPlanError } from '../model/errors.js';
import { planSchema, type Plan } from '../model/plan.js';
import type { Revision } from '../model/revision.js';
import { conformance } from '../model/conforms.js';

// Patches are produced here; call enablePatches in this module so that no bundler can drop it
// as a side-effect-only import.
enablePatches();

/**
 * The library's own immer instance. Auto-freeze is off because the library freezes new nodes
 * itself after attaching the hidden history; the global immer settings are never touched.
 */
export const immer = new Immer({ autoFreeze: false });

/** How often (in revisions) a full plan is kept, bounding `planAt` to one interval of patches. */
export const CHECKPOINT_INTERVAL = 64;

/** A persistent stack (a shared-tail list) of revisions. */
export interface RevisionStack {
  readonly revision: Revision;
  readonly next: RevisionStack | null;
}

/**
 * One point of a plan's history: the revision that led here (none for the root), the previous
 * point, and the undo and redo stacks as they stand here. Nodes form a shared-tail list, so
 * appending is constant time and every plan an edit returned keeps its own view of history.
 */
export interface HistoryNode {
  readonly revision: Revision | null;
  readonly seq: number;
  readonly prev: HistoryNode | null;
  /** The plan at this point, kept at the root, every CHECKPOINT_INTERVAL revisions, or filled lazily. */
  checkpoint: Plan | null;
  readonly undo: RevisionStack | null;
  readonly redo: RevisionStack | null;
}

const HISTORY = Symbol.for('career-plan.history');

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
    throw new CareerPlanError('corrupt-history', `The plan after revision ${seq} of this loaded history is not valid: ${result.error.issues[0]?.message ?? ''}`, {
      seq,
      issues: result.error.issues,
    });
  }
}
const VIEW = Symbol.for('career-plan.view');

/** Marks a plan object as a view for an actor (see `viewFor`): it can be read, not edited. */
export function markView(plan: object, actorId: string): void {
  Object.defineProperty(plan, VIEW, { value: actorId, enumerable: false, writable: false, configurable: false });
}

/** The actor a plan is a view for, or undefined for a full plan. */
export function viewerOf(plan: unknown): string | undefined {
  return typeof plan === 'object' && plan !== null ? (plan as { [VIEW]?: string })[VIEW] : undefined;
}

/** Attaches a history node to a new plan object, out of sight. */
export function attachHistory(plan: object, node: HistoryNode): void {
  Object.defineProperty(plan, HISTORY, { value: node, enumerable: false, writable: false, configurable: false });
}

/** The history node of a plan made by this library, or `undefined`. */
export function peekHistory(plan: unknown): HistoryNode | undefined {
  if (typeof plan !== 'object' || plan === null) return undefined;
  return (plan as { [HISTORY]?: HistoryNode })[HISTORY];
}

/** The history node of a plan, or a `CareerPlanError` (`invalid-plan`) for any other value. */
export function historyOf(plan: unknown): HistoryNode {
  const node = peekHistory(plan);
  if (node === undefined) {
    throw new CareerPlanError(
      'invalid-plan',
      'This value is not a plan made by career-plan (a copy made with structuredClone, JSON.parse or spreading loses the history): ' +
        'create plans with createPlan and load stored ones with deserialize',
    );
  }
  return node;
}

/** The root node of a new history, whose checkpoint is the plan it starts from. */
export function rootNode(plan: Plan): HistoryNode {
  return { revision: null, seq: 0, prev: null, checkpoint: plan, undo: null, redo: null };
}

/**
 * Freezes every object reachable from `value` that is not frozen yet. Subtrees shared with an
 * earlier plan are frozen already and are skipped, so the cost follows the size of the change.
 */
export function freezeNew(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  // Only objects not frozen yet go on the stack. An object is frozen before its children are
  // looked at, so a cycle ends there.
  const stack: object[] = [value];
  while (stack.length > 0) {
    const item = stack.pop() as Record<string, unknown>;
    Object.freeze(item);
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        const child: unknown = item[i];
        if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) stack.push(child);
      }
    } else {
      // Plans hold plain objects only, so for...in meets their own keys (and is the fastest walk).
      for (const key in item) {
        const child = item[key];
        if (typeof child === 'object' && child !== null && !Object.isFrozen(child)) stack.push(child);
      }
    }
  }
}
