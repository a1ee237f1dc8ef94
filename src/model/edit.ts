import * as z from 'zod';
import { contentEditSchema } from './content-edit.js';
import {
  advisorInputSchema,
  commentInputSchema,
  privateNoteInputSchema,
  suggestionInputSchema,
} from './participants.js';
import { idSchema, textSchema } from './primitives.js';
import { signatureInputSchema } from './signature.js';
import { skillRatingInputSchema } from './skill.js';

const id = idSchema;

const edits = z.discriminatedUnion('kind', [
  ...contentEditSchema.options,
  z.strictObject({
    /** `addAdvisor`. */
    kind: z.literal('addAdvisor'),
    /** The advisor, as `addAdvisor` takes it. */
    input: advisorInputSchema,
  }),
  z.strictObject({
    /** `removeAdvisor`. */
    kind: z.literal('removeAdvisor'),
    /** The advisor's id. */
    id,
  }),
  z.strictObject({
    /** `addSuggestion`. */
    kind: z.literal('addSuggestion'),
    /** The suggestion, as `addSuggestion` takes it. */
    input: suggestionInputSchema,
  }),
  z.strictObject({
    /** `acceptSuggestion`. */
    kind: z.literal('acceptSuggestion'),
    /** The suggestion's id. */
    id,
  }),
  z.strictObject({
    /** `declineSuggestion`. */
    kind: z.literal('declineSuggestion'),
    /** The suggestion's id. */
    id,
    /** Why the owner declines it (required). */
    reason: textSchema.min(1),
  }),
  z.strictObject({
    /** `withdrawSuggestion`. */
    kind: z.literal('withdrawSuggestion'),
    /** The suggestion's id. */
    id,
  }),
  z.strictObject({
    /** `addComment`. */
    kind: z.literal('addComment'),
    /** The comment, as `addComment` takes it. */
    input: commentInputSchema,
  }),
  z.strictObject({
    /** `removeComment`. */
    kind: z.literal('removeComment'),
    /** The comment's id. */
    id,
  }),
  z.strictObject({
    /** `addPrivateNote`. */
    kind: z.literal('addPrivateNote'),
    /** The private note, as `addPrivateNote` takes it. */
    input: privateNoteInputSchema,
  }),
  z.strictObject({
    /** `removePrivateNote`. */
    kind: z.literal('removePrivateNote'),
    /** The private note's id. */
    id,
  }),
  z.strictObject({
    /** `rateSkill`. */
    kind: z.literal('rateSkill'),
    /** The skill's id. */
    id,
    /** The rating, as `rateSkill` takes it. */
    input: skillRatingInputSchema,
  }),
  z.strictObject({
    /** `signPlan`. */
    kind: z.literal('signPlan'),
    /** The signature, as `signPlan` takes it. */
    input: signatureInputSchema,
  }),
]);
type EditSchemaType = typeof edits;

/**
 * The type of {@link editSchema}, named so that the declarations that use it refer to it instead
 * of spelling out every edit's schema again.
 *
 * @example
 * ```ts
 * import { editSchema, type EditSchema } from 'career-plan';
 *
 * const schema: EditSchema = editSchema;
 * ```
 * @category Edits
 */
export interface EditSchema extends EditSchemaType {}

/**
 * Every edit a plan can take, as data: one variant per edit function, `kind` being the
 * function's name and the other keys its parameters. `applyEdit(plan, edit, options)` makes the
 * edit exactly as the function does (the functions are thin wrappers over it), so an app can
 * send edits over a network, queue them while offline, store them, and replay them; every
 * revision records the edit that made it. Besides the content edits of `contentEditSchema`: the
 * participants' edits (advisors, suggestions, comments, private notes, skill ratings, signatures).
 *
 * @example
 * ```ts
 * import { editSchema } from 'career-plan';
 *
 * const edit = editSchema.parse({ kind: 'updateGoal', id: 'g1', changes: { priority: 'high' } });
 * console.log(edit.kind); // 'updateGoal'
 * ```
 * @category Edits
 */
export const editSchema: EditSchema = edits;

/**
 * An edit as data. See {@link editSchema}.
 *
 * @example
 * ```ts
 * import type { Edit } from 'career-plan';
 *
 * const edit: Edit = { kind: 'addStrategy', goalId: 'g1', input: { title: 'Book a practice exam' } };
 * ```
 * @category Edits
 */
export type Edit = z.input<typeof editSchema>;

/**
 * The name of an edit: the `kind` of an {@link Edit}, which is also its function's name.
 *
 * @example
 * ```ts
 * import type { EditKind } from 'career-plan';
 *
 * const kind: EditKind = 'completeStrategy';
 * ```
 * @category Edits
 */
export type EditKind = Edit['kind'];

/**
 * The edit of a given kind.
 *
 * @example
 * ```ts
 * import type { EditOf } from 'career-plan';
 *
 * const edit: EditOf<'removeGoal'> = { kind: 'removeGoal', id: 'g1' };
 * ```
 * @category Edits
 */
export type EditOf<K extends EditKind> = Extract<
  Edit,
  {
    /** The edit function's name. */
    readonly kind: K;
  }
>;
