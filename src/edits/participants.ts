import { CareerPlanError } from '../model/errors.js';
import type { EditOf } from '../model/edit.js';
import type { JsonValue } from '../model/json.js';
import {
  advisorInputSchema,
  commentInputSchema,
  privateNoteInputSchema,
  type AdvisorInput,
  type CommentInput,
  type PrivateNoteInput,
} from '../model/participants.js';
import { descriptor } from '../model/kinds.js';
import type { Plan } from '../model/plan.js';
import { parseOrThrow } from '../model/validate.js';
import type { EditOptions } from '../history/edit-options.js';
import { run, type Editor } from './run.js';
import { dropUndefined, ensureNewIds, ensureRefs, indexById, notFound } from './shared.js';

const entity = (value: object): Record<string, JsonValue> => value as Record<string, JsonValue>;

/** The editors of the participants' edits: advisors, comments and private notes. */
export const participantEditors: {
  readonly addAdvisor: Editor<EditOf<'addAdvisor'>>;
  readonly removeAdvisor: Editor<EditOf<'removeAdvisor'>>;
  readonly addComment: Editor<EditOf<'addComment'>>;
  readonly removeComment: Editor<EditOf<'removeComment'>>;
  readonly addPrivateNote: Editor<EditOf<'addPrivateNote'>>;
  readonly removePrivateNote: Editor<EditOf<'removePrivateNote'>>;
} = {
  addAdvisor: {
    action: 'advisor.add',
    prepare: (plan, { input }, { env }) => {
      const parsed = parseOrThrow(advisorInputSchema, dropUndefined(input), 'advisor');
      if (parsed.id === plan.owner.id || plan.advisors.some((advisor) => advisor.id === parsed.id)) {
        throw new CareerPlanError('duplicate-id', `"${parsed.id}" is already a participant of this plan`, {
          id: parsed.id,
        });
      }
      const addedAt = env.now();
      return {
        info: {
          action: 'advisor.add',
          subject: { kind: 'advisor', id: parsed.id, label: parsed.name ?? parsed.id },
          at: addedAt,
          edit: { kind: 'addAdvisor', input: parsed },
        },
        ops: [{ op: 'add', kind: 'advisor', index: plan.advisors.length, value: entity({ ...parsed, addedAt }) }],
      };
    },
  },
  removeAdvisor: {
    action: 'advisor.remove',
    prepare: (plan, { id }) => {
      const index = indexById(plan.advisors, id);
      if (index < 0) notFound('advisor', id);
      const advisor = plan.advisors[index] as Plan['advisors'][number];
      return {
        info: {
          action: 'advisor.remove',
          subject: { kind: 'advisor', id, label: advisor.name ?? id },
          edit: { kind: 'removeAdvisor', id },
        },
        ops: [{ op: 'remove', kind: 'advisor', index, value: entity(advisor) }],
      };
    },
  },
  addComment: {
    action: 'comment.add',
    prepare: (plan, { input }, { env, actor }) => {
      const parsed = parseOrThrow(commentInputSchema, dropUndefined(input), 'comment');
      const about = parsed.about;
      if (about.kind === 'decision') {
        if (plan.decision === null)
          throw new CareerPlanError('invalid-reference', 'The comment is about the decision, but none has been made', {
            field: 'about',
          });
      } else if (about.kind !== 'plan') {
        if (about.id === undefined)
          throw new CareerPlanError('invalid-input', `A comment about a ${about.kind} needs its id`, {
            field: 'about.id',
          });
        const lists = {
          goal: plan.goals,
          strategy: plan.goals.flatMap((goal) => goal.strategies),
          careerOption: plan.careerOptions,
          suggestion: plan.suggestions,
        };
        ensureRefs(lists[about.kind], [about.id], 'about.id', about.kind);
      }
      if (parsed.replyTo !== undefined) {
        const parent = plan.comments.find((comment) => comment.id === parsed.replyTo);
        if (parent === undefined)
          throw new CareerPlanError(
            'invalid-reference',
            `The comment replies to "${parsed.replyTo}", which the plan does not have`,
            { field: 'replyTo' },
          );
        if (parent.about.kind !== about.kind || parent.about.id !== about.id) {
          throw new CareerPlanError('invalid-reference', 'A reply is about the same thing as the comment it answers', {
            field: 'replyTo',
          });
        }
      }
      const id = parsed.id ?? env.newId();
      ensureNewIds(plan, [id]);
      const at = env.now();
      return {
        info: {
          action: 'comment.add',
          subject: { kind: 'comment', id, label: descriptor('comment').label(parsed) },
          at,
          edit: { kind: 'addComment', input: { ...parsed, id } },
        },
        ops: [
          { op: 'add', kind: 'comment', index: plan.comments.length, value: entity({ ...parsed, id, by: actor, at }) },
        ],
      };
    },
  },
  removeComment: {
    action: 'comment.remove',
    prepare: (plan, { id }, { actor }) => {
      const index = indexById(plan.comments, id);
      if (index < 0) notFound('comment', id);
      const comment = plan.comments[index] as Plan['comments'][number];
      if (actor.id !== plan.owner.id && actor.id !== comment.by.id) {
        throw new CareerPlanError('forbidden', "Only a comment's author or the plan's owner may remove it", {
          actor: actor.id,
          id,
        });
      }
      return {
        info: {
          action: 'comment.remove',
          subject: { kind: 'comment', id, label: descriptor('comment').label(comment) },
          edit: { kind: 'removeComment', id },
        },
        ops: [{ op: 'remove', kind: 'comment', index, value: entity(comment) }],
      };
    },
  },
  addPrivateNote: {
    action: 'privateNote.add',
    prepare: (plan, { input }, { env }) => {
      const { text, id: given } = parseOrThrow(privateNoteInputSchema, dropUndefined(input), 'private note');
      const id = given ?? env.newId();
      // Private notes have their own ids: checked against each other only, so that no id an
      // advisor uses can collide with (and so reveal) one of them.
      if (indexById(plan.privateNotes, id) >= 0)
        throw new CareerPlanError('duplicate-id', `The plan already has a private note with the id "${id}"`, { id });
      const at = env.now();
      return {
        info: {
          action: 'privateNote.add',
          subject: { kind: 'privateNote', id },
          at,
          edit: { kind: 'addPrivateNote', input: { id, text } },
        },
        ops: [{ op: 'add', kind: 'privateNote', index: plan.privateNotes.length, value: { id, text, at } }],
      };
    },
  },
  removePrivateNote: {
    action: 'privateNote.remove',
    prepare: (plan, { id }) => {
      const index = indexById(plan.privateNotes, id);
      if (index < 0) notFound('private note', id);
      return {
        info: {
          action: 'privateNote.remove',
          subject: { kind: 'privateNote', id },
          edit: { kind: 'removePrivateNote', id },
        },
        ops: [{ op: 'remove', kind: 'privateNote', index, value: entity(plan.privateNotes[index] as object) }],
      };
    },
  },
};

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
 * @category Participants
 */
