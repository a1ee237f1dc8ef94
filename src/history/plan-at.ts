import { CareerPlanError } from '../model/errors.js';
import type { Operation } from '../model/operation.js';
import type { Plan, PlanData } from '../model/plan.js';
import { calendarDateSchema, timestampSchema } from '../model/primitives.js';
import type { Revision } from '../model/revision.js';
import { isLoaded, verifyState } from './loaded.js';
import { CHECKPOINT_INTERVAL, attach, hiddenPart, historyOf, type HistoryNode } from './node.js';
import { OperationMismatch, applyOperations, freezeFresh, type Applied } from './operations.js';

/**
 * The plan at `target`: from the nearest checkpoint at or before it, apply the revisions'
 * operations. Checkpoints missing on the way (after loading a document) are filled in, so each
 * later call costs at most one checkpoint interval of operations.
 */
export function stateAt(target: HistoryNode, head: HistoryNode, headPlan: Plan): Plan {
  if (target === head) return headPlan;
  const chain: HistoryNode[] = [];
  let base: HistoryNode = target;
  while (base.checkpoint === null) {
    chain.push(base);
    base = base.prev as HistoryNode; // the root always has a checkpoint
  }
  if (chain.length === 0) return base.checkpoint;
  let plan = base.checkpoint;
  const fromDocument = chain.some((node) => isLoaded(node.revision));
  // Apply in segments that end on checkpoint boundaries, keeping each boundary as a checkpoint.
  let segment: Operation[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    const node = chain[i] as HistoryNode;
    for (const op of node.revision?.ops ?? []) segment.push(op);
    if (i === 0 || node.seq % CHECKPOINT_INTERVAL === 0) {
      let applied: Applied;
      try {
        applied = applyOperations(plan as PlanData, segment, fromDocument);
      } catch (error) {
        if (error instanceof OperationMismatch)
          throw new CareerPlanError(
            'corrupt-history',
            `The history does not replay up to revision ${node.seq}: ${error.message}`,
            { seq: node.seq },
          );
        throw error;
      }
      const next = applied.state as Plan;
      if (fromDocument) verifyState(next, node.seq);
      attach(next, node, hiddenPart(headPlan));
      freezeFresh(applied.fresh);
      if (node.seq % CHECKPOINT_INTERVAL === 0) node.checkpoint = next;
      plan = next;
      segment = [];
    }
  }
  return plan;
}

/**
 * The plan as it stood at a point of its history: right after a revision (the revision itself
 * as `revisions` lists it, its id, or its sequence number; 0 is the plan as created) or at an
 * instant (an ISO-8601 timestamp: the plan after the last revision recorded at or before it).
 * "What did my plan look like last March?" A calendar date alone (`2026-03-31`) is refused
 * with `invalid-input`, since the day ends at a different instant in every time zone: give
 * the instant you mean, such as `2026-03-31T23:59:59.999Z`.
 *
 * The result is a plain frozen plan whose own history ends at that point: `revisions` lists
 * the revisions up to it, and editing it starts a new branch without touching the original.
 * It costs at most one checkpoint interval (64 revisions) of operations, however far back. On a
 * plan read from a document, a past state is checked against the schemas when it is first built
 * (`corrupt-history` if a crafted history passes through an invalid state).
 *
 * @param plan - the plan
 * @param point - a revision (or its id), a sequence number, or an ISO-8601 instant
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
  if (typeof point === 'object' && point !== null && typeof (point as { id?: unknown }).id === 'string')
    point = point.id;
  if (typeof point === 'number') {
    if (!Number.isInteger(point) || point < 0 || point > head.seq) {
      throw new CareerPlanError('not-found', `This plan has no revision number ${point} (it has 0 to ${head.seq})`, {
        kind: 'revision',
        seq: point,
      });
    }
    target = head;
    while (target.seq > point) target = target.prev as HistoryNode;
  } else if (typeof point === 'string') {
    for (let node: HistoryNode | null = head; node !== null && node.revision !== null; node = node.prev) {
      if (node.revision.id === point) {
        target = node;
        break;
      }
    }
    if (target === null && timestampSchema.safeParse(point).success) {
      const instant = Date.parse(point);
      if (instant < Date.parse(plan.createdAt)) {
        throw new CareerPlanError('not-found', `The plan did not exist yet at ${point}`, {
          kind: 'instant',
          at: point,
        });
      }
      target = head;
      while (target.revision !== null && Date.parse(target.revision.at) > instant) target = target.prev as HistoryNode;
    }
    if (target === null && calendarDateSchema.safeParse(point).success) {
      throw new CareerPlanError(
        'invalid-input',
        `"${point}" is a calendar date; planAt takes an instant, such as "${point}T23:59:59.999Z" for the end of ` +
          `that day in ` +
          `UTC`,
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
