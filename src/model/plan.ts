import * as z from 'zod';
import { actorRefSchema } from './actor.js';
import { alternativeSchema } from './alternative.js';
import { assessmentSchema } from './assessment.js';
import { backgroundSchema } from './background.js';
import { barrierSchema } from './barrier.js';
import { careerOptionSchema } from './career-option.js';
import { decisionSchema } from './decision.js';
import { goalSchema } from './goal.js';
import { jsonValueSchema } from './json-value.js';
import { milestoneSchema } from './milestone.js';
import { noteSchema } from './note.js';
import { advisorSchema, commentSchema, privateNoteSchema, suggestionSchema } from './participants.js';
import { idSchema, timestampSchema, titleSchema } from './primitives.js';
import { resourceSchema } from './resource.js';
import { reviewCadenceSchema, reviewSchema } from './review.js';
import { signatureSchema } from './signature.js';
import { skillSchema } from './skill.js';
import { evidenceSchema } from './evidence.js';
import { stageIdSchema, stageVisitSchema, type StageVisit } from './stage-visit.js';

/**
 * How a plan names its process: by id and version, never by holding it, so that a plan stays
 * plain data.
 *
 * @example
 * ```ts
 * import { processRefSchema } from 'career-plan';
 *
 * processRefSchema.parse({ id: 'career', version: 1 });
 * ```
 * @category Stages
 */
export const processRefSchema = z
  .strictObject({
    /** The process's id. */
    id: stageIdSchema,
    /** The process's version, a positive whole number. */
    version: z.number().int().min(1),
  })
  .readonly();

/**
 * A reference to a process. See {@link processRefSchema}.
 *
 * @example
 * ```ts
 * import type { ProcessRef } from 'career-plan';
 *
 * const ref: ProcessRef = { id: 'career', version: 1 };
 * ```
 * @category Stages
 */
export type ProcessRef = z.output<typeof processRefSchema>;

const list = <T extends z.ZodType>(item: T) => z.array(item).max(10_000).readonly();

const planShape = z
  .strictObject({
    /** The plan's id. */
    id: idSchema,
    /** The plan's title, for example `Alex's career action plan`. */
    title: titleSchema,
    /** The person whose plan it is. Only they set its goals. */
    owner: actorRefSchema,
    /** When the plan was created. */
    createdAt: timestampSchema,
    /** The process the plan follows, by id and version. */
    process: processRefSchema,
    /** The stage the plan is in now. */
    stage: stageIdSchema,
    /** Every visit to a stage, oldest first; the last one is open. */
    journey: z.array(stageVisitSchema).min(1).max(100_000).readonly(),
    /** Data that custom stages keep, under the stage's id, validated by the stage's schema. */
    stageData: z.record(stageIdSchema, jsonValueSchema).readonly(),
    /** Employment, education, licenses and volunteer work. */
    background: backgroundSchema,
    /** Self assessments and their results. */
    assessments: list(assessmentSchema),
    /** Occupations being considered. */
    careerOptions: list(careerOptionSchema),
    /** The match: the chosen option, or `null` before one is chosen. */
    decision: decisionSchema.nullable(),
    /** Goals with their strategies, in the person's order. */
    goals: list(goalSchema),
    /** Barriers and how each will be overcome. */
    barriers: list(barrierSchema),
    /** People, organizations, courses, websites and funding that help. */
    resources: list(resourceSchema),
    /** Milestones on the timeline. */
    milestones: list(milestoneSchema),
    /** Back-up plans and their triggers. */
    alternatives: list(alternativeSchema),
    /** Notes and review comments. */
    notes: list(noteSchema),
    /** The advisors: counselors, mentors and others the owner invited. */
    advisors: list(advisorSchema),
    /** Advisors' suggested goals, strategies and changes, pending or decided. */
    suggestions: list(suggestionSchema),
    /** Comment threads on goals, strategies, options, the decision and the plan. */
    comments: list(commentSchema),
    /** The owner's private notes, left out of every other actor's view. */
    privateNotes: list(privateNoteSchema),
    /** The skills inventory: the person's and advisors' ratings, and what the chosen option needs. */
    skills: list(skillSchema),
    /** How often the plan is reviewed (absent: no cadence). */
    reviewCadence: reviewCadenceSchema.exactOptional(),
    /** Reviews of the plan, as recorded. */
    reviews: list(reviewSchema),
    /** Evidence of progress: certificates, transcripts, links, notes. */
    evidence: list(evidenceSchema),
    /** Signatures on the plan as it stood at a revision. */
    signatures: list(signatureSchema),
  })
  .readonly();
