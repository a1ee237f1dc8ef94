import { catalogOf } from '../model/catalog.js';
import { optionsObject } from '../model/errors.js';
import { en } from '../text/en.js';
import type { Catalog, MarkdownWords, Noun, Verb } from '../text/catalog.js';
import type { Action } from '../model/action.js';
import { revisionSchema, type Revision, type RevisionSubject } from '../model/revision.js';
import { requireShape } from '../model/validate.js';

/**
 * A built-in stage's title in the catalog's language: a stage with a built-in id, labelled with
 * its English title (or not labelled), is the built-in one.
 */
const builtInStage = (catalog: Catalog, id: string | undefined, label: string | undefined): string | undefined => {
  const stages = en.messages.careerStages as Readonly<Record<string, { readonly title: string }>>;
  const local = catalog.messages.careerStages as Readonly<Record<string, { readonly title: string }>>;
  return id !== undefined && Object.hasOwn(stages, id) && (label === undefined || label === stages[id]?.title)
    ? local[id]?.title
    : undefined;
};

/** A subject as a sentence names it: its label quoted, else its id; a built-in stage by its title in the language. */
function named(catalog: Catalog, subject: RevisionSubject | undefined): string | undefined {
  if (subject === undefined) return undefined;
  const words = catalog.messages.history;
  const stage = subject.kind === 'stage' ? builtInStage(catalog, subject.id, subject.label) : undefined;
  let label = stage ?? subject.label;
  // The labels the library writes with English between names: said again in the language.
  const activity = subject.kind === 'activity' && label !== undefined ? ACTIVITY.exec(label) : null;
  const kind = activity?.[1]?.replaceAll(' ', '-') ?? '';
  if (activity && Object.hasOwn(catalog.messages.markdown.activityKind, kind))
    label = words.activity({ kind: kind as keyof MarkdownWords['activityKind'], option: activity[2] as string });
  const at = (subject.kind === 'employment' || subject.kind === 'volunteerWork') && label?.lastIndexOf(' at ');
  if (typeof at === 'number' && at > 0 && label !== undefined)
    label = words.at({ what: label.slice(0, at), where: label.slice(at + 4) });
  return label !== undefined ? words.quote({ name: label }) : subject.id;
}

const VERB = /^(add|update|remove|move|complete|reopen)(.*)$/;

/** An activity's label: its kind (hyphens as spaces) for the option's title, as `addExplorationActivity` records it. */
const ACTIVITY = /^(.+?) for ([^]*)$/;

/**
 * The change a suggestion proposes, as its revisions record it (the edit's kind and the name of
 * what it changes), in the catalog's words: "a goal: Learn Linux", "changes to the goal Get certified".
 */
