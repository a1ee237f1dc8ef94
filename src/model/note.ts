import * as z from 'zod';
import { actorRefSchema } from './actor.js';
import { idSchema, textSchema, timestampSchema } from './primitives.js';

/**
 * What a note is about: the plan as a whole, or one entity by kind and id.
 *
 * @example
 * ```ts
 * import { noteSubjectSchema } from 'career-plan';
 *
 * noteSubjectSchema.parse({ kind: 'goal', id: 'g1' });
 * ```
 * @category Schemas
 */
export const noteSubjectSchema = z
  .strictObject({
    /** The kind of entity. */
    kind: z.literal([
      'plan',
      'assessment',
      'careerOption',
      'decision',
      'goal',
      'strategy',
      'barrier',
      'resource',
      'milestone',
      'alternative',
    ]),
    /** The entity's id (absent for `plan` and `decision`). */
    id: idSchema.exactOptional(),
  })
  .readonly();

const noteFields = {
  /** The note itself. */
  text: textSchema.min(1),
  /** What it is about (absent: the plan as a whole). */
  about: noteSubjectSchema.exactOptional(),
};

/**
 * A note or review comment on the plan, by the person or an advisor.
 *
 * @example
 * ```ts
 * import { noteSchema } from 'career-plan';
 *
 * noteSchema.parse({ id: 'n1', text: 'Reviewed with Dana; on track.', at: '2026-04-01T15:00:00.000Z',
 *   by: { id: 'alex' } });
 * ```
 * @category Schemas
 */
export const noteSchema = z
  .strictObject({
    /** The note's id. */
    id: idSchema,
    ...noteFields,
    /** When it was written. */
    at: timestampSchema,
    /** Who wrote it. */
    by: actorRefSchema,
  })
  .readonly();

/**
 * What `addNote` accepts: the text and what it is about; the id may be left out, and the
 * author and time come from the edit's options and environment.
 *
 * @example
 * ```ts
 * import { noteInputSchema } from 'career-plan';
 *
 * noteInputSchema.parse({ text: 'Call the registrar', about: { kind: 'goal', id: 'g1' } });
 * ```
 * @category Schemas
 */
export const noteInputSchema = z.strictObject({
  /** The note's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  ...noteFields,
});

/**
 * A note. See {@link noteSchema}.
 *
 * @example
 * ```ts
 * import type { Note } from 'career-plan';
 *
 * const n: Note = { id: 'n1', text: 'On track', at: '2026-04-01T15:00:00.000Z', by: { id: 'alex' } };
 * ```
 * @category Schemas
 */
export type Note = z.output<typeof noteSchema>;
/**
 * What `addNote` takes. See {@link noteInputSchema}.
 *
 * @example
 * ```ts
 * import type { NoteInput } from 'career-plan';
 *
 * const input: NoteInput = { text: 'On track' };
 * ```
 * @category Schemas
 */
export type NoteInput = z.input<typeof noteInputSchema>;
/**
 * What a note is about. See {@link noteSubjectSchema}.
 *
 * @example
 * ```ts
 * import type { NoteSubject } from 'career-plan';
 *
 * const about: NoteSubject = { kind: 'strategy', id: 's1' };
 * ```
 * @category Schemas
 */
export type NoteSubject = z.output<typeof noteSubjectSchema>;
