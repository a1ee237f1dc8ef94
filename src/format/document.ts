import * as z from 'zod';
import { planSchema, processRefSchema } from '../model/plan.js';
import { storedRevisionSchema } from './stored.js';
import { idSchema } from '../model/primitives.js';

/** The `format` field of every career-plan document. */
export const FORMAT_NAME = 'career-plan';

/**
 * The document format version this library writes, independent of the package's version.
 * Documents of older versions are migrated on load; newer ones are refused.
 *
 * @example
 * ```ts
 * import { FORMAT_VERSION, serialize, createPlan } from 'career-plan';
 *
 * JSON.parse(serialize(createPlan({ owner: { id: 'alex' } }))).version === FORMAT_VERSION; // true
 * ```
 * @category Documents
 */
export const FORMAT_VERSION = 5;

/**
 * A career-plan document, format version 5: the plan, the process it follows (by id and
 * version), the plan as it was created, and its complete revision history, oldest first, each
 * revision with its edit and its operations by id, stored without what loading derives from
 * the plan before it (see {@link storedRevisionSchema}). Every object is strict: a field this
 * version does not define makes the document invalid, so nothing is silently dropped.
 *
 * @example
 * ```ts
 * import { createPlan, documentSchema, toDocument } from 'career-plan';
 *
 * documentSchema.safeParse(toDocument(createPlan({ owner: { id: 'alex' } }))).success; // true
 * ```
 * @category Documents
 */
export const documentSchema = z
  .strictObject({
    /** Always `career-plan`. */
    format: z.literal(FORMAT_NAME),
    /** The document format version, `5`. */
    version: z.literal(FORMAT_VERSION),
    /** The process the plan follows; the same as `plan.process`. */
    process: processRefSchema,
    /**
     * The ids of people who edited the plan before format version 2 recorded participants (a
     * version-1 document's authors other than its owner): their revisions of that time load
     * although they are not participants. Absent when there are none.
     */
    formerAuthors: z.array(idSchema).max(10_000).readonly().exactOptional(),
    /** The plan as it stands after the last revision. */
    plan: planSchema,
    /**
     * The plan as `createPlan` made it, before the first revision. A document without it (one a
     * store assembles from its rows, or one of version 4) keeps its revisions whole, as
     * `revisions` gives them: loading finds the plan as created by undoing them.
     */
    created: planSchema.exactOptional(),
    /** Every revision, oldest first; replaying them from the plan as created gives `plan`. */
    revisions: z.array(storedRevisionSchema).readonly(),
  })
  .readonly();

/**
 * A career-plan document. See {@link documentSchema}.
 *
 * @example
 * ```ts
 * import { createPlan, toDocument, type PlanDocument } from 'career-plan';
 *
 * const doc: PlanDocument = toDocument(createPlan({ owner: { id: 'alex' } }));
 * console.log(doc.format, doc.version, doc.revisions.length); // career-plan 5 0
 * ```
 * @category Documents
 */
export type PlanDocument = z.output<typeof documentSchema>;