export function proposalText(catalog: Catalog, proposes: string, label: string | undefined): string {
  const words = catalog.messages.history;
  const stage = (): string => builtInStage(catalog, label, undefined) ?? label ?? '';
  switch (proposes) {
    case 'transition':
      return words.proposal.transition({ name: stage() });
    case 'setStageData':
      return words.proposal.setStageData({ name: stage() });
    case 'setDecision':
      return words.proposal.setDecision({ name: label ?? '' });
    case 'clearDecision':
      return words.proposal.clearDecision;
    case 'updatePlan':
      return words.proposal.updatePlan;
  }
  const [, verb, rest = ''] = VERB.exec(proposes) ?? [];
  const thing = rest === 'ExplorationActivity' ? 'activity' : `${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
  if (verb === undefined || !Object.hasOwn(words.the, thing)) return words.proposal.unknown;
  const noun = thing as Noun;
  return verb === 'add'
    ? words.proposal.add({ a: words.a[noun], ...(label === undefined ? {} : { name: label }) })
    : words.proposal[verb as Exclude<Verb, 'add'>]({ the: words.the[noun], name: label ?? '' });
}

/** The change an action made, in the past tense, without the actor: "added the goal 'X'". */
function changeOf(
  catalog: Catalog,
  action: Action,
  subject: RevisionSubject | undefined,
  from: RevisionSubject | undefined,
): string {
  const words = catalog.messages.history;
  const changes = words.changes;
  const name = named(catalog, subject);
  const what = name ?? '';
  switch (action) {
    case 'decision.set':
      return changes.chose({ what: name ?? words.the.careerOption });
    case 'decision.clear':
      return changes.withdrewDecision;
    case 'plan.update':
      return changes.updatedPlan;
    case 'stage.transition':
      return changes.movedStage({ from: named(catalog, from) ?? '', to: what });
    case 'stageData.set':
      return changes.updatedStageData({ what });
    case 'suggestion.add':
    case 'suggestion.accept':
    case 'suggestion.decline':
    case 'suggestion.withdraw': {
      const proposal =
        subject?.proposes !== undefined
          ? proposalText(catalog, subject.proposes, subject.label)
          : (subject?.label ?? words.proposal.unknown);
      const phrase = SUGGESTION[action];
      return changes[phrase]({ what: proposal });
    }
    case 'comment.add':
      return changes.commented({ what });
    case 'privateNote.add':
      return changes.addedPrivateNote;
    case 'privateNote.remove':
      return changes.removedPrivateNote;
    case 'skill.rate':
      return changes.rated({ what: name === undefined ? words.the.skill : `${words.the.skill} ${name}` });
    case 'review.add':
      return changes.recordedReview({ what });
    case 'signature.add':
      return changes.signed;
    case 'undo':
      return changes.undid({});
    case 'redo':
      return changes.redid({});
  }
  // Every other action is a verb on one thing (a type test checks that each is `${Noun}.${Verb}`).
  const [noun, verb] = action.split('.') as [Noun, Verb];
  return words.did[verb]({ what: name === undefined ? words.the[noun] : `${words.the[noun]} ${name}` });
}

const SUGGESTION = {
  'suggestion.add': 'suggested',
  'suggestion.accept': 'accepted',
  'suggestion.decline': 'declined',
  'suggestion.withdraw': 'withdrewSuggestion',
} as const;

/**
 * Options of {@link describeRevision}.
 *
 * @example
 * ```ts
 * import type { DescribeOptions } from 'career-plan';
 *
 * const options: DescribeOptions = { includeReason: true };
 * ```
 * @category History
 */
export interface DescribeOptions {
  /** Append the reason, if any (default false). */
  readonly includeReason?: boolean;
  /** The language of the sentence (default English; `es` from `career-plan/locales/es`). */
  readonly catalog?: Catalog;
}

/**
 * One plain sentence that says what a revision did, for a history list or an activity feed:
 * "Alex added the goal 'Finish the CompTIA A+ certificate'". The actor's name is used when the
 * revision has one, else their id; an accepted suggestion adds "(suggested by Dana)". With
 * `includeReason`, the reason follows the sentence.
 *
 * @param revision - a revision from {@link revisions}
 * @param options - `includeReason`: append the reason, if any (default false); `catalog`: the language
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
export function describeRevision(revision: Revision, options: DescribeOptions = {}): string {
  requireShape(revisionSchema, revision, 'revision given to describeRevision');
  options = optionsObject(options, 'describeRevision');
  const catalog = catalogOf(options.catalog);
  const undoing = revision.action === 'undo' || revision.action === 'redo';
  let change = changeOf(catalog, revision.action, revision.subject, revision.from);
  if (undoing && revision.target !== undefined) {
    const what = changeOf(catalog, revision.target.action, revision.subject, revision.from);
    change = catalog.messages.history.changes[revision.action === 'undo' ? 'undid' : 'redid']({ what });
  }
  return catalog.messages.history.sentence({
    actor: revision.by.name ?? revision.by.id,
    change,
    ...(revision.credit === undefined ? {} : { suggestedBy: revision.credit.name ?? revision.credit.id }),
    ...(options.includeReason === true && revision.reason !== undefined ? { reason: revision.reason } : {}),
  });
}
