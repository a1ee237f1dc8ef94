import type { ContentEdit } from '../model/content-edit.js';
import type { EditOf } from '../model/edit.js';
import { CareerPlanError } from '../model/errors.js';
import type { JsonValue } from '../model/json.js';
import { suggestionInputSchema, type SuggestionInput } from '../model/participants.js';
import type { Plan } from '../model/plan.js';
import { textSchema } from '../model/primitives.js';
import { parseOrThrow } from '../model/validate.js';
import { authorize } from '../history/authorize.js';
import type { EditOptions } from '../history/edit-options.js';
import { proposalOf } from '../history/claims.js';
import { contentEditorOf } from './content-editors.js';
import { run, type EditContext, type Editor } from './run.js';
import { dropUndefined, ensureNewIds, indexById, notFound } from './shared.js';

function pendingSuggestion(plan: Plan, id: string) {
  const index = indexById(plan.suggestions, id);
  if (index < 0) notFound('suggestion', id);
  const suggestion = plan.suggestions[index] as Plan['suggestions'][number];
  if (suggestion.status !== 'pending') {
    throw new CareerPlanError('invalid-input', `The suggestion "${id}" was already ${suggestion.status}`, {
      id,
      status: suggestion.status,
    });
  }
  return { index, suggestion };
}

/** The step that decides a pending suggestion. */
const decided = (id: string, fields: Record<string, JsonValue>) =>
  ({ op: 'set', kind: 'suggestion', id, set: fields, old: { status: 'pending' } }) as const;

/** The editors of the suggestion edits. */
export const suggestionEditors: {
  readonly addSuggestion: Editor<EditOf<'addSuggestion'>>;
  readonly acceptSuggestion: Editor<EditOf<'acceptSuggestion'>>;
  readonly declineSuggestion: Editor<EditOf<'declineSuggestion'>>;
  readonly withdrawSuggestion: Editor<EditOf<'withdrawSuggestion'>>;
} = {
  addSuggestion: {
    action: 'suggestion.add',
    prepare: (plan, { input }, context) => {
      const fields = parseOrThrow(suggestionInputSchema, dropUndefined(input), 'suggestion');
      const id = fields.id ?? context.env.newId();
      ensureNewIds(plan, [id]);
      const at = context.env.now();
      // The edit must fit the plan as it is now, with the same checks as making it; the ids it
      // needs are made now, so the suggestion proposes exactly the entity that accepting it adds.
      const editor = contentEditorOf(fields.edit.kind) as Editor;
      const once: EditContext = { ...context, env: { ...context.env, now: () => at } };
      const proposed = (editor.prepare(plan, fields.edit, once)?.info.edit ?? fields.edit) as ContentEdit;
      const suggestion = {
        id,
        by: context.actor,
        at,
        edit: proposed,
        ...(fields.note === undefined ? {} : { note: fields.note }),
        status: 'pending' as const,
      };
      return {
        info: {
          action: 'suggestion.add',
          subject: { id, ...proposalOf(plan, proposed) },
          at,
          edit: { kind: 'addSuggestion', input: { ...fields, id, edit: proposed } },
        },
        ops: [
          {
            op: 'add',
            kind: 'suggestion',
            index: plan.suggestions.length,
            value: suggestion as unknown as Record<string, JsonValue>,
          },
        ],
      };
    },
  },
  acceptSuggestion: {
    action: 'suggestion.accept',
    prepare: (plan, { id }, context) => {
      const { suggestion } = pendingSuggestion(plan, id);
      const edit = suggestion.edit;
      const editor = contentEditorOf(edit.kind) as Editor;
      const action = typeof editor.action === 'function' ? editor.action(plan, edit) : editor.action;
      authorize(plan, context.actor, action);
      const decidedAt = context.env.now();
      const accepted = decided(suggestion.id, { status: 'accepted', decidedAt });
      const credit = {
        credit: suggestion.by,
        suggestion: suggestion.id,
        edit: { kind: 'acceptSuggestion', id: suggestion.id } as const,
        at: decidedAt,
      };
      // One reading of the clock for the whole revision: the suggested edit sees the same instant.
      const change = editor.prepare(plan, edit, { ...context, env: { ...context.env, now: () => decidedAt } });
      if (change === null) {
        // The suggested change was already made: accepting it changes only the suggestion.
        return {
          info: {
            action: 'suggestion.accept',
            subject: { id, ...proposalOf(plan, edit) },
            ...credit,
          },
          ops: [accepted],
        };
      }
      return { info: { ...change.info, ...credit }, ops: [...change.ops, accepted] };
    },
  },
  declineSuggestion: {
    action: 'suggestion.decline',
    prepare: (plan, { id, reason: given }, { env }) => {
      const { suggestion } = pendingSuggestion(plan, id);
      const reason = parseOrThrow(textSchema.min(1), given, 'reason for declining');
      const decidedAt = env.now();
      return {
        info: {
          action: 'suggestion.decline',
          subject: { id, ...proposalOf(plan, suggestion.edit) },
          at: decidedAt,
          reason,
          edit: { kind: 'declineSuggestion', id, reason },
        },
        ops: [decided(id, { status: 'declined', decidedAt, reason })],
      };
    },
  },
  withdrawSuggestion: {
    action: 'suggestion.withdraw',
    prepare: (plan, { id }, { env, actor }) => {
      const { suggestion } = pendingSuggestion(plan, id);
      if (actor.id !== suggestion.by.id) {
        throw new CareerPlanError(
          'forbidden',
          'Only the advisor who made a suggestion may withdraw it; the owner declines it instead',
          { actor: actor.id, id },
        );
      }
      const decidedAt = env.now();
      return {
        info: {
          action: 'suggestion.withdraw',
          subject: { id, ...proposalOf(plan, suggestion.edit) },
          at: decidedAt,
          edit: { kind: 'withdrawSuggestion', id },
        },
        ops: [decided(id, { status: 'withdrawn', decidedAt })],
      };
    },
  },
};

