import type * as z from 'zod';
import { CareerPlanError, shown } from '../model/errors.js';
import type { Process, Stage } from '../model/process.js';
import { stageIdSchema } from '../model/stage-visit.js';
import { checkRule } from './define-stage.js';

/**
 * The stage data map of a list of stages: each stage that declares a data schema, by id, to the
 * type of its data.
 *
 * @example
 * ```ts
 * import type { DataOfStages, Stage } from 'career-plan';
 *
 * type D = DataOfStages<readonly [Stage<'a'>, Stage<'b', { n: number }>]>; // { b: { n: number } }
 * ```
 * @category Stages
 */
export type DataOfStages<T extends readonly Stage<string, unknown>[]> = {
  [
    St in T[number] as St extends Stage<infer Id, infer Data>
      ? [Data] extends [never]
        ? never
        : unknown extends Data
          ? never
          : Id
      : never
  ]: St extends Stage<string, infer Data> ? Data : never;
};

/**
 * What {@link defineProcess} takes.
 *
 * @example
 * ```ts
 * import { defineStage, type ProcessDefinition } from 'career-plan';
 *
 * const stages = [defineStage({ id: 'explore', title: 'Explore', description: '' })] as const;
 * const def: ProcessDefinition<typeof stages> = { id: 'mini', version: 1, stages };
 * ```
 * @category Stages
 */
export interface ProcessDefinition<T extends readonly Stage<string, unknown>[]> {
  /** The process's id: lower-case words joined by hyphens. */
  readonly id: string;
  /** Its version, a positive whole number. Change it when the stages change. */
  readonly version: number;
  /** Its title (default: the id). */
  readonly title?: string;
  /** Its stages, in order. */
  readonly stages: T;
  /** Whether a forward move may pass over stages, each still checked for readiness (default true). */
  readonly allowSkip?: boolean;
}

const invalid = (message: string, details: Record<string, unknown>): CareerPlanError =>
  new CareerPlanError('invalid-process', message, details);

/**
 * Defines a process: an ordered list of stages made with `defineStage`. Stage ids are inferred
 * as a union of string literals, so a plan of this process rejects a misspelled stage at compile
 * time, and the stages' data schemas type the plan's stage data.
 *
 * @param definition - the id, version, title, stages and whether skipping is allowed
 * @throws CareerPlanError `invalid-process` for no stages, duplicate stage ids, a rule naming a
 *   stage the process does not have, or a malformed id or version
 * @example
 * ```ts
 * import { defineProcess, defineStage } from 'career-plan';
 *
 * const cip = defineProcess({
 *   id: 'casve',
 *   version: 1,
 *   title: 'CASVE cycle',
 *   stages: [
 *     defineStage({ id: 'communication', title: 'Communication', description: 'Notice the gap' }),
 *     defineStage({ id: 'analysis', title: 'Analysis', description: 'Understand yourself and your options' }),
 *     defineStage({ id: 'synthesis', title: 'Synthesis', description: 'Widen, then narrow, the options' }),
 *     defineStage({ id: 'valuing', title: 'Valuing', description: 'Weigh and choose' }),
 *     defineStage({ id: 'execution', title: 'Execution', description: 'Act on the choice' }),
 *   ],
 * });
 * ```
 * @category Stages
 */
export function defineProcess<const T extends readonly Stage<string, unknown>[]>(
  definition: ProcessDefinition<T>,
): Process<T[number]['id'], DataOfStages<T>> {
  if (typeof definition !== 'object' || definition === null)
    throw invalid('A process definition must be an object', {});
  const { id, version, stages } = definition;
  if (!stageIdSchema.safeParse(id).success)
    throw invalid(`The process id "${shown(id)}" must be lower-case words joined by hyphens`, { process: shown(id) });
  if (!Number.isInteger(version) || version < 1)
    throw invalid(`The version of process "${id}" must be a positive whole number`, { process: id, version });
  if (!Array.isArray(stages) || stages.length === 0)
    throw invalid(`The process "${id}" needs at least one stage`, { process: id });
  if (definition.title !== undefined && (typeof definition.title !== 'string' || definition.title.trim() === '')) {
    throw invalid(`The title of process "${id}" must be a non-empty string`, { process: id });
  }
  if (definition.allowSkip !== undefined && typeof definition.allowSkip !== 'boolean')
    throw invalid(`allowSkip of process "${id}" must be true or false`, { process: id });
  const ids = new Set<string>();
  for (const stage of stages as readonly Stage[]) {
    if (
      typeof stage !== 'object' ||
      stage === null ||
      !stageIdSchema.safeParse(stage.id).success ||
      !Array.isArray(stage.rules) ||
      typeof stage.title !== 'string'
    ) {
      throw invalid(`The process "${id}" holds a stage that was not made by defineStage`, { process: id, stage });
    }
    if (ids.has(stage.id))
      throw invalid(`The process "${id}" has the stage "${stage.id}" twice`, { process: id, stage: stage.id });
    ids.add(stage.id);
  }
  const dataSchemas: Record<string, z.ZodType> = {};
  for (const stage of stages as readonly Stage[]) {
    for (const rule of stage.rules) {
      checkRule(rule, `Stage "${stage.id}"`);
      for (const named of rule.stages ?? []) {
        if (!ids.has(named)) {
          throw invalid(
            `The rule "${rule.code}" of stage "${stage.id}" names the stage "${named}", which the process "${id}" ` +
              `does not have`,
            {
              process: id,
              stage: stage.id,
              rule: rule.code,
              unknownStage: named,
            },
          );
        }
      }
    }
    if (stage.data !== undefined) dataSchemas[stage.id] = stage.data;
  }
  return Object.freeze({
    id,
    version,
    title: definition.title ?? id,
    stages: Object.freeze([...stages]) as unknown as readonly Stage<T[number]['id']>[],
    allowSkip: definition.allowSkip ?? true,
    dataSchemas: Object.freeze(dataSchemas) as Process<T[number]['id'], DataOfStages<T>>['dataSchemas'],
  });
}