export function addAdvisor<P extends Plan>(plan: P, input: AdvisorInput, options: EditOptions = {}): P {
  return run(plan, participantEditors.addAdvisor, { kind: 'addAdvisor', input }, options);
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
 * @category Participants
 */
export function removeAdvisor<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, participantEditors.removeAdvisor, { kind: 'removeAdvisor', id }, options);
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
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = addAdvisor(plan, { id: 'dana', role: 'counselor' });
 * plan = addComment(plan, { id: 'c1', about: { kind: 'goal', id: 'g1' }, text: 'Is September realistic?' },
 *   { by: 'dana' });
 * plan = addComment(plan, { about: { kind: 'goal', id: 'g1' }, replyTo: 'c1', text: 'Yes, with the evening course.' });
 * ```
 * @category Participants
 */
export function addComment<P extends Plan>(plan: P, input: CommentInput, options: EditOptions = {}): P {
  return run(plan, participantEditors.addComment, { kind: 'addComment', input }, options);
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
 * @category Participants
 */
export function removeComment<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, participantEditors.removeComment, { kind: 'removeComment', id }, options);
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
 * @category Participants
 */
export function addPrivateNote<P extends Plan>(plan: P, input: PrivateNoteInput, options: EditOptions = {}): P {
  return run(plan, participantEditors.addPrivateNote, { kind: 'addPrivateNote', input }, options);
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
 * @category Participants
 */
export function removePrivateNote<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, participantEditors.removePrivateNote, { kind: 'removePrivateNote', id }, options);
}
