import { castDraft } from 'immer';
import { CareerPlanError } from '../model/errors.js';
import { defaultEnv } from '../model/env.js';
import {
  advisorInputSchema,
  commentInputSchema,
  privateNoteInputSchema,
  suggestionInputSchema,
  type AdvisorInput,
  type CommentInput,
  type PrivateNoteInput,
  type SuggestedEdit,
  type SuggestionInput,
} from '../model/participants.js';
import type { Plan } from '../model/plan.js';
import { textSchema } from '../model/primitives.js';
import { parseOrThrow } from '../model/validate.js';
import { COMBINE, permit, record, resolveActor, type Combined, type EditOptions } from '../history/record.js';
import { addGoal, updateGoal } from './goals.js';
import { dropUndefined, ensureNewIds, ensureRefs, indexById, notFound } from './shared.js';
import { addStrategy, updateStrategy } from './strategies.js';

/**
 * Adds an advisor (a counselor, mentor, supervisor, parent, or a role of the app's own), who may
 * then comment, suggest and add resources under the default policy. Only the owner may.
 *
 * @param plan - the plan
 * @param input - the advisor's id (the app's user id), name and role
 * @param options - who (the owner), why, and the environment
 * @throws CareerPlanError `forbidden`, `invalid-input`, `duplicate-id` (already an advisor, or the owner)
 * @example
 * ```ts
 * import { addAdvisor, addNote, createPlan } from 'career-plan';
 *
 * let plan = createPlan({ owner: { id: 'alex', name: 'Alex' } });
 * plan = addAdvisor(plan, { id: 'dana', name: 'Dana Lee', role: 'counselor' });
 * plan = addNote(plan, { text: 'Good start' }, { by: 'dana' });
 * ```
 */
export function addAdvisor<P extends Plan>(plan: P, input: AdvisorInput, options: EditOptions = {}): P {
  permit(plan, 'advisor.add', options);
  const parsed = parseOrThrow(advisorInputSchema, dropUndefined(input), 'advisor');
  if (parsed.id === plan.owner.id || plan.advisors.some((advisor) => advisor.id === parsed.id)) {
    throw new CareerPlanError('duplicate-id', `"${parsed.id}" is already a participant of this plan`, { id: parsed.id });
  }
  const addedAt = (options.env ?? defaultEnv).now();
  return record(plan, { action: 'advisor.add', subject: { kind: 'advisor', id: parsed.id, label: parsed.name ?? parsed.id }, at: addedAt }, options, (draft) => {
    draft.advisors.push({ ...parsed, addedAt });
  });
}

/**
 * Removes an advisor; what they wrote stays, and so does the history. Only the owner may.
 *
 * @param plan - the plan
 * @param id - the advisor's id
 * @param options - who (the owner), why, and the environment
 * @throws CareerPlanError `forbidden`, `not-found`
 * @example
 * ```ts
 * import { addAdvisor, createPlan, removeAdvisor } from 'career-plan';
 *
 * let plan = addAdvisor(createPlan({ owner: { id: 'alex' } }), { id: 'dana', role: 'counselor' });
 * plan = removeAdvisor(plan, 'dana', { reason: 'Changed schools' });
 * ```
 */
export function removeAdvisor<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  permit(plan, 'advisor.remove', options);
  const index = indexById(plan.advisors, id);
  if (index < 0) notFound('advisor', id);
  const advisor = plan.advisors[index];
  return record(plan, { action: 'advisor.remove', subject: { kind: 'advisor', id, label: advisor?.name ?? id } }, options, (draft) => {
    draft.advisors.splice(index, 1);
  });
}

/** A sentence-sized label for a suggested edit. */
function describeEdit(plan: Plan, edit: SuggestedEdit): string {
  switch (edit.kind) {
    case 'addGoal':
      return `a goal: ${edit.input.title}`;
    case 'addStrategy':
      return `a strategy: ${edit.input.title}`;
    case 'updateGoal':
      return `changes to the goal ${plan.goals.find((goal) => goal.id === edit.goalId)?.title ?? edit.goalId}`;
    case 'updateStrategy':
      return `changes to the strategy ${plan.goals.flatMap((goal) => goal.strategies).find((s) => s.id === edit.strategyId)?.title ?? edit.strategyId}`;
  }
}