/**
 * Records a suggestion: an advisor's proposed edit of the plan's content (any edit the owner
 * could make: a goal, a strategy, a change to a barrier, a stage move, ...), kept as `pending`
 * until the owner accepts or declines it. The proposed edit is checked against the plan now,
 * with the same checks as making it, and kept as it would be recorded: the ids a new entity
 * needs are made now, so accepting it adds exactly the entity that was proposed.
 *
 * @param plan - the plan
 * @param input - `edit`: the proposed edit; `note`: why, in the advisor's words; `id` (default: a new id)
 * @param options - who (the advisor), and the environment
 * @throws CareerPlanError `forbidden`, `invalid-input`, or the edit's own error (`not-found` for a goal
 *   the plan lacks, say)
 * @example
 * ```ts
 * import { addAdvisor, addGoal, addSuggestion, createPlan } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = addAdvisor(plan, { id: 'dana', role: 'counselor' });
 * plan = addSuggestion(plan, { edit: { kind: 'addStrategy', goalId: 'g1', input: { title: 'Book a practice exam' } },
 *   note: 'Practice exams cut failure rates' }, { by: 'dana' });
 * console.log(plan.suggestions[0]?.status); // 'pending'
 * ```
 * @category Participants
 */
export function addSuggestion<P extends Plan>(plan: P, input: SuggestionInput, options: EditOptions = {}): P {
  return run(plan, suggestionEditors.addSuggestion, { kind: 'addSuggestion', input }, options);
}

/**
 * The former name of {@link addSuggestion}, which makes the same edit.
 *
 * @deprecated Use `addSuggestion` (named after the action it records, `suggestion.add`);
 *   `suggest` stays for 0.2 and goes in 0.3.
 * @param plan - the plan
 * @param input - the suggestion
 * @param options - who (the advisor), and the environment
 * @example
 * ```ts
 * import { addAdvisor, createPlan, suggest } from 'career-plan';
 *
 * let plan = addAdvisor(createPlan({ owner: { id: 'alex' } }), { id: 'dana', role: 'counselor' });
 * plan = suggest(plan, { edit: { kind: 'addGoal', input: { title: 'Learn Linux', kind: 'skill', horizon: 'short' } } },
 *   { by: 'dana' });
 * ```
 * @category Participants
 */
