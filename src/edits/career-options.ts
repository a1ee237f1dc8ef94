import {
  careerOptionInputSchema,
  careerOptionSchema,
  explorationActivitySchema,
  type CareerOption,
  type CareerOptionInput,
} from '../model/career-option.js';
import type { EditOf } from '../model/edit.js';
import { CareerPlanError } from '../model/errors.js';
import type { Env } from '../model/env.js';
import type { JsonValue } from '../model/json.js';
import type { Plan } from '../model/plan.js';
import { idSchema } from '../model/primitives.js';
import { parseOrThrow } from '../model/validate.js';
import type { EditOptions } from '../history/edit-options.js';
import { addEditor, removeEditor, updateEditor, type Collection } from './collection.js';
import { run, type Editor } from './run.js';
import { dropUndefined, ensureNewIds, indexById, notFound } from './shared.js';

/** Gives activities without an id one from the environment. */
function withActivityIds(activities: unknown, env: Env): unknown {
  if (!Array.isArray(activities)) return activities;
  return activities.map((activity: unknown) =>
    typeof activity === 'object' && activity !== null && (activity as { id?: unknown }).id === undefined
      ? { ...activity, id: env.newId() }
      : activity,
  );
}

const careerOptions: Collection<CareerOption> = {
  kind: 'careerOption',
  schema: careerOptionSchema,
  input: careerOptionInputSchema,
  build: (input, { env }) => ({ ...input, activities: withActivityIds(input.activities, env) }),
  resolve: (input, option) => ({
    ...input,
    id: option.id,
    ...(input.activities === undefined ? {} : { activities: option.activities }),
  }),
  prepareChanges: (changes, { env }) =>
    changes.activities === undefined ? changes : { ...changes, activities: withActivityIds(changes.activities, env) },
  nestedIds: (option) => option.activities.map((activity) => activity.id),
  guardRemove: (plan, id) => {
    const decision = plan.decision;
    if (
      decision !== null &&
      [decision.chosenOptionId, decision.shortTermOptionId, decision.longTermOptionId].includes(id)
    ) {
      throw new CareerPlanError(
        'invalid-reference',
        'This career option is named by the decision: change or clear the decision first',
        { kind: 'career option', id },
      );
    }
  },
};

/**
 * The `addExplorationActivity` edit: the activity joins its option's list, and an option still `identified` moves to
 * `researching`.
 */
const addActivity: Editor<EditOf<'addExplorationActivity'>> = {
  action: 'activity.add',
  prepare: (plan, edit, { env }) => {
    const { optionId, input } = edit;
    const index = indexById(plan.careerOptions, optionId);
    if (index < 0) notFound('career option', optionId);
    const raw = (typeof input === 'object' && input !== null ? dropUndefined(input) : {}) as Record<string, unknown>;
    const id = raw.id === undefined ? env.newId() : parseOrThrow(idSchema, raw.id, 'activity id');
    const activity = parseOrThrow(explorationActivitySchema, { ...raw, id }, 'exploration activity');
    ensureNewIds(plan, [activity.id]);
    const option = plan.careerOptions[index] as CareerOption;
    return {
      info: {
        action: 'activity.add',
        subject: {
          kind: 'activity',
          id: activity.id,
          label: `${activity.kind.replaceAll('-', ' ')} for ${option.title}`,
        },
        edit: { kind: 'addExplorationActivity', optionId: option.id, input: activity },
      },
      ops: [
        {
          op: 'add',
          kind: 'activity',
          parent: option.id,
          index: option.activities.length,
          value: activity as unknown as Record<string, JsonValue>,
        },
        ...(option.status === 'identified'
          ? [
              {
                op: 'set' as const,
                kind: 'careerOption' as const,
                id: option.id,
                set: { status: 'researching' },
                old: { status: 'identified' },
              },
            ]
          : []),
      ],
    };
  },
};

