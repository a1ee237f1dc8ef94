import { optionsObject } from '../model/errors.js';
import { revisionSchema, type Revision, type RevisionSubject } from '../model/revision.js';
import { requireShape } from '../model/validate.js';

const NOUNS: Readonly<Record<string, string>> = {
  goal: 'goal',
  strategy: 'strategy',
  assessment: 'assessment',
  careerOption: 'career option',
  barrier: 'barrier',
  resource: 'resource',
  milestone: 'milestone',
  alternative: 'alternative',
  note: 'note',
  employment: 'job',
  education: 'education entry',
  license: 'license',
  volunteerWork: 'volunteer work',
  activity: 'exploration activity',
  advisor: 'advisor',
  comment: 'comment',
};

const VERBS: Readonly<Record<string, string>> = {
  add: 'added',
  update: 'updated',
  remove: 'removed',
  move: 'moved',
  complete: 'completed',
  reopen: 'reopened',
};

const quoted = (subject: RevisionSubject | undefined): string =>
  subject?.label !== undefined ? ` '${subject.label}'` : subject?.id !== undefined ? ` ${subject.id}` : '';

/** The change an action made, in the past tense, without the actor: "added the goal 'X'". */
function phrase(action: string, subject: RevisionSubject | undefined, from: RevisionSubject | undefined): string {
  switch (action) {
    case 'decision.set':
      return `chose${quoted(subject)} as the best fit`;
    case 'decision.clear':
      return 'withdrew the decision';
    case 'plan.update':
      return 'updated the plan details';
    case 'stage.transition':
      return `moved the plan from${quoted(from)} to${quoted(subject)}`;
    case 'stageData.set':
      return `updated the data of the stage${quoted(subject)}`;
    case 'suggestion.add':
      return `suggested ${subject?.label ?? 'a change'}`;
    case 'suggestion.accept':
      return `accepted the suggestion of ${subject?.label ?? 'a change'}`;
    case 'suggestion.decline':
      return `declined the suggestion of ${subject?.label ?? 'a change'}`;
    case 'suggestion.withdraw':
      return `withdrew the suggestion of ${subject?.label ?? 'a change'}`;
    case 'comment.add':
      return `commented${quoted(subject)}`;
    case 'privateNote.add':
      return 'added a private note';
    case 'privateNote.remove':
      return 'removed a private note';
    default: {
      const [entity = '', verb = ''] = action.split('.');
      const noun = NOUNS[entity] ?? entity;
      const past = VERBS[verb] ?? `${verb} (${action})`;
      return `${past} the ${noun}${quoted(subject)}`;
    }
  }
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
