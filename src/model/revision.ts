import * as z from 'zod';
import { actorRefSchema } from './actor.js';
import { isForbiddenKey } from './json.js';
import { jsonValueSchema } from './json-value.js';
import { idSchema, textSchema, timestampSchema } from './primitives.js';

/** Whether a value can be a key in a patch path: a property name (not a forbidden one) or an index. */
const isPatchKey = (key: unknown): key is string | number =>
  typeof key === 'string' ? key.length <= 200 && !isForbiddenKey(key) : typeof key === 'number' && Number.isInteger(key) && key >= 0;

/**
 * One key of a patch path: a property name of at most 200 characters that cannot reach a
 * prototype, or an array index. One custom check (documents hold thousands of paths); its
 * JSON Schema is given by `documentJsonSchema`.
 * @internal
 */
export const patchKeySchema = z.custom<string | number>(isPatchKey, {
  message: 'A patch path key is a property name (not __proto__, constructor or prototype) or an array index',
});

/**
 * One step of a change, as immer's patches describe it (RFC 6902 style, with the path as an
 * array). Paths never hold `__proto__`, `constructor` or `prototype`.
 *
 * @example
 * ```ts
 * import { patchSchema } from 'career-plan';
 *
 * patchSchema.parse({ op: 'replace', path: ['goals', 0, 'status'], value: 'achieved' });
 * ```
 */
export const patchSchema = z
  .strictObject({
    /** What the step does. */
    op: z.literal(['add', 'remove', 'replace']),
    /** Where, from the plan's root: property names and array indexes. */
    path: z.array(patchKeySchema).max(32).readonly(),
    /** The value added or put in place (absent for `remove`). */
    value: jsonValueSchema.exactOptional(),
  })
  .readonly();

/**
 * What a revision changed, named for people: the entity's kind, id and its title at the time.
 *
 * @example
 * ```ts
 * import { revisionSubjectSchema } from 'career-plan';
 *
 * revisionSubjectSchema.parse({ kind: 'goal', id: 'g1', label: 'Earn the A+ certificate' });
 * ```
 */
export const revisionSubjectSchema = z
  .strictObject({
    /** The kind of entity, such as `goal` or `stage`. */
    kind: z.string().min(1).max(64),
    /** Its id. */
    id: idSchema.exactOptional(),
    /** Its title or name when the revision was made. */
    label: z.string().max(500).exactOptional(),
  })
  .readonly();

/**
 * A revision: one recorded change with who made it, when, what and why, and the patches that
 * redo and undo it. `seq` counts from 1 in the order of recording.
 *
 * Actions are stable strings: `<entity>.add`, `<entity>.update`, `<entity>.remove`,
 * `<entity>.move` for entities (`goal`, `strategy`, `assessment`, `careerOption`, `barrier`,
 * `resource`, `milestone`, `alternative`, `note`, `employment`, `education`, `license`,
 * `volunteerWork`), `strategy.complete`, `strategy.reopen`, `decision.set`, `plan.update`,
 * `stage.transition`, `stageData.set`, `undo` and `redo`.
 *
 * @example
 * ```ts
 * import { createPlan, addGoal, revisions } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education', horizon: 'short' });
 * const [revision] = revisions(plan);
 * console.log(revision?.action, revision?.seq); // goal.add 1
 * ```
 */
export const revisionSchema = z
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
    action: z.string().regex(/^[a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z]*)?$/, 'An action looks like "goal.add"'),
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
        /** The action of the change it reverts or re-applies, such as `goal.add` (for an undo of a redo, the redone change's action). */
        action: z.string().regex(/^[a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z]*)?$/),
      })
      .readonly()
      .exactOptional(),
    /** For an accepted suggestion: the advisor who suggested the change, credited with the owner. */
    credit: actorRefSchema.exactOptional(),
    /** For an accepted suggestion: its id. */
    suggestion: idSchema.exactOptional(),
    /** The steps that make the change. */
    patches: z.array(patchSchema).max(100_000).readonly(),
    /** The steps that revert it. */
    inversePatches: z.array(patchSchema).max(100_000).readonly(),
  })
  .readonly();

/**
 * A patch. See {@link patchSchema}.
 *
 * @example
 * ```ts
 * import type { Patch } from 'career-plan';
 *
 * const p: Patch = { op: 'replace', path: ['title'], value: 'My plan' };
 * ```
 */
export type Patch = z.output<typeof patchSchema>;
/**
 * A revision. See {@link revisionSchema}.
 *
 * @example
 * ```ts
 * import { addGoal, createPlan, revisions, type Revision } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education', horizon: 'short' });
 * const latest: Revision | undefined = revisions(plan).at(-1);
 * console.log(latest?.action); // 'goal.add'
 * ```
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
 */
export type RevisionSubject = z.output<typeof revisionSubjectSchema>;
