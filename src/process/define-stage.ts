import type * as z from 'zod';
import { CareerPlanError, shown } from '../model/errors.js';
import type { ReadinessRule, Stage, StageText } from '../model/process.js';
import { stageIdSchema } from '../model/stage-visit.js';
import { LANGUAGE_TAG } from '../text/catalog.js';

/**
 * What {@link defineStage} takes.
 *
 * @example
 * ```ts
 * import type { StageDefinition } from 'career-plan';
 *
 * const def: StageDefinition<'networking', never> = { id: 'networking', title: 'Networking',
 *   description: 'Meet people in the field' };
 * ```
 * @category Stages
 */
export interface StageDefinition<Id extends string, Data> {
  /** The stage's id: lower-case words joined by hyphens. */
  readonly id: Id;
  /** Its title. */
  readonly title: string;
  /** What the person does in it. */
  readonly description: string;
  /** What must hold before a plan may enter it (default none). */
  readonly rules?: readonly ReadinessRule[];
  /** The zod schema of the data the stage keeps, if any. It must describe plain JSON data. */
  readonly data?: z.ZodType<Data>;
  /** Its title and description in other languages, by BCP 47 tag (`{ es: { title: 'Contactos' } }`). */
  readonly translations?: Readonly<Record<string, StageText>>;
}

const invalid = (message: string, details: Record<string, unknown>): CareerPlanError =>
  new CareerPlanError('invalid-process', message, details);

/** Checks one readiness rule's shape. */
export function checkRule(rule: unknown, where: string): void {
  const r = rule as Partial<ReadinessRule> | null;
  if (
    typeof r !== 'object' ||
    r === null ||
    typeof r.code !== 'string' ||
    r.code === '' ||
    typeof r.message !== 'string' ||
    typeof r.check !== 'function'
  ) {
    throw invalid(`${where}: a readiness rule needs a code, a message and a check function`, { rule });
  }
  if (r.stages !== undefined && (!Array.isArray(r.stages) || r.stages.some((s) => typeof s !== 'string'))) {
    throw invalid(`${where}: a rule's stages must be a list of stage ids`, { rule: r.code });
  }
  if (!texts(r.messages, (text) => typeof text === 'string'))
    throw invalid(`${where}: a rule's messages are texts by language tag`, { rule: r.code });
}

/** Whether `value` is absent, or a plain object of language tags to values `ok` accepts. */
function texts(value: unknown, ok: (text: unknown) => boolean): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([tag, text]) => LANGUAGE_TAG.test(tag) && ok(text));
}

/**
 * Defines a stage for a custom process. The id is inferred as a string literal, and the type
 * of the data the stage keeps follows its `data` schema.
 *
 * @param definition - the stage's id, title, description, readiness rules and data schema
 * @throws CareerPlanError `invalid-process` for an id that is not lower-case words joined by
 *   hyphens, an empty title, a malformed rule or a data value that is not a zod schema
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { defineStage } from 'career-plan';
 *
 * const networking = defineStage({
 *   id: 'networking',
 *   title: 'Networking',
 *   description: 'Talk to people who do the work you want',
 *   data: z.object({ contacts: z.array(z.string()) }),
 *   rules: [{ code: 'needs-goal', message: 'Set a goal first', check: (plan) => plan.goals.length > 0 }],
 * });
 * ```
 * @category Stages
 */
export function defineStage<const Id extends string, Data = never>(
  definition: StageDefinition<Id, Data>,
): Stage<Id, Data> {
  if (typeof definition !== 'object' || definition === null) throw invalid('A stage definition must be an object', {});
  if (!stageIdSchema.safeParse(definition.id).success) {
    throw invalid(
      `The stage id "${shown(definition.id)}" must be lower-case words joined by hyphens, such as "networking"`,
      { stage: shown(definition.id) },
    );
  }
  if (typeof definition.title !== 'string' || definition.title.trim() === '') {
    throw invalid(`The stage "${definition.id}" needs a title`, { stage: definition.id });
  }
  if (typeof definition.description !== 'string')
    throw invalid(`The stage "${definition.id}" needs a description`, { stage: definition.id });
  const rules = definition.rules ?? [];
  if (!Array.isArray(rules))
    throw invalid(`The rules of stage "${definition.id}" must be a list`, { stage: definition.id });
  rules.forEach((rule) => checkRule(rule, `Stage "${definition.id}"`));
  const data = definition.data;
  if (
    data !== undefined &&
    (typeof data !== 'object' || data === null || typeof (data as { safeParse?: unknown }).safeParse !== 'function')
  ) {
    throw invalid(`The data of stage "${definition.id}" must be a zod schema`, { stage: definition.id });
  }
  const translations = definition.translations;
  if (
    !texts(
      translations,
      (text) =>
        typeof text === 'object' &&
        text !== null &&
        typeof (text as StageText).title === 'string' &&
        ((text as StageText).description === undefined || typeof (text as StageText).description === 'string'),
    )
  )
    throw invalid(`The translations of stage "${definition.id}" are a title and description by language tag`, {
      stage: definition.id,
    });
  return Object.freeze({
    id: definition.id,
    title: definition.title,
    description: definition.description,
    rules: Object.freeze([...rules]),
    ...(data === undefined ? {} : { data }),
    ...(translations === undefined ? {} : { translations: Object.freeze({ ...translations }) }),
  });
}