/** The editors of the career option edits. */
export const careerOptionEditors = {
  addCareerOption: /* @__PURE__ */ addEditor(careerOptions, 'addCareerOption'),
  updateCareerOption: /* @__PURE__ */ updateEditor(careerOptions, 'updateCareerOption'),
  removeCareerOption: /* @__PURE__ */ removeEditor(careerOptions, 'removeCareerOption'),
  addExplorationActivity: addActivity,
};

/**
 * Adds a career option: an occupation to consider, with its O\*NET-SOC code, origin, research
 * notes and exploration activities. Its status starts as `identified` unless given.
 *
 * @param plan - the plan
 * @param input - the option; its id (and its activities' ids) may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input` (for example a malformed SOC code), `duplicate-id`,
 *   `invalid-reference` (an origin naming an unknown assessment)
 * @example
 * ```ts
 * import { addCareerOption, createPlan } from 'career-plan';
 *
 * const plan = addCareerOption(createPlan({ owner: { id: 'alex' } }), {
 *   title: 'Computer User Support Specialist', socCode: '15-1232.00', origin: { kind: 'self' },
 * });
 * ```
 * @category Edits
 */
export function addCareerOption<P extends Plan>(plan: P, input: CareerOptionInput, options: EditOptions = {}): P {
  return run(plan, careerOptionEditors.addCareerOption, { kind: 'addCareerOption', input }, options);
}

/**
 * Changes a career option: its status, research notes, exploration activities, fit and the
 * rest. New activities in `changes.activities` may leave out their ids.
 *
 * @param plan - the plan
 * @param id - the option's id
 * @param changes - the fields to change; `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`, `invalid-reference`, `duplicate-id`
 * @example
 * ```ts
 * import { addCareerOption, createPlan, updateCareerOption } from 'career-plan';
 *
 * let plan = addCareerOption(createPlan({ owner: { id: 'alex' } }), { id: 'o1', title: 'Network Technician' });
 * plan = updateCareerOption(plan, 'o1', { status: 'researching', research: { outlook: 'Steady demand' }, fit: 4 });
 * ```
 * @category Edits
 */
export function updateCareerOption<P extends Plan>(
  plan: P,
  id: string,
  changes: EditOf<'updateCareerOption'>['changes'],
  options: EditOptions = {},
): P {
  return run(plan, careerOptionEditors.updateCareerOption, { kind: 'updateCareerOption', id, changes }, options);
}

/**
 * Removes a career option. Refused (`invalid-reference`) while the decision names it; links
 * from alternatives are removed.
 *
 * @param plan - the plan
 * @param id - the option's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-reference`
 * @example
 * ```ts
 * import { addCareerOption, createPlan, removeCareerOption } from 'career-plan';
 *
 * let plan = addCareerOption(createPlan({ owner: { id: 'alex' } }), { id: 'o1', title: 'Network Technician' });
 * plan = removeCareerOption(plan, 'o1');
 * ```
 * @category Edits
 */
export function removeCareerOption<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, careerOptionEditors.removeCareerOption, { kind: 'removeCareerOption', id }, options);
}

/**
 * Adds an exploration activity (an informational interview, job shadowing, ...) to a career
 * option; an option still `identified` moves to `researching`.
 *
 * @param plan - the plan
 * @param optionId - the option's id
 * @param input - the activity; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`, `duplicate-id`
 * @example
 * ```ts
 * import { addCareerOption, addExplorationActivity, createPlan } from 'career-plan';
 *
 * let plan = addCareerOption(createPlan({ owner: { id: 'alex' } }), { id: 'o1', title: 'Network Technician' });
 * plan = addExplorationActivity(plan, 'o1', { kind: 'informational-interview', date: '2026-02-03', contact: 'Sam' });
 * console.log(plan.careerOptions[0]?.status); // 'researching'
 * ```
 * @category Edits
 */
export function addExplorationActivity<P extends Plan>(
  plan: P,
  optionId: string,
  input: EditOf<'addExplorationActivity'>['input'],
  options: EditOptions = {},
): P {
  return run(
    plan,
    careerOptionEditors.addExplorationActivity,
    { kind: 'addExplorationActivity', optionId, input },
    options,
  );
}
