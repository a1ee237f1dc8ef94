import { CareerPlanError } from '../model/errors.js';
import { invertOperations, type Operation } from '../model/operation.js';
import type { Plan, PlanData } from '../model/plan.js';
import { calendarDateSchema, timestampSchema } from '../model/primitives.js';
import type { Revision } from '../model/revision.js';
import { CHECKPOINT_INTERVAL, attach, hiddenPart, historyOf, notLoaded, type HistoryNode } from './node.js';
import { OperationMismatch, applyOperations, freezeFresh, type Applied } from './operations.js';

/**
 * The plan at `target`: from the nearest checkpoint at or before it, apply the revisions'
 * operations, or, when a checkpoint after it (or the head) is nearer, undo the revisions between
 * them. Checkpoints are kept every CHECKPOINT_INTERVAL revisions, so either way costs at most
 * half an interval of operations. Checkpoints missing on the way are filled in.
 */
export function stateAt(target: HistoryNode, head: HistoryNode, headPlan: Plan): Plan {
  if (target === head) return headPlan;
  const chain: HistoryNode[] = [];
  let base: HistoryNode = target;
  // Going back is shorter when no checkpoint before the target is nearer than the head, or than
  // the checkpoint at the boundary after it (a loaded plan, or one from a snapshot, may lack
  // checkpoints until states are built): stop looking at that distance.
  const up = Math.ceil(target.seq / CHECKPOINT_INTERVAL) * CHECKPOINT_INTERVAL;
  let later = up < head.seq ? nodeAtSeq(head, up) : head;
  if (!later.checkpoint) later = head;
  while (!base.checkpoint) {
    if (chain.length >= later.seq - target.seq)
      return stateBackward(target, later, later.checkpoint ?? headPlan, headPlan);
    chain.push(base);
    base = base.prev as HistoryNode; // the root always has a checkpoint
  }
  if (chain.length === 0) return base.checkpoint;
  let plan: Plan = base.checkpoint;
  const fromDocument = chain.some((node) => node.loaded);
  // Apply in segments that end on checkpoint boundaries, keeping each boundary as a checkpoint.
  let segment: Operation[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const node = chain[i] as HistoryNode;
    for (const op of node.revision?.ops ?? []) segment.push(op);
    if (i === 0 || node.seq % CHECKPOINT_INTERVAL === 0) {
      plan = applySegment(plan, segment, fromDocument, node, headPlan, 'replay up to');
      segment = [];
    }
  }
  return plan;
}

/**
 * Applies a segment of operations to `plan`, giving the plan at `at` (attached to its node, kept
 * as its checkpoint when it is a boundary); a step that does not fit is `corrupt-history`.
 */
function applySegment(
  plan: Plan,
  segment: readonly Operation[],
  strict: boolean,
  at: HistoryNode,
  headPlan: Plan,
  verb: string,
): Plan {
  let applied: Applied;
  try {
    applied = applyOperations(plan as PlanData, segment, strict);
  } catch (error) {
    if (error instanceof OperationMismatch)
      throw new CareerPlanError(
        'corrupt-history',
        `The history does not ${verb} revision ${at.seq}: ${error.message}`,
        {
          seq: at.seq,
        },
      );
    throw error;
  }
  const next = applied.state as Plan;
  attach(next, at, hiddenPart(headPlan));
  freezeFresh(applied.fresh);
  if (at.boundary !== undefined && !at.checkpoint) at.checkpoint = next;
  return next;
}

/**
 * The plan at `target`, going back from `start` (the head, or a later checkpoint) whose plan is
 * `startPlan`: the inverses of the revisions after the target, newest first, applied in
 * segments that end on checkpoint boundaries, each boundary kept as a checkpoint. Loaded
 * revisions are undone strictly. The plans made carry the hidden part of `headPlan`.
 */
function stateBackward(target: HistoryNode, start: HistoryNode, startPlan: Plan, headPlan: Plan): Plan {
  let plan = startPlan;
  let segment: Operation[] = [];
  let strict = false;
  for (let node = start; node !== target;) {
    const revision = node.revision as Revision; // every node after the target has one
    for (const op of invertOperations(revision.ops)) segment.push(op);
    strict ||= node.loaded === true;
    const prev = node.prev as HistoryNode;
    if (prev === target || prev.seq % CHECKPOINT_INTERVAL === 0) {
      plan = applySegment(plan, segment, strict, prev, headPlan, 'go back to');
      segment = [];
      strict = false;
    }
    node = prev;
  }
  return plan;
}

