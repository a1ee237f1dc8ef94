import * as z from 'zod';
import { calendarDateSchema, idSchema, textSchema, titleSchema, trimTitles } from './primitives.js';

/**
 * What a piece of evidence is attached to: a goal, a strategy or a milestone. Evidence stays in
 * the portfolio when what it was attached to is removed later (the certificate was still
 * earned).
 *
 * @example
 * ```ts
 * import { evidenceSubjectSchema } from 'career-plan';
 *
 * evidenceSubjectSchema.parse({ kind: 'milestone', id: 'm1' });
 * ```
 * @category Schemas
 */
export const evidenceSubjectSchema = z
  .strictObject({
    /** The kind of entity. */
    kind: z.literal(['goal', 'strategy', 'milestone']),
    /** Its id. */
    id: idSchema,
  })
  .readonly();

const evidenceFields = {
  /** What it is: a certificate, a transcript, a link, a note, or something else. */
  kind: z.literal(['certificate', 'transcript', 'link', 'note', 'other']),
  /** Its name, for example `CompTIA A+ certificate`. */
  title: titleSchema,
  /** Its date, `YYYY-MM-DD` (issued, earned, written). */
  date: calendarDateSchema,
  /** Where it can be seen, for example a verification page (an `http` or `https` address). */
  url: z
    .url({ protocol: /^https?$/ })
    .max(2_000)
    .exactOptional(),
  /** A description, or the note itself. */
  note: textSchema.exactOptional(),
  /** What it is evidence for. */
  about: evidenceSubjectSchema,
};

/**
 * Evidence of progress: a certificate, a transcript, a link or a note, dated, attached to a
 * goal, strategy or milestone. `toMarkdown` shows it as a portfolio.
 *
 * @example
 * ```ts
 * import { evidenceSchema } from 'career-plan';
 *
 * evidenceSchema.parse({ id: 'e1', kind: 'certificate', title: 'CompTIA A+', date: '2026-09-12',
 *   about: { kind: 'goal', id: 'g1' } });
 * ```
 * @category Schemas
 */
export const evidenceSchema = z
  .strictObject({
    /** The evidence's id. */
    id: idSchema,
    ...evidenceFields,
  })
  .readonly();

/**
 * What `addEvidence` accepts: evidence whose id may be left out.
 *
 * @example
 * ```ts
 * import { evidenceInputSchema } from 'career-plan';
 *
 * evidenceInputSchema.parse({ kind: 'link', title: 'Course transcript', date: '2026-05-30',
 *   url: 'https://example.edu/t/123', about: { kind: 'strategy', id: 's1' } });
 * ```
 * @category Schemas
 */
export const evidenceInputSchema = z.strictObject({
  /** The evidence's id; made by the environment when absent. */
  id: idSchema.exactOptional(),
  .../* @__PURE__ */ trimTitles(evidenceFields),
});

/**
 * A piece of evidence. See {@link evidenceSchema}.
 *
 * @example
 * ```ts
 * import type { Evidence } from 'career-plan';
 *
 * const e: Evidence = { id: 'e1', kind: 'certificate', title: 'CompTIA A+', date: '2026-09-12',
 *   about: { kind: 'goal', id: 'g1' } };
 * ```
 * @category Schemas
 */
export type Evidence = z.output<typeof evidenceSchema>;
/**
 * What `addEvidence` takes. See {@link evidenceInputSchema}.
 *
 * @example
 * ```ts
 * import type { EvidenceInput } from 'career-plan';
 *
 * const input: EvidenceInput = { kind: 'note', title: 'Reflection', date: '2026-05-30',
 *   about: { kind: 'milestone', id: 'm1' } };
 * ```
 * @category Schemas
 */
export type EvidenceInput = z.input<typeof evidenceInputSchema>;