export function suggest<P extends Plan>(plan: P, input: SuggestionInput, options: EditOptions = {}): P {
  return addSuggestion(plan, input, options);
}

/**
 * Accepts a pending suggestion: makes the suggested edit as one revision that credits both the
 * owner (`by`) and the advisor (`credit`) and marks the suggestion `accepted`. Only the owner
 * may. If the edit no longer fits the plan (its goal was removed, say), it fails with the edit's
 * own error and nothing changes; the suggestion stays pending.
 *
 * @param plan - the plan
 * @param id - the suggestion's id
 * @param options - who (the owner), why, and the environment
 * @throws CareerPlanError `forbidden`, `not-found`, `invalid-input` (already decided), or the edit's own error
 * @example
 * ```ts
 * import { acceptSuggestion, addAdvisor, addGoal, createPlan, revisions, addSuggestion } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = addAdvisor(plan, { id: 'dana', role: 'counselor' });
 * plan = addSuggestion(plan, { id: 's1', edit: { kind: 'addStrategy', goalId: 'g1',
 *   input: { title: 'Book a practice exam' } } }, { by: 'dana' });
 * plan = acceptSuggestion(plan, 's1');
 * console.log(revisions(plan).at(-1)?.credit); // { id: 'dana' }
 * ```
 * @category Participants
 */
export function acceptSuggestion<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, suggestionEditors.acceptSuggestion, { kind: 'acceptSuggestion', id }, options);
}

/**
 * Declines a pending suggestion with a reason, which is kept on the suggestion and in the
 * revision. Only the owner may.
 *
 * @param plan - the plan
 * @param id - the suggestion's id
 * @param options - who (the owner), the environment, and `reason` (required)
 * @throws CareerPlanError `forbidden`, `not-found`, `invalid-input` (no reason, or already decided)
 * @example
 * ```ts
 * import { addAdvisor, addGoal, createPlan, declineSuggestion, addSuggestion } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = addAdvisor(plan, { id: 'dana', role: 'counselor' });
 * plan = addSuggestion(plan, { id: 's1',
 *   edit: { kind: 'updateGoal', id: 'g1', changes: { targetDate: '2026-06-30' } } },
 *   { by: 'dana' });
 * plan = declineSuggestion(plan, 's1', { reason: 'June is too soon with my work hours' });
 * ```
 * @category Participants
 */
export function declineSuggestion<P extends Plan>(
  plan: P,
  id: string,
  options: EditOptions & { readonly reason: string },
): P {
  return run(
    plan,
    suggestionEditors.declineSuggestion,
    { kind: 'declineSuggestion', id, reason: (options as { readonly reason?: string } | undefined)?.reason as string },
    options,
  );
}

/**
 * Withdraws a pending suggestion; only the advisor who made it may.
 *
 * @param plan - the plan
 * @param id - the suggestion's id
 * @param options - who (the suggestion's author), why, and the environment
 * @throws CareerPlanError `forbidden`, `not-found`, `invalid-input` (already decided)
 * @example
 * ```ts
 * import { addAdvisor, createPlan, addSuggestion, withdrawSuggestion } from 'career-plan';
 *
 * let plan = addAdvisor(createPlan({ owner: { id: 'alex' } }), { id: 'dana', role: 'counselor' });
 * plan = addSuggestion(plan, { id: 's1', edit: { kind: 'addGoal', input: { title: 'Learn Linux', kind: 'skill',
 *   horizon: 'short' } } }, { by: 'dana' });
 * plan = withdrawSuggestion(plan, 's1', { by: 'dana' });
 * ```
 * @category Participants
 */
export function withdrawSuggestion<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, suggestionEditors.withdrawSuggestion, { kind: 'withdrawSuggestion', id }, options);
}
