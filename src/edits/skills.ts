import type { Changes } from '../model/content-edit.js';
import type { EditOf } from '../model/edit.js';
import { CareerPlanError } from '../model/errors.js';
import type { JsonValue } from '../model/json.js';
import type { Plan } from '../model/plan.js';
import {
  skillInputSchema,
  skillRatingInputSchema,
  skillSchema,
  type Skill,
  type SkillInput,
  type SkillRatingInput,
} from '../model/skill.js';
import { parseOrThrow } from '../model/validate.js';
import type { EditOptions } from '../history/edit-options.js';
import { addEditor, removeEditor, updateEditor, type Collection } from './collection.js';
import { run, type Editor } from './run.js';
import { dropUndefined, ensureNewIds, indexById, notFound } from './shared.js';

const skills: Collection<Skill> = {
  kind: 'skill',
  schema: skillSchema,
  input: skillInputSchema,
  fixed: ['ratings'],
  build: (input) => ({ ...input, ratings: [] }),
};

/** The `rateSkill` edit: the owner's rating is the skill's `selfRating`; an advisor's joins its `ratings`. */
const rateSkillEditor: Editor<EditOf<'rateSkill'>> = {
  action: 'skill.rate',
  prepare: (plan, { id, input }, { env, actor }) => {
    const index = indexById(plan.skills, id);
    if (index < 0) notFound('skill', id);
    const skill = plan.skills[index] as Skill;
    const parsed = parseOrThrow(skillRatingInputSchema, dropUndefined(input), 'skill rating');
    const subject = { kind: 'skill', id: skill.id, label: skill.name };
    if (actor.id === plan.owner.id) {
      if (parsed.id !== undefined || parsed.note !== undefined)
        throw new CareerPlanError(
          'invalid-input',
          "The owner's rating is the skill's selfRating: it takes no id or note (an advisor's rating does)",
          { field: parsed.id === undefined ? 'note' : 'id' },
        );
      if (skill.selfRating === parsed.rating) return null;
      return {
        info: { action: 'skill.rate', subject, edit: { kind: 'rateSkill', id: skill.id, input: parsed } },
        ops: [
          {
            op: 'set',
            kind: 'skill',
            id: skill.id,
            set: { selfRating: parsed.rating },
            old: skill.selfRating === undefined ? {} : { selfRating: skill.selfRating },
          },
        ],
      };
    }
    const ratingId = parsed.id ?? env.newId();
    ensureNewIds(plan, [ratingId]);
    const at = env.now();
    const rating = { ...parsed, id: ratingId, by: actor, at };
    return {
      info: {
        action: 'skill.rate',
        subject,
        at,
        edit: { kind: 'rateSkill', id: skill.id, input: { ...parsed, id: ratingId } },
      },
      ops: [
        {
          op: 'add',
          kind: 'skillRating',
          parent: skill.id,
          index: skill.ratings.length,
          value: rating as unknown as Record<string, JsonValue>,
        },
      ],
    };
  },
};

/** The editors of the skills edits. */
export const skillEditors = {
  addSkill: /* @__PURE__ */ addEditor(skills, 'addSkill'),
  updateSkill: /* @__PURE__ */ updateEditor(skills, 'updateSkill'),
  removeSkill: /* @__PURE__ */ removeEditor(skills, 'removeSkill'),
};

/** The editor of `rateSkill`, a participant's edit (not one an advisor suggests). */
export const rateSkillEditors = { rateSkill: rateSkillEditor };

/**
 * Adds a skill to the person's inventory, with their own rating (1 to 5) and how much the chosen
 * occupation needs it (`importance`, 1 to 5), as myIDP's skills assessment does.
 *
 * @param plan - the plan
 * @param input - the skill; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`, `invalid-reference` (an unknown career option)
 * @example
 * ```ts
 * import { addSkill, createPlan } from 'career-plan';
 *
 * const plan = addSkill(createPlan({ owner: { id: 'alex' } }), { name: 'Troubleshooting', selfRating: 2,
 *   importance: 5 });
 * console.log(plan.skills[0]?.ratings); // []
 * ```
 * @category Edits
 */
export function addSkill<P extends Plan>(plan: P, input: SkillInput, options: EditOptions = {}): P {
  return run(plan, skillEditors.addSkill, { kind: 'addSkill', input }, options);
}

/**
 * Changes a skill: its name, description, the person's rating, its importance. Advisors'
 * ratings are changed only by rating again (`rateSkill`).
 *
 * @param plan - the plan
 * @param id - the skill's id
 * @param changes - the fields to change; `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input` (also for `ratings`), `invalid-reference`
 * @example
 * ```ts
 * import { addSkill, createPlan, updateSkill } from 'career-plan';
 *
 * let plan = addSkill(createPlan({ owner: { id: 'alex' } }), { id: 'k1', name: 'Troubleshooting' });
 * plan = updateSkill(plan, 'k1', { importance: 5 });
 * ```
 * @category Edits
 */
export function updateSkill<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Omit<Skill, 'ratings'>>,
  options: EditOptions = {},
): P {
  return run(plan, skillEditors.updateSkill, { kind: 'updateSkill', id, changes }, options);
}

/**
 * Removes a skill with its ratings; goals that named it (`skillIds`) no longer do.
 *
 * @param plan - the plan
 * @param id - the skill's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addSkill, createPlan, removeSkill } from 'career-plan';
 *
 * let plan = addSkill(createPlan({ owner: { id: 'alex' } }), { id: 'k1', name: 'Troubleshooting' });
 * plan = removeSkill(plan, 'k1');
 * ```
 * @category Edits
 */
export function removeSkill<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, skillEditors.removeSkill, { kind: 'removeSkill', id }, options);
}

/**
 * Rates a skill, 1 to 5. The owner's rating becomes the skill's `selfRating`; an advisor's (the
 * default policy lets advisors rate, as myIDP's mentors do) joins the skill's `ratings` with who
 * and when, and a later one by the same advisor supersedes theirs in the views.
 *
 * @param plan - the plan
 * @param id - the skill's id
 * @param input - the rating, and for an advisor what it rests on
 * @param options - who rates (`by`), why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`, `forbidden`
 * @example
 * ```ts
 * import { addAdvisor, addSkill, createPlan, rateSkill } from 'career-plan';
 *
 * let plan = addSkill(createPlan({ owner: { id: 'alex' } }), { id: 'k1', name: 'Troubleshooting' });
 * plan = addAdvisor(plan, { id: 'dana', role: 'counselor' });
 * plan = rateSkill(plan, 'k1', { rating: 2 });
 * plan = rateSkill(plan, 'k1', { rating: 3, note: 'Solid at the help desk' }, { by: 'dana' });
 * console.log(plan.skills[0]?.selfRating, plan.skills[0]?.ratings[0]?.rating); // 2 3
 * ```
 * @category Edits
 */
export function rateSkill<P extends Plan>(plan: P, id: string, input: SkillRatingInput, options: EditOptions = {}): P {
  return run(plan, rateSkillEditor, { kind: 'rateSkill', id, input }, options);
}
