import { optionsObject } from '../model/errors.js';
import { kindOf } from '../model/kinds.js';
import type { Action } from '../model/action.js';
import { revisionSchema, type Revision, type RevisionSubject } from '../model/revision.js';
import { requireShape } from '../model/validate.js';

const quoted = (subject: RevisionSubject | undefined): string =>
  subject?.label !== undefined ? ` '${subject.label}'` : subject?.id !== undefined ? ` ${subject.id}` : '';

type Phrase = (subject: RevisionSubject | undefined, from: RevisionSubject | undefined) => string;

/** "added the goal 'X'": a verb in the past tense, and the kind's noun from the registry. */
const entity =
  (past: string, kind: string): Phrase =>
  (subject) =>
    `${past} the ${kindOf(kind)?.noun ?? kind}${quoted(subject)}`;
const suggestion =
  (past: string): Phrase =>
  (subject) =>
    `${past} ${subject?.label ?? 'a change'}`;

/** The change each action made, in the past tense, without the actor. Every action has one (the type says so). */
const PHRASES: { readonly [A in Action]: Phrase } = {
  'goal.add': entity('added', 'goal'),
  'goal.update': entity('updated', 'goal'),
  'goal.remove': entity('removed', 'goal'),
  'goal.move': entity('moved', 'goal'),
  'strategy.add': entity('added', 'strategy'),
  'strategy.update': entity('updated', 'strategy'),
  'strategy.remove': entity('removed', 'strategy'),
  'strategy.move': entity('moved', 'strategy'),
  'strategy.complete': entity('completed', 'strategy'),
  'strategy.reopen': entity('reopened', 'strategy'),
  'assessment.add': entity('added', 'assessment'),
  'assessment.update': entity('updated', 'assessment'),
  'assessment.remove': entity('removed', 'assessment'),
  'careerOption.add': entity('added', 'careerOption'),
  'careerOption.update': entity('updated', 'careerOption'),
  'careerOption.remove': entity('removed', 'careerOption'),
  'activity.add': entity('added', 'activity'),
  'barrier.add': entity('added', 'barrier'),
  'barrier.update': entity('updated', 'barrier'),
  'barrier.remove': entity('removed', 'barrier'),
  'resource.add': entity('added', 'resource'),
  'resource.update': entity('updated', 'resource'),
  'resource.remove': entity('removed', 'resource'),
  'milestone.add': entity('added', 'milestone'),
  'milestone.update': entity('updated', 'milestone'),
  'milestone.remove': entity('removed', 'milestone'),
  'alternative.add': entity('added', 'alternative'),
  'alternative.update': entity('updated', 'alternative'),
  'alternative.remove': entity('removed', 'alternative'),
  'note.add': entity('added', 'note'),
  'note.update': entity('updated', 'note'),
  'note.remove': entity('removed', 'note'),
  'employment.add': entity('added', 'employment'),
  'employment.update': entity('updated', 'employment'),
  'employment.remove': entity('removed', 'employment'),
  'education.add': entity('added', 'education'),
  'education.update': entity('updated', 'education'),
  'education.remove': entity('removed', 'education'),
  'license.add': entity('added', 'license'),
  'license.update': entity('updated', 'license'),
  'license.remove': entity('removed', 'license'),
  'volunteerWork.add': entity('added', 'volunteerWork'),
  'volunteerWork.update': entity('updated', 'volunteerWork'),
  'volunteerWork.remove': entity('removed', 'volunteerWork'),
  'advisor.add': entity('added', 'advisor'),
  'advisor.remove': entity('removed', 'advisor'),
  'comment.remove': entity('removed', 'comment'),
  'decision.set': (subject) => `chose${quoted(subject)} as the best fit`,
  'decision.clear': () => 'withdrew the decision',
  'plan.update': () => 'updated the plan details',
  'stage.transition': (subject, from) => `moved the plan from${quoted(from)} to${quoted(subject)}`,
  'stageData.set': (subject) => `updated the data of the stage${quoted(subject)}`,
  'suggestion.add': suggestion('suggested'),
  'suggestion.accept': suggestion('accepted the suggestion of'),
  'suggestion.decline': suggestion('declined the suggestion of'),
  'suggestion.withdraw': suggestion('withdrew the suggestion of'),
  'comment.add': (subject) => `commented${quoted(subject)}`,
  'privateNote.add': () => 'added a private note',
  'privateNote.remove': () => 'removed a private note',
  'skill.add': entity('added', 'skill'),
  'skill.update': entity('updated', 'skill'),
  'skill.remove': entity('removed', 'skill'),
  'skill.rate': (subject) => `rated the skill${quoted(subject)}`,
  'review.add': (subject) => `recorded the review of${quoted(subject)}`,
  'review.update': entity('updated', 'review'),
  'review.remove': entity('removed', 'review'),
  'evidence.add': entity('added', 'evidence'),
  'evidence.update': entity('updated', 'evidence'),
  'evidence.remove': entity('removed', 'evidence'),
  'signature.add': () => 'signed the plan',
  undo: () => 'undid a change',
  redo: () => 'redid a change',
};

/** The change an action made, in the past tense, without the actor: "added the goal 'X'". */
function phrase(action: Action, subject: RevisionSubject | undefined, from: RevisionSubject | undefined): string {
  return PHRASES[action](subject, from);
}

/**
 * One plain sentence that says what a revision did, for a history list or an activity feed:
 * "Alex added the goal 'Finish the CompTIA A+ certificate'". The actor's name is used when the
 * revision has one, else their id; an accepted suggestion adds "(suggested by Dana)". With
 * `includeReason`, the reason follows the sentence.
 *
 * @param revision - a revision from {@link revisions}
 * @param options - `includeReason`: append the reason, if any (default false)
 * @throws CareerPlanError `invalid-input` for a value that is not a revision
 * @example
 * ```ts
 * import { addGoal, createPlan, describeRevision, revisions } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex', name: 'Alex' } }),
 *   { title: 'Finish the CompTIA A+ certificate', kind: 'education', horizon: 'short' });
 * console.log(describeRevision(revisions(plan)[0]!)); // "Alex added the goal 'Finish the CompTIA A+ certificate'"
 * ```
 * @category History
 */
export function describeRevision(revision: Revision, options: { readonly includeReason?: boolean } = {}): string {
  requireShape(revisionSchema, revision, 'revision given to describeRevision');
  options = optionsObject(options, 'describeRevision');
  const actor = revision.by.name ?? revision.by.id;
  let sentence: string;
  if ((revision.action === 'undo' || revision.action === 'redo') && revision.target !== undefined) {
    const verb = revision.action === 'undo' ? 'undid' : 'redid';
    sentence = `${actor} ${verb} a change (${phrase(revision.target.action, revision.subject, revision.from)})`;
  } else {
    sentence = `${actor} ${phrase(revision.action, revision.subject, revision.from)}`;
  }
  if (revision.credit !== undefined) sentence += ` (suggested by ${revision.credit.name ?? revision.credit.id})`;
  if (options.includeReason === true && revision.reason !== undefined) sentence += `: ${revision.reason}`;
  return sentence;
}
