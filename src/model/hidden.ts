/**
 * The one boundary between a plan's data and what the library keeps beside it, out of sight:
 * its history, its process, its policy, the actor it is a view for, and the index of its ids.
 * Every plan the library makes carries exactly one non-enumerable property, under one symbol
 * defined here, so `JSON.stringify`, spreading, deep equality and structured cloning see only
 * the data. This file imports nothing: the layers above give the slots their types.
 */
const HIDDEN = Symbol.for('career-plan.hidden');

/** What a plan keeps out of sight. The slots are typed by the layers that own them. */
export interface Hidden {
  /** The history node of this plan (history layer). */
  readonly history: object;
  /** The process the plan follows (process layer). */
  readonly process: object | undefined;
  /** The app's policy, or `undefined` for the default one. */
  readonly policy: ((request: never) => boolean) | undefined;
  /** The actor this plan is a read-only view for, or `undefined` for a full plan. */
  readonly viewer: string | undefined;
  /**
   * Every id the plan's entities use, built on first need and handed from a plan to the plan an
   * edit makes of it (the older plan gives it up and rebuilds it if it is edited again), so that
   * checking a new id costs the same in a plan of 50 or 5,000 entities.
   */
  ids: Set<string> | undefined;
  /** The ids of the revisions of the plan's history and of every plan edits made from it (built on first edit). */
  revisionIds: Set<string> | undefined;
}

/** Attaches the hidden part to a new plan object. */
export function attachHidden(plan: object, hidden: Hidden): void {
  Object.defineProperty(plan, HIDDEN, { value: hidden, enumerable: false, writable: false, configurable: false });
}

/** The hidden part of a plan made by this library, or `undefined` for any other value. */
export function hiddenOf(plan: unknown): Hidden | undefined {
  return typeof plan === 'object' && plan !== null ? (plan as { readonly [HIDDEN]?: Hidden })[HIDDEN] : undefined;
}
