import * as z from 'zod';
import { idSchema } from '../model/primitives.js';
import { planSchema, processRefSchema } from '../model/plan.js';
import { revisionSchema } from '../model/revision.js';
import { FORMAT_VERSION } from './document.js';

/** The `format` field of a tail of revisions (see {@link revisionTailSchema}). */
export const TAIL_FORMAT = 'career-plan-revisions';
/** The `format` field of a snapshot (see {@link planSnapshotSchema}). */
export const SNAPSHOT_FORMAT = 'career-plan-snapshot';

/**
 * A point of a history, as tails and snapshots name it: a sequence number and the id of the
 * revision with that number (`null` at 0, the plan as created).
 *
 * @example
 * ```ts
 * import { revisionPointSchema } from 'career-plan';
 *
 * revisionPointSchema.parse({ seq: 0, id: null });
 * ```
 * @category Documents
 */
export const revisionPointSchema = /* @__PURE__ */ z
  .strictObject({
    /** The sequence number (0 before the first revision). */
    seq: z.number().int().min(0),
    /** The id of the revision with that number, `null` at 0. */
    id: idSchema.nullable(),
  })
  .readonly();

/**
 * What a save writes: the revisions of one plan after a point of its history, oldest first,
 * naming the revision they follow (the event-sourcing "expected version"), so that a store or
 * another device can tell a tail that extends its copy from one that parted from it. Made by
 * `revisionsSince`, read by `appendRevisions` and `fromSnapshot`.
 *
 * @example
 * ```ts
 * import { addGoal, createPlan, revisionTailSchema, revisionsSince } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * revisionTailSchema.safeParse(revisionsSince(plan, 0)).success; // true
 * ```
 * @category Documents
 */
export const revisionTailSchema = /* @__PURE__ */ z
  .strictObject({
    /** Always `career-plan-revisions`. */
    format: z.literal(TAIL_FORMAT),
    /**
     * The document format version of the revisions, `5` (a tail keeps its revisions whole, as
     * `revisions` gives them).
     */
    version: z.literal(FORMAT_VERSION),
    /** The id of the plan the revisions belong to. */
    plan: idSchema,
    /** The revision they follow (`{ seq: 0, id: null }`: the plan as created). */
    after: revisionPointSchema,
    /** The revisions, oldest first, numbered on from `after.seq`. */
    revisions: z.array(revisionSchema).readonly(),
  })
  .readonly();

/**
 * A tail of revisions. See {@link revisionTailSchema}.
 *
 * @example
 * ```ts
 * import { createPlan, revisionsSince, type RevisionTail } from 'career-plan';
 *
 * const tail: RevisionTail = revisionsSince(createPlan({ owner: { id: 'alex' } }), 0);
 * console.log(tail.after, tail.revisions.length); // { seq: 0, id: null } 0
 * ```
 * @category Documents
 */
export type RevisionTail = z.output<typeof revisionTailSchema>;

/**
 * A plan as it stood after one revision, without the history before it: what a store keeps now
 * and then so that loading reads the latest snapshot and the revisions after it instead of the
 * whole history (`toSnapshot`, `fromSnapshot`). The snapshot at 0 is the plan as created; with
 * every revision after it, it is the whole history.
 *
 * @example
 * ```ts
 * import { createPlan, planSnapshotSchema, toSnapshot } from 'career-plan';
 *
 * planSnapshotSchema.safeParse(toSnapshot(createPlan({ owner: { id: 'alex' } }))).success; // true
 * ```
 * @category Documents
 */
export const planSnapshotSchema = /* @__PURE__ */ z
  .strictObject({
    /** Always `career-plan-snapshot`. */
    format: z.literal(SNAPSHOT_FORMAT),
    /** The document format version, `5`. */
    version: z.literal(FORMAT_VERSION),
    /** The process the plan follows; the same as `plan.process`. */
    process: processRefSchema,
    /** The revision after which the plan stood so. */
    at: revisionPointSchema,
    /** As a document's `formerAuthors`: people who edited the plan before participants were recorded. */
    formerAuthors: z.array(idSchema).max(10_000).readonly().exactOptional(),
    /** The plan. */
    plan: planSchema,
  })
  .readonly();

/**
 * A snapshot of a plan. See {@link planSnapshotSchema}.
 *
 * @example
 * ```ts
 * import { createPlan, toSnapshot, type PlanSnapshot } from 'career-plan';
 *
 * const snapshot: PlanSnapshot = toSnapshot(createPlan({ owner: { id: 'alex' } }));
 * console.log(snapshot.at.seq); // 0
 * ```
 * @category Documents
 */
export type PlanSnapshot = z.output<typeof planSnapshotSchema>;
