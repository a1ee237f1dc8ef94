import * as z from 'zod';
import { alternativeInputSchema, type Alternative } from './alternative.js';
import { assessmentInputSchema, type Assessment } from './assessment.js';
import {
  educationInputSchema,
  employmentInputSchema,
  licenseInputSchema,
  volunteerWorkInputSchema,
  type Education,
  type Employment,
  type License,
  type VolunteerWork,
} from './background.js';
import { barrierInputSchema, type Barrier } from './barrier.js';
import {
  careerOptionInputSchema,
  explorationActivitySchema,
  type CareerOption,
  type CareerOptionInput,
} from './career-option.js';
import { decisionInputSchema } from './decision.js';
import { goalInputSchema, type Goal } from './goal.js';
import { isForbiddenKey } from './json.js';
import { MAX_JSON_DEPTH, isJsonValue, jsonValueSchema } from './json-value.js';
import { milestoneInputSchema, type Milestone } from './milestone.js';
import { noteInputSchema, type Note } from './note.js';
import { idSchema } from './primitives.js';
import { resourceInputSchema, type Resource } from './resource.js';
import { evidenceInputSchema, type Evidence } from './evidence.js';
import { reviewCadenceSchema, reviewInputSchema, type Review } from './review.js';
import { skillInputSchema, type Skill } from './skill.js';
import { stageIdSchema } from './stage-visit.js';
import { strategyInputSchema, type Strategy } from './strategy.js';

/**
 * The changes an update makes to an entity: each field given takes the value given; a field set
 * to `undefined` (in memory) or `null` (in JSON, which has no `undefined`) removes an optional
 * field. The id cannot change.
 *
 * @example
 * ```ts
 * import type { Changes, Goal } from 'career-plan';
 *
 * const changes: Changes<Goal> = { priority: 'high', targetDate: null }; // null: no target date any more
 * ```
 * @category Edits
 */
export type Changes<T> = { readonly [K in Exclude<keyof T, 'id'>]?: T[K] | null | undefined };

/**
 * The changes of an update as data: field names to JSON values, `null` removing a field. Checked against the entity's
 * own schema when applied.
 */
const changes = <T>() =>
  z.custom<Changes<T>>(isChanges, {
    message:
      'Expected the changes as an object of field names to plain JSON values (null or undefined removes a field)',
  }) as unknown as z.ZodType<Changes<T>, Changes<T>>;

/**
 * Whether a value is an update's changes: a plain object of field names to JSON values or `undefined` (removal in
 * memory).
 */
function isChanges(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  const fields = value as Record<string, unknown>;
  for (const key of Object.keys(fields)) {
    if (isForbiddenKey(key) || key.length > 200) return false;
    if (fields[key] !== undefined && !isJsonValue(fields[key], MAX_JSON_DEPTH - 1)) return false;
  }
  return true;
}

const id = idSchema;
const toIndex = z.number().int().min(0);