type PlanSchemaType = typeof planShape;

/**
 * The type of {@link planSchema}, named so that the declarations that use it refer to it instead
 * of spelling out the plan's fields again.
 *
 * @example
 * ```ts
 * import { planSchema, type PlanSchema } from 'career-plan';
 *
 * const schema: PlanSchema = planSchema;
 * ```
 * @category Plan
 */
export interface PlanSchema extends PlanSchemaType {}

/**
 * The stored shape of a career plan, as every document holds it. The {@link Plan} type adds
 * the typing of stage ids and stage data that a process brings.
 *
 * @example
 * ```ts
 * import { planSchema, createPlan } from 'career-plan';
 *
 * planSchema.safeParse(createPlan({ owner: { id: 'alex' } })).success; // true
 * ```
 * @category Schemas
 */
export const planSchema: PlanSchema = planShape;

/**
 * A plan's data as {@link planSchema} describes it, without the typing a process adds.
 *
 * @example
 * ```ts
 * import { createPlan, planSchema, type PlanData } from 'career-plan';
 *
 * const data: PlanData = planSchema.parse(JSON.parse(JSON.stringify(createPlan({ owner: { id: 'alex' } }))));
 * ```
 * @category Plan
 */
export type PlanData = z.output<typeof planSchema>;

/**
 * The stage data a plan may hold: stage id to the type of that stage's data.
 *
 * @example
 * ```ts
 * import type { StageDataMap } from 'career-plan';
 *
 * type NetworkingData = StageDataMap & { networking: { contacts: string[] } };
 * ```
 * @category Plan
 */
export type StageDataMap = Readonly<Record<string, unknown>>;

/**
 * A career plan: a deeply frozen, JSON-compatible value. `S` is the union of its process's
 * stage ids and `D` maps each stage that keeps data to that data's type, so that a misspelled
 * stage is a compile error and stage data is typed by its schema.
 *
 * Plans made by this library also carry their revision history and their process, out of
 * sight (in non-enumerable properties), so `JSON.stringify`, spreading and deep equality see
 * only the data. Use `serialize` to store a plan with its history.
 *
 * @example
 * ```ts
 * import { createPlan, type Plan, type CareerStageId } from 'career-plan';
 *
 * const plan: Plan<CareerStageId> = createPlan({ owner: { id: 'alex', name: 'Alex' } });
 * console.log(plan.stage); // 'self-assessment'
 * ```
 * @category Plan
 */
export interface Plan<S extends string = string, D extends StageDataMap = StageDataMap> extends Omit<
  PlanData,
  'stage' | 'journey' | 'stageData'
> {
  /** The stage the plan is in now. */
  readonly stage: S;
  /** Every visit to a stage, oldest first; the last one is open. */
  readonly journey: readonly StageVisit<S>[];
  /** Data that custom stages keep, under the stage's id, typed by the stage's schema. */
  readonly stageData: { readonly [K in keyof D]?: D[K] };
}

/**
 * The stage ids of a plan type.
 *
 * @example
 * ```ts
 * import type { Plan, StageOf } from 'career-plan';
 *
 * type S = StageOf<Plan<'a' | 'b'>>; // 'a' | 'b'
 * ```
 * @category Plan
 */
export type StageOf<P> = P extends Plan<infer S, StageDataMap> ? S : never;
