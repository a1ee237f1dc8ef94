import * as z from 'zod';
import { actionSchema } from './action.js';
import { actorRefSchema } from './actor.js';
import { editSchema } from './edit.js';
import { operationSchema } from './operation.js';
import { idSchema, textSchema, timestampSchema } from './primitives.js';

/**
 * What a revision changed, named for people: the entity's kind, id and its title at the time.
 *
 * @example
 * ```ts
 * import { revisionSubjectSchema } from 'career-plan';
 *
 * revisionSubjectSchema.parse({ kind: 'goal', id: 'g1', label: 'Earn the A+ certificate' });
 * ```
 * @category History
 */
export const revisionSubjectSchema = z
  .strictObject({
    /** The kind of entity, such as `goal` or `stage`. */
    kind: z.string().min(1).max(64),
    /** Its id. */
    id: idSchema.exactOptional(),
    /** Its title or name when the revision was made. */
    label: z.string().max(500).exactOptional(),
    /**
     * For a suggestion's revisions: the kind of edit it proposes (`addGoal`), so that the change is
     * described in any language; `label` is then the name of what the edit changes. Suggestions
     * recorded before it carry a sentence in English as their label instead.
     */
    proposes: z.string().min(1).max(64).exactOptional(),
  })
  .readonly();

const revisionShape = z
  .strictObject({
    /** The revision's id. */
    id: idSchema,
    /** Its place in the history, counting from 1. */
    seq: z.number().int().min(1),
    /** When it was recorded. */
    at: timestampSchema,
    /** Who made the change. */
    by: actorRefSchema,
    /** What kind of change it was, such as `goal.add`. */
    action: actionSchema,
    /** Why, as the person who made it said. */
    reason: textSchema.exactOptional(),
    /** What it changed. */
    subject: revisionSubjectSchema.exactOptional(),
    /** For a stage move, the stage it left. */
    from: revisionSubjectSchema.exactOptional(),
    /** For `undo` and `redo`, the revision it reverts or re-applies, and that revision's action. */
    target: z
      .strictObject({
        /** The id of the revision reverted or re-applied. */
        id: idSchema,
        /**
         * The action of the change it reverts or re-applies, such as `goal.add` (for an undo of a redo, the redone
         * change's action).
         */
        action: actionSchema,
      })
      .readonly()
      .exactOptional(),
    /** For an accepted suggestion: the advisor who suggested the change, credited with the owner. */
    credit: actorRefSchema.exactOptional(),
    /** For an accepted suggestion: its id. */
    suggestion: idSchema.exactOptional(),
    /**
     * The edit that made the change, with the ids and defaults it resolved (absent for undo, redo, and migrated
     * revisions it could not be derived for).
     */
    edit: editSchema.exactOptional(),
    /** The steps that make the change, by id; undoing it applies their inverses in reverse order. */
    ops: z.array(operationSchema).max(100_000).readonly(),
  })
  .readonly();
type RevisionSchemaType = typeof revisionShape;

/**
 * The type of {@link revisionSchema}, named so that the declarations that use it refer to it instead
 * of spelling out the revision's fields again.
 *
 * @example
 * ```ts
 * import { revisionSchema, type RevisionSchema } from 'career-plan';
 *
 * const schema: RevisionSchema = revisionSchema;
 * ```
 * @category History
 */
export interface RevisionSchema extends RevisionSchemaType {}

/**
 * A revision: one recorded change with who made it, when, what and why, the edit that made it,
 * and the operations that make it, each naming what it changes by id and carrying what undoing
 * it needs. `seq` counts from 1 in the order of recording. `action` is one of {@link ACTIONS}.
 * Revisions migrated from documents of format version 1 or 2 have no `edit` where none could be
 * derived.
 *
 * @example
 * ```ts
 * import { createPlan, addGoal, revisions } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * const [revision] = revisions(plan);
 * console.log(revision?.action, revision?.seq, revision?.edit?.kind); // goal.add 1 addGoal
 * ```
 * @category History
 */
export const revisionSchema: RevisionSchema = revisionShape;

/**
 * A revision. See {@link revisionSchema}.
 *
 * @example
 * ```ts
 * import { addGoal, createPlan, revisions, type Revision } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * const latest: Revision | undefined = revisions(plan).at(-1);
 * console.log(latest?.action); // 'goal.add'
 * ```
 * @category History
 */
export type Revision = z.output<typeof revisionSchema>;
/**
 * What a revision changed. See {@link revisionSubjectSchema}.
 *
 * @example
 * ```ts
 * import type { RevisionSubject } from 'career-plan';
 *
 * const s: RevisionSubject = { kind: 'goal', id: 'g1', label: 'Get certified' };
 * ```
 * @category History
 */
export type RevisionSubject = z.output<typeof revisionSubjectSchema>;