/**
 * The node with sequence number `seq` (from 0 to the head's): back to the newest boundary, then
 * 4,096 revisions at a hop, then 128 at a hop, then node by node, so at most two intervals of
 * nodes are walked, however far back.
 */
function nodeAtSeq(head: HistoryNode, seq: number): HistoryNode {
  let node = head;
  while (node.seq > seq && node.boundary === undefined) node = node.prev as HistoryNode;
  while (node.seq > seq && (node.boundary?.far?.seq ?? -1) >= seq) node = node.boundary?.far as HistoryNode;
  while (node.seq > seq && (node.boundary?.prev?.seq ?? -1) >= seq) node = node.boundary?.prev as HistoryNode;
  while (node.seq > seq) {
    if (node.prev === null) throw notLoaded(node, `revision ${seq}`);
    node = node.prev;
  }
  return node;
}

/** The earliest time of the revisions from `node` back to (not including) `stop`. */
function earliestIn(node: HistoryNode, stop: HistoryNode): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (let inside = node; inside !== stop; inside = inside.prev as HistoryNode) {
    earliest = Math.min(earliest, Date.parse((inside.revision as Revision).at));
  }
  return earliest;
}

/** The earliest time of the revisions from boundary `node` back to boundary `stop` (not included). */
function earliestBetween(node: HistoryNode, stop: HistoryNode): number {
  let earliest = Number.POSITIVE_INFINITY;
  for (let at = node; at !== stop;) {
    const boundary = at.boundary as NonNullable<HistoryNode['boundary']>;
    boundary.earliest ??= earliestIn(at, boundary.prev as HistoryNode);
    earliest = Math.min(earliest, boundary.earliest);
    at = boundary.prev as HistoryNode;
  }
  return earliest;
}

/**
 * The newest node whose revision was recorded at or before `instant` (the root if none was).
 * Times are not sorted (clocks differ between devices), so each interval's earliest time says
 * whether any revision in it can qualify: intervals that cannot are skipped whole.
 */
function nodeAtInstant(head: HistoryNode, instant: number): HistoryNode {
  // Times the library writes (UTC, milliseconds) compare as text with the instant written alike.
  const text = new Date(instant).toISOString();
  const atOrBefore = (at: string): boolean =>
    at.length === text.length && at.endsWith('Z') ? at <= text : Date.parse(at) <= instant;
  let node = head;
  while (node.boundary === undefined) {
    if (atOrBefore((node.revision as Revision).at)) return node;
    node = node.prev as HistoryNode;
  }
  for (;;) {
    const boundary = node.boundary as NonNullable<HistoryNode['boundary']>;
    if (boundary.prev === null) return node;
    if (boundary.far !== null && boundary.far !== boundary.prev) {
      boundary.farEarliest ??= earliestBetween(node, boundary.far);
      if (boundary.farEarliest > instant) {
        node = boundary.far;
        continue;
      }
    }
    boundary.earliest ??= earliestIn(node, boundary.prev);
    if (boundary.earliest <= instant) {
      for (let inside: HistoryNode = node; inside !== boundary.prev; inside = inside.prev as HistoryNode) {
        if (atOrBefore((inside.revision as Revision).at)) return inside;
      }
    }
    node = boundary.prev;
  }
}