const contentEdits = z.discriminatedUnion('kind', [
  z.strictObject({
    /** `addGoal`. */
    kind: z.literal('addGoal'),
    /** The goal, as `addGoal` takes it. */
    input: goalInputSchema,
  }),
  z.strictObject({
    /** `updateGoal`. */
    kind: z.literal('updateGoal'),
    /** The goal's id. */
    id,
    /** The fields to change. */
    changes: changes<Omit<Goal, 'strategies'>>(),
  }),
  z.strictObject({
    /** `removeGoal`. */
    kind: z.literal('removeGoal'),
    /** The goal's id. */
    id,
  }),
  z.strictObject({
    /** `moveGoal`. */
    kind: z.literal('moveGoal'),
    /** The goal's id. */
    id,
    /** Its new position, from 0. */
    toIndex,
  }),
  z.strictObject({
    /** `addStrategy`. */
    kind: z.literal('addStrategy'),
    /** The goal it serves. */
    goalId: id,
    /** The strategy, as `addStrategy` takes it. */
    input: strategyInputSchema,
  }),
  z.strictObject({
    /** `updateStrategy`. */
    kind: z.literal('updateStrategy'),
    /** The strategy's id. */
    id,
    /** The fields to change. */
    changes: changes<Strategy>(),
  }),
  z.strictObject({
    /** `completeStrategy`. */
    kind: z.literal('completeStrategy'),
    /** The strategy's id. */
    id,
  }),
  z.strictObject({
    /** `reopenStrategy`. */
    kind: z.literal('reopenStrategy'),
    /** The strategy's id. */
    id,
  }),
  z.strictObject({
    /** `removeStrategy`. */
    kind: z.literal('removeStrategy'),
    /** The strategy's id. */
    id,
  }),
  z.strictObject({
    /** `moveStrategy`. */
    kind: z.literal('moveStrategy'),
    /** The strategy's id. */
    id,
    /** Its new position among its goal's strategies, from 0. */
    toIndex,
  }),
  z.strictObject({
    /** `addAssessment`. */
    kind: z.literal('addAssessment'),
    /** The assessment, as `addAssessment` takes it. */
    input: assessmentInputSchema,
  }),
  z.strictObject({
    /** `updateAssessment`. */
    kind: z.literal('updateAssessment'),
    /** The assessment's id. */
    id,
    /** The fields to change. */
    changes: changes<Assessment>(),
  }),
  z.strictObject({
    /** `removeAssessment`. */
    kind: z.literal('removeAssessment'),
    /** The assessment's id. */
    id,
  }),
  z.strictObject({
    /** `addCareerOption`. */
    kind: z.literal('addCareerOption'),
    /** The career option, as `addCareerOption` takes it. */
    input: careerOptionInputSchema,
  }),
  z.strictObject({
    /** `updateCareerOption`. */
    kind: z.literal('updateCareerOption'),
    /** The career option's id. */
    id,
    /** The fields to change. */
    changes: changes<
      Omit<CareerOption, 'activities'> & {
        /** The option's exploration activities, replaced as a whole (ids may be left out). */
        readonly activities: CareerOptionInput['activities'];
      }
    >(),
  }),
  z.strictObject({
    /** `removeCareerOption`. */
    kind: z.literal('removeCareerOption'),
    /** The career option's id. */
    id,
  }),
  z.strictObject({
    /** `addExplorationActivity`. */
    kind: z.literal('addExplorationActivity'),
    /** The career option explored. */
    optionId: id,
    /** The activity; its id may be left out. */
    input: explorationActivitySchema.unwrap().partial({ id: true }),
  }),
  z.strictObject({
    /** `setDecision`. */
    kind: z.literal('setDecision'),
    /** The decision, as `setDecision` takes it. */
    input: decisionInputSchema,
  }),
  z.strictObject({
    /** `clearDecision`. */
    kind: z.literal('clearDecision'),
  }),
  z.strictObject({
    /** `addBarrier`. */
    kind: z.literal('addBarrier'),
    /** The barrier, as `addBarrier` takes it. */
    input: barrierInputSchema,
  }),
  z.strictObject({
    /** `updateBarrier`. */
    kind: z.literal('updateBarrier'),
    /** The barrier's id. */
    id,
    /** The fields to change. */
    changes: changes<Barrier>(),
  }),
  z.strictObject({
    /** `removeBarrier`. */
    kind: z.literal('removeBarrier'),
    /** The barrier's id. */
    id,
  }),
  z.strictObject({
    /** `addResource`. */
    kind: z.literal('addResource'),
    /** The resource, as `addResource` takes it. */
    input: resourceInputSchema,
  }),
  z.strictObject({
    /** `updateResource`. */
    kind: z.literal('updateResource'),
    /** The resource's id. */
    id,
    /** The fields to change. */
    changes: changes<Resource>(),
  }),
  z.strictObject({
    /** `removeResource`. */
    kind: z.literal('removeResource'),
    /** The resource's id. */
    id,
  }),
  z.strictObject({
    /** `addMilestone`. */
    kind: z.literal('addMilestone'),
    /** The milestone, as `addMilestone` takes it. */
    input: milestoneInputSchema,
  }),
  z.strictObject({
    /** `updateMilestone`. */
    kind: z.literal('updateMilestone'),
    /** The milestone's id. */
    id,
    /** The fields to change. */
    changes: changes<Milestone>(),
  }),
  z.strictObject({
    /** `removeMilestone`. */
    kind: z.literal('removeMilestone'),
    /** The milestone's id. */
    id,
  }),
  z.strictObject({
    /** `addAlternative`. */
    kind: z.literal('addAlternative'),
    /** The alternative, as `addAlternative` takes it. */
    input: alternativeInputSchema,
  }),
  z.strictObject({
    /** `updateAlternative`. */
    kind: z.literal('updateAlternative'),
    /** The alternative's id. */
    id,
    /** The fields to change. */
    changes: changes<Alternative>(),
  }),
  z.strictObject({
    /** `removeAlternative`. */
    kind: z.literal('removeAlternative'),
    /** The alternative's id. */
    id,
  }),
  z.strictObject({
    /** `addNote`. */
    kind: z.literal('addNote'),
    /** The note, as `addNote` takes it. */
    input: noteInputSchema,
  }),
  z.strictObject({
    /** `updateNote`. */
    kind: z.literal('updateNote'),
    /** The note's id. */
    id,
    /** The fields to change (`text`, `about`). */
    changes: changes<Pick<Note, 'text' | 'about'>>(),
  }),
  z.strictObject({
    /** `removeNote`. */
    kind: z.literal('removeNote'),
    /** The note's id. */
    id,
  }),
  z.strictObject({
    /** `addEmployment`. */
    kind: z.literal('addEmployment'),
    /** The job, as `addEmployment` takes it. */
    input: employmentInputSchema,
  }),
  z.strictObject({
    /** `addEducation`. */
    kind: z.literal('addEducation'),
    /** The education entry, as `addEducation` takes it. */
    input: educationInputSchema,
  }),
  z.strictObject({
    /** `addLicense`. */
    kind: z.literal('addLicense'),
    /** The license, as `addLicense` takes it. */
    input: licenseInputSchema,
  }),
  z.strictObject({
    /** `addVolunteerWork`. */
    kind: z.literal('addVolunteerWork'),
    /** The volunteer work, as `addVolunteerWork` takes it. */
    input: volunteerWorkInputSchema,
  }),
  z.strictObject({
    /** `updateBackgroundEntry`. */
    kind: z.literal('updateBackgroundEntry'),
    /** The entry's id. */
    id,
    /** The fields to change. */
    changes: changes<Employment | Education | License | VolunteerWork>(),
  }),
  z.strictObject({
    /** `removeBackgroundEntry`. */
    kind: z.literal('removeBackgroundEntry'),
    /** The entry's id. */
    id,
  }),
  z.strictObject({
    /** `addSkill`. */
    kind: z.literal('addSkill'),
    /** The skill, as `addSkill` takes it. */
    input: skillInputSchema,
  }),
  z.strictObject({
    /** `updateSkill`. */
    kind: z.literal('updateSkill'),
    /** The skill's id. */
    id,
    /** The fields to change. */
    changes: changes<Omit<Skill, 'ratings'>>(),
  }),
  z.strictObject({
    /** `removeSkill`. */
    kind: z.literal('removeSkill'),
    /** The skill's id. */
    id,
  }),
  z.strictObject({
    /** `addReview`. */
    kind: z.literal('addReview'),
    /** The review, as `addReview` takes it. */
    input: reviewInputSchema,
  }),
  z.strictObject({
    /** `updateReview`. */
    kind: z.literal('updateReview'),
    /** The review's id. */
    id,
    /** The fields to change. */
    changes: changes<Omit<Review, 'by'>>(),
  }),
  z.strictObject({
    /** `removeReview`. */
    kind: z.literal('removeReview'),
    /** The review's id. */
    id,
  }),
  z.strictObject({
    /** `addEvidence`. */
    kind: z.literal('addEvidence'),
    /** The evidence, as `addEvidence` takes it. */
    input: evidenceInputSchema,
  }),
  z.strictObject({
    /** `updateEvidence`. */
    kind: z.literal('updateEvidence'),
    /** The evidence's id. */
    id,
    /** The fields to change. */
    changes: changes<Evidence>(),
  }),
  z.strictObject({
    /** `removeEvidence`. */
    kind: z.literal('removeEvidence'),
    /** The evidence's id. */
    id,
  }),
  z.strictObject({
    /** `updatePlan`. */
    kind: z.literal('updatePlan'),
    /** The fields to change (the title, the review cadence). */
    changes: z.strictObject({
      /** The plan's new title. */
      title: z.string().exactOptional(),
      /** The plan's review cadence; `null` removes it. */
      reviewCadence: reviewCadenceSchema.nullable().exactOptional(),
    }),
  }),
  z.strictObject({
    /** `transition`. */
    kind: z.literal('transition'),
    /** The stage to move to. */
    to: stageIdSchema,
  }),
  z.strictObject({
    /** `setStageData`. */
    kind: z.literal('setStageData'),
    /** The stage whose data it sets. */
    stage: stageIdSchema,
    /** The data, checked against the stage's schema when applied. */
    data: jsonValueSchema,
  }),
]);

