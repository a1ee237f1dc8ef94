import { CareerPlanError } from '../model/errors.js';
import { jsonEqual } from '../model/json.js';
import { invertOperations, type Operation } from '../model/operation.js';
import type { Plan, PlanData } from '../model/plan.js';
import { defaultPolicy, type Policy } from '../model/policy.js';
import type { Process } from '../model/process.js';
import type { Revision } from '../model/revision.js';
import { freezeNew } from './freeze.js';
import { attach, nextNode, rootNode, type HistoryNode } from './node.js';

const corrupt = (message: string, details: Record<string, unknown>): CareerPlanError =>
  new CareerPlanError('corrupt-history', message, details);

/** A persistent stack (a shared-tail list) of revisions. */
interface Stack {
  readonly revision: Revision;
  readonly next: Stack | null;
}

/**
 * One person's undo and redo stacks while a history is checked: what their next undo and redo
 * must name. `open` is true when the history checked starts after revisions not loaded (a
 * snapshot) and the stacks may hold more than is known.
 */
interface Stacks {
  undo: Stack | null;
  redo: Stack | null;
  readonly open: boolean;
}

/**
 * The stacks at `node` of each person in `people`, from their revisions from the root to it: one
 * walk, so that a check stays linear in the history and the tail.
 */
function stacksAt(node: HistoryNode, people: ReadonlySet<string>): Map<string, Stacks> {
  const theirs: Revision[] = [];
  let at = node;
  if (people.size > 0)
    for (; at.revision !== null; at = at.prev as HistoryNode)
      if (people.has(at.revision.by.id)) theirs.push(at.revision);
  while (at.revision !== null) at = at.prev as HistoryNode;
  const open = at.seq > 0;
  const all = new Map<string, Stacks>();
  for (const person of people) all.set(person, { undo: null, redo: null, open });
  for (let i = theirs.length - 1; i >= 0; i--) {
    const revision = theirs[i] as Revision;
    step(all.get(revision.by.id) as Stacks, revision, false);
  }
  return all;
}

/** Applies one revision of the person to their stacks, checking (when `check`) that an undo or redo names the top. */
function step(stacks: Stacks, revision: Revision, check: boolean): void {
  if (revision.action !== 'undo' && revision.action !== 'redo') {
    if (revision.target !== undefined && check)
      throw corrupt(`Revision ${revision.seq} names a target but is not an undo or a redo`, { seq: revision.seq });
    stacks.undo = { revision, next: stacks.undo };
    stacks.redo = null;
    return;
  }
  const undoing = revision.action === 'undo';
  const stack = undoing ? stacks.undo : stacks.redo;
  const target = revision.target?.id;
  if (stack === null && stacks.open) {
    // The target is in the part of the history not loaded: checked when it is (loadEarlier).
    if (undoing) stacks.redo = null;
    else stacks.undo = { revision, next: stacks.undo };
    return;
  }
  if (check && (target === undefined || stack === null || stack.revision.id !== target)) {
    throw corrupt(
      `Revision ${revision.seq} claims to ${revision.action} "${target ?? ''}", which is not the latest change ` +
        `${revision.by.id} could ${revision.action}`,
      { seq: revision.seq, target },
    );
  }
  if (stack === null) return;
  if (check && revision.target?.action !== (stack.revision.target?.action ?? stack.revision.action)) {
    throw corrupt(`Revision ${revision.seq} names the action of the change it ${revision.action}s wrongly`, {
      seq: revision.seq,
    });
  }
  if (
    check &&
    (!jsonEqual(revision.subject, stack.revision.subject) || !jsonEqual(revision.from, stack.revision.from))
  ) {
    throw corrupt(`Revision ${revision.seq} does not carry the subject of the change it ${revision.action}s`, {
      seq: revision.seq,
    });
  }
  if (check && !sameSteps(revision.ops, undoing ? invertOperations(stack.revision.ops) : stack.revision.ops)) {
    throw corrupt(
      `Revision ${revision.seq} does not ${undoing ? 'revert' : 're-apply'} exactly the change it names as its target`,
      { seq: revision.seq },
    );
  }
  if (undoing) {
    stacks.undo = stack.next;
    stacks.redo = { revision: stack.revision, next: stacks.redo };
  } else {
    stacks.undo = { revision, next: stacks.undo };
    stacks.redo = stack.next;
  }
}

/**
 * Whether two lists of operations make the same steps, wherever they act: an undo or redo over
 * other people's changes records the positions where its steps acted, which may differ from the
 * target's.
 */
