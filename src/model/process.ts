import type * as z from 'zod';
import { hiddenOf } from './hidden.js';
import type { Plan, StageDataMap } from './plan.js';

export type { TransitionReason } from './transition-reason.js';

/**
 * A readiness rule: a condition a plan must meet before it may enter a stage, with a stable
 * code and a sentence that tells the person what to do.
 *
 * @example
 * ```ts
 * import type { ReadinessRule } from 'career-plan';
 *
 * const needsGoal: ReadinessRule = {
 *   code: 'needs-goal',
 *   message: 'Add at least one goal first',
 *   check: (plan) => plan.goals.length > 0,
 * };
 * ```
 * @category Stages
 */
export interface ReadinessRule {
  /** A stable code, such as `needs-assessment`. */
  readonly code: string;
  /** What the person should do, such as `Record at least one assessment before exploring careers`. */
  readonly message: string;
  /** Whether the plan meets the rule. Must be pure: it gets a frozen plan. */
  readonly check: (plan: Plan) => boolean;
  /** Stage ids the rule refers to; a process checks that they exist when it is defined. */
  readonly stages?: readonly string[];
  /** The message in other languages, by BCP 47 tag (`{ es: 'Anota al menos un contacto' }`). */
  readonly messages?: Readonly<Record<string, string>>;
}

/**
 * A stage of a process, as `defineStage` makes it. `Id` is its id as a string literal and
 * `Data` the type of the data it keeps (`never` when it keeps none).
 *
 * @example
 * ```ts
 * import { defineStage, type Stage } from 'career-plan';
 *
 * const review: Stage<'review'> = defineStage({ id: 'review', title: 'Review', description: 'Look back' });
 * ```
 * @category Stages
 */
export interface Stage<Id extends string = string, Data = unknown> {
  /** The stage's id. */
  readonly id: Id;
  /** Its title, for example `Career exploration`. */
  readonly title: string;
  /** What the person does in it. */
  readonly description: string;
  /** What must hold before the plan may enter it. */
  readonly rules: readonly ReadinessRule[];
  /** The schema of the data it keeps, if it keeps any. */
  readonly data?: z.ZodType<Data> | undefined;
  /** Its title and description in other languages, by BCP 47 tag. */
  readonly translations?: Readonly<Record<string, StageText>>;
}

/**
 * A stage's title and description in one language.
 *
 * @example
 * ```ts
 * import type { StageText } from 'career-plan';
 *
 * const text: StageText = { title: 'Contactos', description: 'Conoce a personas del campo' };
 * ```
 * @category Stages
 */
export interface StageText {
  /** The title. */
  readonly title: string;
  /** The description (the stage's own when absent). */
  readonly description?: string;
}

/**
 * A process: an ordered list of stages with an id and a version, as `defineProcess` makes it.
 * `S` is the union of its stage ids, `D` the data its stages keep.
 *
 * @example
 * ```ts
 * import { careerProcess, type Process } from 'career-plan';
 *
 * const p: Process = careerProcess;
 * console.log(p.stages.map((s) => s.id));
 * ```
 * @category Stages
 */
export interface Process<S extends string = string, D extends StageDataMap = StageDataMap> {
  /** The process's id, for example `career`. */
  readonly id: string;
  /** Its version; change it when its stages change, so stored plans know which they follow. */
  readonly version: number;
  /** Its title. */
  readonly title: string;
  /** Its stages, in order. */
  readonly stages: readonly Stage<S>[];
  /** Whether a forward move may pass over stages (each passed stage must still be ready). */
  readonly allowSkip: boolean;
  /** The data schemas of the stages that keep data, by stage id. */
  readonly dataSchemas: { readonly [K in keyof D]: z.ZodType<D[K]> };
}

/**
 * The process a plan made by this library follows, or `undefined` for any other value.
 *
 * @example
 * ```ts
 * import { createPlan, processOf } from 'career-plan';
 *
 * console.log(processOf(createPlan({ owner: { id: 'alex' } }))?.id); // 'career'
 * ```
 * @category Stages
 */
export function processOf<S extends string, D extends StageDataMap>(plan: Plan<S, D>): Process<S, D> | undefined {
  return hiddenOf(plan)?.process as Process<S, D> | undefined;
}

/**
 * The type of a plan that follows process `P`: its stage ids and stage data as the process
 * defines them. `PlanOf<typeof careerProcess>` is what `createPlan` returns by default.
 *
 * @example
 * ```ts
 * import { careerProcess, deserialize, serialize, createPlan, type PlanOf } from 'career-plan';
 *
 * const plan: PlanOf<typeof careerProcess> = deserialize(serialize(createPlan({ owner: { id: 'alex' } })),
 *   { process: careerProcess });
 * console.log(plan.stage); // 'self-assessment'
 * ```
 * @category Plan
 */
export type PlanOf<P> = P extends Process<infer S, infer D> ? Plan<S, D> : never;
