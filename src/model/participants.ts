import * as z from 'zod';
import { actorRefSchema } from './actor.js';
import { contentEditSchema } from './content-edit.js';
import { idSchema, textSchema, timestampSchema } from './primitives.js';

/**
 * An advisor's role. `counselor`, `mentor`, `supervisor` and `parent` are built in; apps may use
 * their own role names (lower-case words joined by hyphens).
 *
 * @example
 * ```ts
 * import { advisorRoleSchema } from 'career-plan';
 *
 * advisorRoleSchema.parse('career-coach');
 * ```
 * @category Participants
 */
export const advisorRoleSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/)
  .max(64);

/**
 * An advisor on a plan: a counselor, mentor, supervisor, parent, or a role of the app's own.
 * The owner adds and removes advisors; advisors help but do not set the goals.
 *
 * @example
 * ```ts
 * import { advisorSchema } from 'career-plan';
 *
 * advisorSchema.parse({ id: 'dana', name: 'Dana Lee', role: 'counselor', addedAt: '2026-01-05T09:00:00.000Z' });
 * ```
 * @category Participants
 */
export const advisorSchema = z
  .strictObject({
    /** The advisor's id in the app (the same id edits name in `options.by`). */
    id: idSchema,
    /** The name to show. */
    name: z.string().min(1).max(200).exactOptional(),
    /** Their role. */
    role: advisorRoleSchema,
    /** When the owner added them. */
    addedAt: timestampSchema,
  })
  .readonly();

/**
 * What `addAdvisor` accepts: the advisor's id, name and role.
 *
 * @example
 * ```ts
 * import { advisorInputSchema } from 'career-plan';
 *
 * advisorInputSchema.parse({ id: 'dana', name: 'Dana Lee', role: 'counselor' });
 * ```
 * @category Participants
 */
export const advisorInputSchema = z.strictObject({
  /** The advisor's id in the app. */
  id: idSchema,
  /** The name to show. */
  name: z.string().min(1).max(200).exactOptional(),
  /** Their role. */
  role: advisorRoleSchema,
});

/**
 * The edit a suggestion proposes: any edit of the plan's content that the owner could make
 * (see `contentEditSchema`). Accepting the suggestion makes exactly this edit, through
 * `applyEdit`, with the same checks.
 *
 * @deprecated Use `contentEditSchema`; this name stays for 0.2 and goes in 0.3.
 * @example
 * ```ts
 * import { suggestedEditSchema } from 'career-plan';
 *
 * suggestedEditSchema.parse({ kind: 'addStrategy', goalId: 'g1', input: { title: 'Book a practice exam' } });
 * ```
 * @category Participants
 */
export const suggestedEditSchema = contentEditSchema;

const suggestionShape = z
  .strictObject({
    /** The suggestion's id. */
    id: idSchema,
    /** Who suggested it. */
    by: actorRefSchema,
    /** When. */
    at: timestampSchema,
    /** The edit it proposes. */
    edit: contentEditSchema,
    /** Why, in the advisor's words. */
    note: textSchema.exactOptional(),
    /** `pending`, then `accepted`, `declined`, or `withdrawn` by its author. */
    status: z.literal(['pending', 'accepted', 'declined', 'withdrawn']),
    /** When it was accepted, declined or withdrawn. */
    decidedAt: timestampSchema.exactOptional(),
    /** Why the owner declined it. */
    reason: textSchema.exactOptional(),
  })
  .readonly();
type SuggestionSchemaType = typeof suggestionShape;

/**
 * The type of {@link suggestionSchema}, named so that the declarations that use it refer to it instead
 * of spelling out the suggestion's fields again.
 *
 * @example
 * ```ts
 * import { suggestionSchema, type SuggestionSchema } from 'career-plan';
 *
 * const schema: SuggestionSchema = suggestionSchema;
 * ```
 * @category Participants
 */
export interface SuggestionSchema extends SuggestionSchemaType {}

/**
 * A suggestion: an advisor's proposed goal, strategy or change, kept as pending until the owner
 * accepts it (it becomes the real edit, crediting the advisor) or declines it with a reason.
 *
 * @example
 * ```ts
 * import { suggestionSchema } from 'career-plan';
 *
 * suggestionSchema.parse({ id: 'sg1', by: { id: 'dana' }, at: '2026-02-01T10:00:00.000Z', status: 'pending',
 *   edit: { kind: 'addStrategy', goalId: 'g1', input: { title: 'Book a practice exam' } } });
 * ```
 * @category Participants
 */