/**
 * The type of {@link contentEditSchema}, named so that the declarations that use it refer to it
 * instead of spelling it out again.
 *
 * @example
 * ```ts
 * import { contentEditSchema, type ContentEditSchema } from 'career-plan';
 *
 * const schema: ContentEditSchema = contentEditSchema;
 * ```
 * @category Edits
 */
export interface ContentEditSchema extends ContentEdits {}
type ContentEdits = typeof contentEdits;

/**
 * An edit of the plan's content, as data: what the owner changes, and what an advisor may
 * suggest. `kind` is the name of the function that makes the edit and the other keys are its
 * parameters, so `{ kind: 'updateGoal', id: 'g1', changes: { priority: 'high' } }` is
 * `updateGoal(plan, 'g1', { priority: 'high' })`. See `editSchema` for every edit.
 *
 * @example
 * ```ts
 * import { contentEditSchema } from 'career-plan';
 *
 * contentEditSchema.parse({ kind: 'addStrategy', goalId: 'g1', input: { title: 'Book a practice exam' } });
 * ```
 * @category Edits
 */
export const contentEditSchema: ContentEditSchema = contentEdits;

/**
 * An edit of the plan's content. See {@link contentEditSchema}.
 *
 * @example
 * ```ts
 * import type { ContentEdit } from 'career-plan';
 *
 * const edit: ContentEdit = { kind: 'updateGoal', id: 'g1', changes: { priority: 'high' } };
 * ```
 * @category Edits
 */
export type ContentEdit = z.input<typeof contentEditSchema>;
