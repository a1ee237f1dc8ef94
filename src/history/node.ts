import { CareerPlanError } from '../model/errors.js';
import { attachHidden, hiddenOf, type Hidden } from '../model/hidden.js';
import type { Plan } from '../model/plan.js';
import type { Revision } from '../model/revision.js';

/**
 * How often (in revisions) a full plan is kept: `planAt` starts from the nearer one, before or after
 * the point, so it applies at most half an interval of operations.
 */
export const CHECKPOINT_INTERVAL = 128;

/** How many boundaries back a boundary's second-level hop (`far`) goes: 4,096 revisions. */
const FAR_HOPS = 32;

/**
 * One point of a plan's history: the revision that led here (none for the root) and the previous
 * point. Nodes form a shared-tail list, so appending is constant time and every plan an edit
 * returned keeps its own view of history. (Undo and redo find a person's own changes by walking
 * back; see `undo.ts`.)
 */
export interface HistoryNode {
  readonly revision: Revision | null;
  readonly seq: number;
  readonly prev: HistoryNode | null;
  /**
   * Whether the revision was read from a document (`true`; left out otherwise). Loading proved
   * that its operations fit, each step exactly, and that every value they carry fits its schema;
   * states built from it apply them strictly, step by step.
   */
  readonly loaded?: boolean;
  /**
   * On the root and every CHECKPOINT_INTERVAL-th node only: a way to skip the interval before it.
   * (The other nodes leave out this field and `checkpoint`, and `loaded` where it is false: 24
   * bytes less each.)
   */
  readonly boundary?: Boundary;
  /** On a boundary node: the plan at this point, kept at the root and when made or first built (`null` till then). */
  checkpoint?: Plan | null;
}

/**
 * What a boundary node (the root, and every CHECKPOINT_INTERVAL-th revision) knows about the
 * interval that ends at it, so that finding a point of the history hops from boundary to
 * boundary instead of walking every node: the boundary before it, and the earliest time of a
 * revision in the interval (clocks may go backwards between devices, so times are not sorted).
 */
export interface Boundary {
  readonly prev: HistoryNode | null;
  /** The boundary 32 intervals (4,096 revisions) back, or the root: a second level of hops. */
  readonly far: HistoryNode | null;
  /** Computed on first need (loading does not pay for it). */
  earliest: number | undefined;
  /** The earliest time from here back to `far` (not included), computed on first need. */
  farEarliest: number | undefined;
  /**
   * On the root of a history loaded from a snapshot (which starts after revision `seq`, not
   * loaded): that revision's id. `null` on the root of a whole history.
   */
  readonly after?: string | null;
  /**
   * On the root of a history read from a document: the people who edited the plan before format
   * version 2 recorded participants (the document's `formerAuthors`).
   */
  readonly formerAuthors?: readonly string[];
}

/**
 * The root node of a history, whose checkpoint is the plan it starts from: a new plan (at 0), or
 * the state after revision `seq` (whose id is `after`) for a history loaded from a snapshot.
 */
export function rootNode(
  plan: Plan,
  seq = 0,
  after: string | null = null,
  formerAuthors: readonly string[] = [],
): HistoryNode {
  return {
    revision: null,
    seq,
    prev: null,
    loaded: false,
    checkpoint: plan,
    boundary: {
      prev: null,
      far: null,
      earliest: Number.POSITIVE_INFINITY,
      farEarliest: Number.POSITIVE_INFINITY,
      after,
      ...(formerAuthors.length > 0 ? { formerAuthors } : {}),
    },
  };
}

/** The root of the history that `node` belongs to. */
export function rootOf(node: HistoryNode): HistoryNode {
  let root = node;
  while (root.boundary === undefined) root = root.prev as HistoryNode;
  while (root.boundary?.prev) root = root.boundary.prev;
  return root;
}

/**
 * The error for reaching back before the first revision loaded, on a plan loaded from a
 * snapshot (`history-not-loaded`): `root` is the history's root, `what` says what reached back.
 */
export function notLoaded(root: HistoryNode, what: string): CareerPlanError {
  return new CareerPlanError(
    'history-not-loaded',
    `This plan was loaded from a snapshot after revision ${root.seq}, and ${what} reaches back before it: load the ` +
      'earlier history with loadEarlier (or load the whole document)',
    { start: root.seq },
  );
}

/** The revision with `id` in the history ending at `node` (as loaded), or `undefined`. */
export function revisionById(node: HistoryNode, id: string): Revision | undefined {
  for (let at: HistoryNode | null = node; at !== null && at.revision !== null; at = at.prev)
    if (at.revision.id === id) return at.revision;
  return undefined;
}

/** The people who edited the plan before participants were recorded (see `Boundary.formerAuthors`). */
export function formerAuthorsOf(node: HistoryNode): readonly string[] {
  return rootOf(node).boundary?.formerAuthors ?? [];
}

/** The node after `prev` for `revision`, with its boundary when it ends an interval. */
export function nextNode(prev: HistoryNode, revision: Revision, loaded = false): HistoryNode {
  const seq = prev.seq + 1;
  if (seq % CHECKPOINT_INTERVAL === 0) {
    let node: HistoryNode = prev;
    while (node.boundary === undefined) node = node.prev as HistoryNode;
    // FAR_HOPS boundaries back (fewer near the root): once per interval, so less than a hop per revision.
    let far: HistoryNode = node;
    for (let hops = 1; hops < FAR_HOPS && far.boundary?.prev; hops++) far = far.boundary.prev;
    const boundary: Boundary = { prev: node, far, earliest: undefined, farEarliest: undefined };
    return { revision, seq, prev, loaded, boundary, checkpoint: null };
  }
  return loaded ? { revision, seq, prev, loaded } : { revision, seq, prev };
}

/** The history node of a plan made by this library, or `undefined`. */
export function peekHistory(plan: unknown): HistoryNode | undefined {
  return hiddenOf(plan)?.history as HistoryNode | undefined;
}

/** The history node of a plan, or a `CareerPlanError` (`invalid-plan`) for any other value. */
export function historyOf(plan: unknown): HistoryNode {
  const node = peekHistory(plan);
  if (node === undefined) {
    throw new CareerPlanError(
      'invalid-plan',
      'This value is not a plan made by career-plan (a copy made with structuredClone, JSON.parse or spreading loses ' +
        'the history): create plans with createPlan and load stored ones with deserialize',
    );
  }
  return node;
}

/** The actor a plan is a view for (see `viewFor`), or undefined for a full plan. */
export function viewerOf(plan: unknown): string | undefined {
  return hiddenOf(plan)?.viewer;
}

/**
 * Gives a new plan object its hidden part: the history node given, with the process, policy and
 * viewer of `from` (the plan it was made from) or of the parts given.
 */
export function attach(
  plan: object,
  history: HistoryNode,
  from: Partial<Omit<Hidden, 'history' | 'ids' | 'revisionIds'>> | undefined,
  ids?: Set<string>,
  revisionIds?: Set<string>,
): void {
  attachHidden(plan, {
    history,
    process: from?.process,
    policy: from?.policy,
    viewer: from?.viewer,
    ids,
    revisionIds,
  });
}

/** The hidden part of a plan made by this library (after `historyOf` has vouched for it). */
export function hiddenPart(plan: Plan): Hidden {
  return hiddenOf(plan) as Hidden;
}