export const suggestionSchema: SuggestionSchema = suggestionShape;

/**
 * What a comment is about.
 *
 * @example
 * ```ts
 * import { commentSubjectSchema } from 'career-plan';
 *
 * commentSubjectSchema.parse({ kind: 'goal', id: 'g1' });
 * ```
 * @category Participants
 */
export const commentSubjectSchema = z
  .strictObject({
    /** The kind of thing: a goal, a strategy, a career option, the decision, or the plan. */
    kind: z.literal(['plan', 'goal', 'strategy', 'careerOption', 'decision', 'suggestion']),
    /** Its id (absent for `plan` and `decision`). */
    id: idSchema.exactOptional(),
  })
  .readonly();

/**
 * A comment in a thread about a goal, a strategy, a career option, the decision or the plan, by
 * the owner or an advisor. A reply names the comment it answers.
 *
 * @example
 * ```ts
 * import { commentSchema } from 'career-plan';
 *
 * commentSchema.parse({ id: 'c1', about: { kind: 'goal', id: 'g1' }, text: 'Is September realistic?',
 *   by: { id: 'dana' }, at: '2026-02-01T10:00:00.000Z' });
 * ```
 * @category Participants
 */
export const commentSchema = z
  .strictObject({
    /** The comment's id. */
    id: idSchema,
    /** What it is about. */
    about: commentSubjectSchema,
    /** The comment it replies to, if any. */
    replyTo: idSchema.exactOptional(),
    /** The comment itself. */
    text: textSchema.min(1),
    /** Who wrote it. */
    by: actorRefSchema,
    /** When. */
    at: timestampSchema,
  })
  .readonly();

/**
 * What `addComment` accepts.
 *
 * @example
 * ```ts
 * import { commentInputSchema } from 'career-plan';
 *
 * commentInputSchema.parse({ about: { kind: 'decision' }, text: 'Good choice.' });
 * ```
 * @category Participants
 */
export const commentInputSchema = z.strictObject({
  /** The comment's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  /** What it is about. */
  about: commentSubjectSchema,
  /** The comment it replies to, if any. */
  replyTo: idSchema.exactOptional(),
  /** The comment itself. */
  text: textSchema.min(1),
});

/**
 * What `suggest` accepts: the proposed edit, why, and optionally the suggestion's id.
 *
 * @example
 * ```ts
 * import { suggestionInputSchema } from 'career-plan';
 *
 * suggestionInputSchema.parse({ edit: { kind: 'addGoal', input: { title: 'Learn Linux', kind: 'skill',
 *   horizon: 'short' } },
 *   note: 'Most help desk jobs ask for it' });
 * ```
 * @category Participants
 */
export const suggestionInputSchema = z.strictObject({
  /** The suggestion's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  /** The edit it proposes. */
  edit: suggestedEditSchema,
  /** Why, in the advisor's words. */
  note: textSchema.exactOptional(),
});

/**
 * What `addPrivateNote` accepts: the text, and optionally the note's id.
 *
 * @example
 * ```ts
 * import { privateNoteInputSchema } from 'career-plan';
 *
 * privateNoteInputSchema.parse({ text: 'Worried about the exam fee' });
 * ```
 * @category Participants
 */
export const privateNoteInputSchema = z.strictObject({
  /** The note's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  /** The note itself. */
  text: textSchema.min(1),
});

/**
 * A private note: only the owner writes it and only the owner sees it (`viewFor` and
 * `serialize(plan, { for })` leave it out, with every revision that touched it).
 *
 * @example
 * ```ts
 * import { privateNoteSchema } from 'career-plan';
 *
 * privateNoteSchema.parse({ id: 'p1', text: 'Worried about money', at: '2026-02-01T10:00:00.000Z' });
 * ```
 * @category Participants
 */
export const privateNoteSchema = z
  .strictObject({
    /** The note's id. */
    id: idSchema,
    /** The note itself. */
    text: textSchema.min(1),
    /** When it was written. */
    at: timestampSchema,
  })
  .readonly();