function sameSteps(a: readonly Operation[], b: readonly Operation[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (!jsonEqual(unplaced(a[i] as Operation), unplaced(b[i] as Operation))) return false;
  return true;
}

/** An operation without the positions it acts at. */
function unplaced(op: Operation): Readonly<Record<string, unknown>> {
  const {
    index: _index,
    from: _from,
    to: _to,
    ...rest
  } = op as Operation & { index?: number; from?: number; to?: number };
  return rest;
}

/**
 * Appends history nodes for `revisions` after `node`, checking what the operations cannot show:
 * sequence numbers count on from the node without gaps or steps back, revision ids are unique
 * (among those given, and, for a tail, against the history it extends: `ids`), and every `undo`
 * and `redo` names what its author's own latest change to undo or redo was at the time.
 */
export function extendNodes(
  node: HistoryNode,
  revisions: readonly Revision[],
  loaded: boolean | readonly boolean[] = true,
  ids: ReadonlySet<string> = new Set(),
): HistoryNode {
  const seen = new Set<string>();
  const undoing = new Set<string>();
  for (const revision of revisions)
    if (revision.action === 'undo' || revision.action === 'redo') undoing.add(revision.by.id);
  // Only the people who undo or redo need their stacks: found in one walk back from the start.
  const people = stacksAt(node, undoing);
  const first = node.seq + 1;
  for (const [index, revision] of revisions.entries()) {
    if (revision.seq !== first + index) {
      throw corrupt(
        `Revision ${first + index} has the sequence number ${revision.seq}: sequence numbers count up without gaps`,
        { index, seq: revision.seq },
      );
    }
    if (seen.has(revision.id) || ids.has(revision.id))
      throw corrupt(`The revision id "${revision.id}" is used twice`, { id: revision.id });
    seen.add(revision.id);
    const stacks = people.get(revision.by.id);
    if (stacks !== undefined) step(stacks, revision, true);
    else if (revision.target !== undefined)
      throw corrupt(`Revision ${revision.seq} names a target but is not an undo or a redo`, { seq: revision.seq });
    node = nextNode(node, revision, typeof loaded === 'boolean' ? loaded : loaded[index] === true);
  }
  return node;
}

/**
 * Rebuilds the history of a loaded plan: the root (the plan as created, or a snapshot's plan
 * after revision `start.seq`), one node per revision, and the head (the plan as it stands),
 * checked as {@link extendNodes} says. The contents (`base`, `head`) were checked by the caller,
 * which replayed the operations.
 */
export function restoreHistory(
  base: Plan,
  revisions: readonly Revision[],
  head: Plan,
  process: Process,
  policy: Policy = defaultPolicy,
  viewer?: string,
  loaded: boolean | readonly boolean[] = true,
  start: {
    readonly seq: number;
    readonly id: string | null;
    readonly formerAuthors?: readonly string[];
    /** States the caller kept on the way (the plan after revision n, for checkpoint sequence numbers). */
    readonly checkpoints?: ReadonlyMap<number, PlanData>;
  } = {
    seq: 0,
    id: null,
  },
): Plan {
  const hidden = { process, policy: policy === defaultPolicy ? undefined : policy, viewer };
  const root = { ...base };
  const rootHistory = rootNode(root as Plan, start.seq, start.id, start.formerAuthors);
  attach(root, rootHistory, hidden);
  freezeNew(root);
  const node = extendNodes(rootHistory, revisions, loaded);
  const plan = { ...head };
  attach(plan, node, hidden);
  freezeNew(plan);
  if (start.checkpoints !== undefined) attachCheckpoints(node, start.checkpoints, hidden);
  return plan as Plan;
}

/**
 * Keeps the states of a replayed history at their checkpoints: each node on a boundary, back
 * from `node` to the start of the history, whose state `checkpoints` holds gets it as a plan.
 */
export function attachCheckpoints(
  node: HistoryNode,
  checkpoints: ReadonlyMap<number, PlanData>,
  hidden: Parameters<typeof attach>[2],
): void {
  if (checkpoints.size === 0) return;
  for (let at: HistoryNode | null = node; at !== null && at.revision !== null; at = at.prev) {
    const state = at.boundary === undefined ? undefined : checkpoints.get(at.seq);
    if (state === undefined) continue;
    const checkpoint = { ...state };
    attach(checkpoint, at, hidden);
    Object.freeze(checkpoint);
    at.checkpoint = checkpoint as Plan;
  }
}