/**
 * The plan as it stood at a point of its history: right after a revision (the revision itself
 * as `revisions` lists it, its id, or its sequence number; 0 is the plan as created) or at an
 * instant (an ISO-8601 timestamp: the plan after the newest revision whose time is at or before
 * it; clocks may differ between devices, so a revision made later on a device whose clock was
 * behind can be the one chosen). "What did my plan look like last March?" A calendar date
 * alone (`2026-03-31`) is refused
 * with `invalid-input`, since the day ends at a different instant in every time zone: give
 * the instant you mean, such as `2026-03-31T23:59:59.999Z`.
 *
 * The result is a plain frozen plan whose own history ends at that point: `revisions` lists
 * the revisions up to it, and editing it starts a new branch without touching the original.
 * It costs at most half a checkpoint interval (64 revisions) of operations, however far back (a full plan
 * is kept every 128 revisions, and the point is reached from the nearer one, forward or back), and
 * finding the point hops over whole intervals (by seq, and by instant where no revision of an
 * interval is early enough). The history of a plan read from a document was proved on load
 * (every state it passes through is valid), and its operations are applied strictly.
 *
 * @param plan - the plan
 * @param point - a revision (or its id), a sequence number, or an ISO-8601 instant (a string that is
 *   an instant is read as one; the library's revision ids never are)
 * @throws CareerPlanError `not-found` for an unknown revision or sequence number, or an instant
 *   before the plan was created; `invalid-input` for a calendar date or a point of another type
 * @example
 * ```ts
 * import { addGoal, createPlan, fixedEnv, planAt, revisions } from 'career-plan';
 *
 * const env = fixedEnv({ start: '2026-03-01T00:00:00.000Z' });
 * let plan = createPlan({ owner: { id: 'alex' } }, { env });
 * env.set('2026-03-15T00:00:00.000Z');
 * plan = addGoal(plan, { title: 'Get certified', kind: 'education', horizon: 'short' }, { env });
 * console.log(planAt(plan, '2026-03-10T00:00:00.000Z').goals.length); // 0
 * console.log(planAt(plan, 1).goals.length); // 1
 * console.log(planAt(plan, revisions(plan)[0]!).goals.length); // 1
 * ```
 * @category History
 */
export function planAt<P extends Plan>(plan: P, point: string | number | Revision): P {
  const head = historyOf(plan);
  let target: HistoryNode | null = null;
  if (typeof point === 'object' && point !== null && typeof (point as { id?: unknown }).id === 'string') {
    // A revision as `revisions` lists it: found by its sequence number, if it is this history's.
    const { id, seq } = point as { readonly id: string; readonly seq?: unknown };
    if (typeof seq === 'number' && Number.isInteger(seq) && seq >= 1 && seq <= head.seq) {
      const node = nodeAtSeq(head, seq);
      if (node.revision?.id === id) return stateAt(node, head, plan) as P;
    }
    point = id;
  }
  if (typeof point === 'number') {
    if (!Number.isInteger(point) || point < 0 || point > head.seq) {
      throw new CareerPlanError('not-found', `This plan has no revision number ${point} (it has 0 to ${head.seq})`, {
        kind: 'revision',
        seq: point,
      });
    }
    target = nodeAtSeq(head, point);
  } else if (typeof point === 'string') {
    // An instant is an instant (the library's revision ids never look like one); any other
    // string names a revision.
    if (timestampSchema.safeParse(point).success) {
      const instant = Date.parse(point);
      if (instant < Date.parse(plan.createdAt)) {
        throw new CareerPlanError('not-found', `The plan did not exist yet at ${point}`, {
          kind: 'instant',
          at: point,
        });
      }
      target = nodeAtInstant(head, instant);
      if (target.revision === null && target.seq > 0) throw notLoaded(target, `the instant ${point}`);
    }
    let node: HistoryNode = head;
    for (; target === null && node.revision !== null; node = node.prev as HistoryNode) {
      if (node.revision.id === point) target = node;
    }
    if (target === null && node.seq > 0) throw notLoaded(node, `looking for revision ${point}`);
    if (target === null && calendarDateSchema.safeParse(point).success) {
      throw new CareerPlanError(
        'invalid-input',
        `"${point}" is a calendar date; planAt takes an instant, such as "${point}T23:59:59.999Z" for the end of ` +
          `that day in UTC`,
        { point },
      );
    }
    if (target === null)
      throw new CareerPlanError('not-found', `This plan has no revision ${point}`, { kind: 'revision', id: point });
  } else {
    throw new CareerPlanError(
      'invalid-input',
      'planAt takes a revision, a revision id, a sequence number or an ISO-8601 instant',
      { point },
    );
  }
  return stateAt(target, head, plan) as P;
}