/**
 * An advisor. See {@link advisorSchema}.
 *
 * @example
 * ```ts
 * import type { Advisor } from 'career-plan';
 *
 * const dana: Advisor = { id: 'dana', role: 'counselor', addedAt: '2026-01-05T09:00:00.000Z' };
 * ```
 * @category Participants
 */
export type Advisor = z.output<typeof advisorSchema>;
/**
 * What `addAdvisor` takes. See {@link advisorInputSchema}.
 *
 * @example
 * ```ts
 * import type { AdvisorInput } from 'career-plan';
 *
 * const input: AdvisorInput = { id: 'sam', name: 'Sam (mentor)', role: 'mentor' };
 * ```
 * @category Participants
 */
export type AdvisorInput = z.input<typeof advisorInputSchema>;
/**
 * A proposed edit: any edit of the plan's content. See {@link contentEditSchema}.
 *
 * @deprecated Use `ContentEdit`; this name stays for 0.2 and goes in 0.3.
 * @example
 * ```ts
 * import type { SuggestedEdit } from 'career-plan';
 *
 * const edit: SuggestedEdit = { kind: 'updateGoal', id: 'g1', changes: { targetDate: '2026-12-15' } };
 * ```
 * @category Participants
 */
export type SuggestedEdit = z.input<typeof suggestedEditSchema>;
/**
 * A suggestion. See {@link suggestionSchema}.
 *
 * @example
 * ```ts
 * import { addAdvisor, createPlan, suggest, type Suggestion } from 'career-plan';
 *
 * const plan = suggest(addAdvisor(createPlan({ owner: { id: 'alex' } }), { id: 'dana', role: 'counselor' }),
 *   { edit: { kind: 'addGoal', input: { title: 'Learn Linux', kind: 'skill', horizon: 'short' } } }, { by: 'dana' });
 * const s: Suggestion | undefined = plan.suggestions[0];
 * if (s?.status === 'pending') console.log(s.edit.kind); // 'addGoal'
 * ```
 * @category Participants
 */
export type Suggestion = z.output<typeof suggestionSchema>;
/**
 * A comment. See {@link commentSchema}.
 *
 * @example
 * ```ts
 * import type { Comment } from 'career-plan';
 *
 * const c: Comment = { id: 'c1', about: { kind: 'plan' }, text: 'Nice progress', by: { id: 'dana' },
 *   at: '2026-02-01T10:00:00.000Z' };
 * ```
 * @category Participants
 */
export type Comment = z.output<typeof commentSchema>;
/**
 * What `addComment` takes. See {@link commentInputSchema}.
 *
 * @example
 * ```ts
 * import type { CommentInput } from 'career-plan';
 *
 * const input: CommentInput = { about: { kind: 'goal', id: 'g1' }, text: 'Is September realistic?' };
 * ```
 * @category Participants
 */
export type CommentInput = z.input<typeof commentInputSchema>;
/**
 * What `suggest` takes. See {@link suggestionInputSchema}.
 *
 * @example
 * ```ts
 * import type { SuggestionInput } from 'career-plan';
 *
 * const input: SuggestionInput = { edit: { kind: 'addStrategy', goalId: 'g1',
 *   input: { title: 'Take a practice exam' } } };
 * ```
 * @category Participants
 */
export type SuggestionInput = z.input<typeof suggestionInputSchema>;
/**
 * What `addPrivateNote` takes. See {@link privateNoteInputSchema}.
 *
 * @example
 * ```ts
 * import type { PrivateNoteInput } from 'career-plan';
 *
 * const input: PrivateNoteInput = { text: 'Worried about the exam fee' };
 * ```
 * @category Participants
 */
export type PrivateNoteInput = z.input<typeof privateNoteInputSchema>;
/**
 * A private note. See {@link privateNoteSchema}.
 *
 * @example
 * ```ts
 * import type { PrivateNote } from 'career-plan';
 *
 * const n: PrivateNote = { id: 'p1', text: 'Worried about money', at: '2026-02-01T10:00:00.000Z' };
 * ```
 * @category Participants
 */
export type PrivateNote = z.output<typeof privateNoteSchema>;