/**
 * Records a suggestion: an advisor's proposed goal, strategy, or change to a goal or strategy,
 * kept as `pending` until the owner accepts or declines it. The proposed edit is validated now,
 * with the same schemas as the edit itself.
 *
 * @param plan - the plan
 * @param input - `edit`: the proposed edit; `note`: why, in the advisor's words; `id` (default: a new id)
 * @param options - who (the advisor), and the environment
 * @throws CareerPlanError `forbidden`, `invalid-input`, `not-found` (a goal or strategy the plan lacks)
 * @example
 * ```ts
 * import { addAdvisor, addGoal, createPlan, suggest } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short' });
 * plan = addAdvisor(plan, { id: 'dana', role: 'counselor' });
 * plan = suggest(plan, { edit: { kind: 'addStrategy', goalId: 'g1', input: { title: 'Book a practice exam' } },
 *   note: 'Practice exams cut failure rates' }, { by: 'dana' });
 * console.log(plan.suggestions[0]?.status); // 'pending'
 * ```
 */
export function suggest<P extends Plan>(plan: P, input: SuggestionInput, options: EditOptions = {}): P {
  permit(plan, 'suggestion.add', options);
  const env = options.env ?? defaultEnv;
  const fields = parseOrThrow(suggestionInputSchema, dropUndefined(input), 'suggestion');
  const parsed = fields.edit;
  if (parsed.kind === 'addStrategy' || parsed.kind === 'updateGoal') {
    if (indexById(plan.goals, parsed.goalId) < 0) notFound('goal', parsed.goalId);
  }
  if (parsed.kind === 'updateStrategy' && !plan.goals.some((goal) => indexById(goal.strategies, parsed.strategyId) >= 0)) notFound('strategy', parsed.strategyId);
  const note = fields.note;
  const id = fields.id ?? env.newId();
  ensureNewIds(plan, [id]);
  const by = resolveActor(plan, options.by);
  const at = env.now();
  return record(plan, { action: 'suggestion.add', subject: { kind: 'suggestion', id, label: describeEdit(plan, parsed) }, at }, { ...options, by }, (draft) => {
    draft.suggestions.push(castDraft({ id, by, at, edit: parsed, ...(note === undefined ? {} : { note }), status: 'pending' as const }));
  });
}

function pendingSuggestion(plan: Plan, id: string) {
  const index = indexById(plan.suggestions, id);
  if (index < 0) notFound('suggestion', id);
  const suggestion = plan.suggestions[index];
  if (suggestion === undefined || suggestion.status !== 'pending') {
    throw new CareerPlanError('invalid-input', `The suggestion "${id}" was already ${suggestion?.status ?? 'decided'}`, { id, status: suggestion?.status });
  }
  return { index, suggestion };
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
 * import { acceptSuggestion, addAdvisor, addGoal, createPlan, revisions, suggest } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short' });
 * plan = addAdvisor(plan, { id: 'dana', role: 'counselor' });
 * plan = suggest(plan, { id: 's1', edit: { kind: 'addStrategy', goalId: 'g1', input: { title: 'Book a practice exam' } } }, { by: 'dana' });
 * plan = acceptSuggestion(plan, 's1');
 * console.log(revisions(plan).at(-1)?.credit); // { id: 'dana' }
 * ```
 */
export function acceptSuggestion<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  permit(plan, 'suggestion.accept', options);
  const { index, suggestion } = pendingSuggestion(plan, id);
  const decidedAt = (options.env ?? defaultEnv).now();
  const combined: Combined = {
    credit: suggestion.by,
    suggestion: suggestion.id,
    recipe: (draft) => {
      const target = draft.suggestions[index];
      if (target === undefined) return;
      target.status = 'accepted';
      target.decidedAt = decidedAt;
    },
  };
  const withCredit = { ...options, [COMBINE]: combined } as EditOptions;
  const edit = suggestion.edit;
  const next =
    edit.kind === 'addGoal'
      ? addGoal(plan, edit.input, withCredit)
      : edit.kind === 'addStrategy'
        ? addStrategy(plan, edit.goalId, edit.input, withCredit)
        : edit.kind === 'updateGoal'
          ? updateGoal(plan, edit.goalId, edit.changes, withCredit)
          : updateStrategy(plan, edit.strategyId, edit.changes, withCredit);
  if (next !== plan) return next;
  // The suggested change was already made: accepting it changes only the suggestion.
  return record(plan, { action: 'suggestion.accept', subject: { kind: 'suggestion', id, label: describeEdit(plan, edit) }, at: decidedAt, credit: suggestion.by, suggestion: id }, options, combined.recipe);
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
 * import { addAdvisor, addGoal, createPlan, declineSuggestion, suggest } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short' });
 * plan = addAdvisor(plan, { id: 'dana', role: 'counselor' });
 * plan = suggest(plan, { id: 's1', edit: { kind: 'updateGoal', goalId: 'g1', changes: { targetDate: '2026-06-30' } } }, { by: 'dana' });
 * plan = declineSuggestion(plan, 's1', { reason: 'June is too soon with my work hours' });
 * ```
 */
export function declineSuggestion<P extends Plan>(plan: P, id: string, options: EditOptions & { readonly reason: string }): P {
  permit(plan, 'suggestion.decline', options);
  const { index, suggestion } = pendingSuggestion(plan, id);
  const reason = parseOrThrow(textSchema.min(1), options?.reason, 'reason for declining');
  const decidedAt = (options.env ?? defaultEnv).now();
  return record(plan, { action: 'suggestion.decline', subject: { kind: 'suggestion', id, label: describeEdit(plan, suggestion.edit) }, at: decidedAt }, options, (draft) => {
    const target = draft.suggestions[index];
    if (target === undefined) return;
    target.status = 'declined';
    target.decidedAt = decidedAt;
    target.reason = reason;
  });
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
 * import { addAdvisor, createPlan, suggest, withdrawSuggestion } from 'career-plan';
 *
 * let plan = addAdvisor(createPlan({ owner: { id: 'alex' } }), { id: 'dana', role: 'counselor' });
 * plan = suggest(plan, { id: 's1', edit: { kind: 'addGoal', input: { title: 'Learn Linux', kind: 'skill', horizon: 'short' } } }, { by: 'dana' });
 * plan = withdrawSuggestion(plan, 's1', { by: 'dana' });
 * ```
 */
export function withdrawSuggestion<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  permit(plan, 'suggestion.withdraw', options);
  const { index, suggestion } = pendingSuggestion(plan, id);
  const actor = resolveActor(plan, options.by);
  if (actor.id !== suggestion.by.id) {
    throw new CareerPlanError('forbidden', 'Only the advisor who made a suggestion may withdraw it; the owner declines it instead', { actor: actor.id, id });
  }
  const decidedAt = (options.env ?? defaultEnv).now();
  return record(plan, { action: 'suggestion.withdraw', subject: { kind: 'suggestion', id, label: describeEdit(plan, suggestion.edit) }, at: decidedAt }, options, (draft) => {
    const target = draft.suggestions[index];
    if (target === undefined) return;
    target.status = 'withdrawn';
    target.decidedAt = decidedAt;
  });
}

/**
 * Adds a comment about a goal, a strategy, a career option, the decision, a suggestion or the
 * plan; a reply names the comment it answers (same subject), forming a thread. Any participant
 * may comment under the default policy.
 *
 * @param plan - the plan
 * @param input - what it is about, the text, and the comment it replies to
 * @param options - who, and the environment
 * @throws CareerPlanError `forbidden`, `invalid-input`, `invalid-reference`, `duplicate-id`
 * @example
 * ```ts
 * import { addAdvisor, addComment, addGoal, createPlan } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education', horizon: 'short' });
 * plan = addAdvisor(plan, { id: 'dana', role: 'counselor' });
 * plan = addComment(plan, { id: 'c1', about: { kind: 'goal', id: 'g1' }, text: 'Is September realistic?' }, { by: 'dana' });
 * plan = addComment(plan, { about: { kind: 'goal', id: 'g1' }, replyTo: 'c1', text: 'Yes, with the evening course.' });
 * ```
 */
export function addComment<P extends Plan>(plan: P, input: CommentInput, options: EditOptions = {}): P {
  permit(plan, 'comment.add', options);
  const env = options.env ?? defaultEnv;
  const parsed = parseOrThrow(commentInputSchema, dropUndefined(input), 'comment');
  const about = parsed.about;
  if (about.kind === 'decision') {
    if (plan.decision === null) throw new CareerPlanError('invalid-reference', 'The comment is about the decision, but none has been made', { field: 'about' });
  } else if (about.kind !== 'plan') {
    if (about.id === undefined) throw new CareerPlanError('invalid-input', `A comment about a ${about.kind} needs its id`, { field: 'about.id' });
    const lists = { goal: plan.goals, strategy: plan.goals.flatMap((goal) => goal.strategies), careerOption: plan.careerOptions, suggestion: plan.suggestions };
    ensureRefs(lists[about.kind], [about.id], 'about.id', about.kind);
  }
  if (parsed.replyTo !== undefined) {
    const parent = plan.comments.find((comment) => comment.id === parsed.replyTo);
    if (parent === undefined) throw new CareerPlanError('invalid-reference', `The comment replies to "${parsed.replyTo}", which the plan does not have`, { field: 'replyTo' });
    if (parent.about.kind !== about.kind || parent.about.id !== about.id) {
      throw new CareerPlanError('invalid-reference', 'A reply is about the same thing as the comment it answers', { field: 'replyTo' });
    }
  }
  const id = parsed.id ?? env.newId();
  ensureNewIds(plan, [id]);
  const by = resolveActor(plan, options.by);
  const at = env.now();
  const label = parsed.text.length > 60 ? `${parsed.text.slice(0, 57)}...` : parsed.text;
  return record(plan, { action: 'comment.add', subject: { kind: 'comment', id, label }, at }, { ...options, by }, (draft) => {
    draft.comments.push(castDraft({ ...parsed, id, by, at }));
  });
}

/**
 * Removes a comment; its author or the owner may. Replies to it stay, as in any thread.
 *
 * @param plan - the plan
 * @param id - the comment's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `forbidden`, `not-found`
 * @example
 * ```ts
 * import { addComment, createPlan, removeComment } from 'career-plan';
 *
 * let plan = addComment(createPlan({ owner: { id: 'alex' } }), { id: 'c1', about: { kind: 'plan' }, text: 'Draft' });
 * plan = removeComment(plan, 'c1');
 * ```
 */
export function removeComment<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  permit(plan, 'comment.remove', options);
  const index = indexById(plan.comments, id);
  if (index < 0) notFound('comment', id);
  const comment = plan.comments[index];
  const actor = resolveActor(plan, options.by);
  if (actor.id !== plan.owner.id && actor.id !== comment?.by.id) {
    throw new CareerPlanError('forbidden', 'Only a comment\'s author or the plan\'s owner may remove it', { actor: actor.id, id });
  }
  return record(plan, { action: 'comment.remove', subject: { kind: 'comment', id, label: comment?.text.slice(0, 60) ?? id } }, { ...options, by: actor }, (draft) => {
    draft.comments.splice(index, 1);
  });
}

/**
 * Adds a private note that only the owner writes and sees: `viewFor` and `serialize(plan, { for })`
 * leave it out for everyone else, together with every revision that touched it.
 *
 * @param plan - the plan
 * @param input - `text`, and `id` (default: a new id)
 * @param options - who (the owner), and the environment
 * @throws CareerPlanError `forbidden` (not the owner), `invalid-input`, `duplicate-id`
 * @example
 * ```ts
 * import { addPrivateNote, createPlan } from 'career-plan';
 *
 * const plan = addPrivateNote(createPlan({ owner: { id: 'alex' } }), { text: 'Not sure I can afford the exam fee' });
 * ```
 */
export function addPrivateNote<P extends Plan>(plan: P, input: PrivateNoteInput, options: EditOptions = {}): P {
  permit(plan, 'privateNote.add', options);
  const env = options.env ?? defaultEnv;
  const { text: parsed, id: given } = parseOrThrow(privateNoteInputSchema, dropUndefined(input), 'private note');
  const id = given ?? env.newId();
  ensureNewIds(plan, [id]);
  const at = env.now();
  return record(plan, { action: 'privateNote.add', subject: { kind: 'privateNote', id }, at }, options, (draft) => {
    draft.privateNotes.push({ id, text: parsed, at });
  });
}

/**
 * Removes a private note. Only the owner may.
 *
 * @param plan - the plan
 * @param id - the note's id
 * @param options - who (the owner), why, and the environment
 * @throws CareerPlanError `forbidden`, `not-found`
 * @example
 * ```ts
 * import { addPrivateNote, createPlan, removePrivateNote } from 'career-plan';
 *
 * let plan = addPrivateNote(createPlan({ owner: { id: 'alex' } }), { id: 'p1', text: 'Draft' });
 * plan = removePrivateNote(plan, 'p1');
 * ```
 */
export function removePrivateNote<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  permit(plan, 'privateNote.remove', options);
  const index = indexById(plan.privateNotes, id);
  if (index < 0) notFound('private note', id);
  return record(plan, { action: 'privateNote.remove', subject: { kind: 'privateNote', id } }, options, (draft) => {
    draft.privateNotes.splice(index, 1);
  });
}
