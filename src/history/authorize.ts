import type { Action } from '../model/action.js';
import type { ActorRef } from '../model/actor.js';
import { CareerPlanError } from '../model/errors.js';
import type { Plan, PlanData } from '../model/plan.js';
import { defaultPolicy, policyOf, type Policy } from '../model/policy.js';
import type { Revision } from '../model/revision.js';

/** The participant role of an actor: `owner`, an advisor's role, or undefined for anyone else. */
export function roleOf(plan: Pick<PlanData, 'owner' | 'advisors'>, actorId: string): string | undefined {
  if (actorId === plan.owner.id) return 'owner';
  return plan.advisors.find((advisor) => advisor.id === actorId)?.role;
}

/** Actions only the owner may take, whatever the policy says. */
const OWNER_ONLY = /^(?:advisor\.|privateNote\.|suggestion\.(?:accept|decline)$)/;

/**
 * Throws `forbidden` unless the actor may make the change: they must be a participant, the fixed
 * rules must allow it, and so must the plan's policy.
 */
export function authorize(plan: Plan, actor: ActorRef, action: Action): void {
  const who = actor.name ?? actor.id;
  const role = roleOf(plan, actor.id);
  if (role === undefined) {
    throw new CareerPlanError(
      'forbidden',
      `${who} is not a participant of this plan: the owner adds advisors with addAdvisor`,
      { actor: actor.id, action },
    );
  }
  if (role !== 'owner' && OWNER_ONLY.test(action)) {
    throw new CareerPlanError('forbidden', `Only the plan's owner may do this (${action})`, {
      actor: actor.id,
      role,
      action,
    });
  }
  if (role !== 'owner' && !policyOf(plan)({ actor, role, action, plan })) {
    throw new CareerPlanError(
      'forbidden',
      `${who} (${role}) may not make this change (${action}): the owner sets the goals; advisors comment and suggest`,
      {
        actor: actor.id,
        role,
        action,
      },
    );
  }
}

/**
 * Actions that came with participants (format version 2): people who edited a plan before then
 * (`formerAuthors`) never made them.
 */
const PARTICIPANT_ACTIONS =
  /^(?:advisor\.|privateNote\.|suggestion\.|comment\.|skill\.|review\.|evidence\.|signature\.)/;

const untrue = (revision: Revision, message: string): CareerPlanError =>
  new CareerPlanError('corrupt-history', `Revision ${revision.seq} ${message}`, {
    seq: revision.seq,
    actor: revision.by.id,
  });

/** The entries an action adds in its author's name: each must name the revision's author. */
const OWN_ENTRIES: Readonly<Record<string, string>> = {
  'comment.add': 'comment',
  'skill.rate': 'skillRating',
  'signature.add': 'signature',
};

/**
 * Checks that a comment, an advisor's skill rating or a signature is in its revision author's
 * name (a signature also with their role then), and that a skill rating is the owner's own
 * (`selfRating`) or an advisor's entry, never the other way round: `corrupt-history` otherwise.
 */
function checkOwnEntries(revision: Revision, role: string): void {
  const kind = OWN_ENTRIES[revision.action];
  if (kind === undefined) return;
  for (const op of revision.ops) {
    if (op.op === 'add' && op.kind === kind) {
      const value = op.value as { by?: ActorRef; role?: unknown };
      if (value.by?.id !== revision.by.id || value.by.name !== revision.by.name)
        throw untrue(revision, `adds a ${kind} in another person's name`);
      if (kind === 'signature' && value.role !== role)
        throw untrue(revision, `adds a signature with the role "${String(value.role)}"; its author's was "${role}"`);
      if (kind === 'skillRating' && role === 'owner')
        throw untrue(revision, "adds an advisor's rating by the owner, whose rating is the skill's selfRating");
      continue;
    }
    const ownersRating =
      kind === 'skillRating' &&
      role === 'owner' &&
      op.op === 'set' &&
      op.kind === 'skill' &&
      Object.keys(op.set).every((key) => key === 'selfRating') &&
      Object.keys(op.old).every((key) => key === 'selfRating');
    if (!ownersRating) throw untrue(revision, `makes a change ${revision.action} does not make`);
  }
}

/**
 * Checks that a loaded revision was a change its author could make on the plan as it stood just
 * before it (`before`), as the edit functions check it when it is made: the author is a
 * participant then, named as the plan named them; an advisor's action is not one only the owner
 * takes; an advisor removes only their own comments and withdraws only their own suggestions;
 * and the plan's policy allows it (an undo or redo, as for the action of the change it reverts or
 * re-applies). The one exception is `formerAuthors`: people who edited the plan before format
 * version 2 recorded participants, whose revisions of the actions that version 1 had load as
 * they were made. Anything else is `corrupt-history`.
 */
export function checkRevisionAuthor(
  revision: Revision,
  before: PlanData,
  policy: Policy = defaultPolicy,
  formerAuthors: readonly string[] = [],
): void {
  const { by } = revision;
  const action = revision.target?.action ?? revision.action;
  const role = roleOf(before, by.id);
  if (role === undefined) {
    if (formerAuthors.includes(by.id) && !PARTICIPANT_ACTIONS.test(action)) return;
    throw untrue(revision, `is by "${by.id}", who was not a participant of the plan then`);
  }
  const known = role === 'owner' ? before.owner : before.advisors.find((advisor) => advisor.id === by.id);
  if (known !== undefined && known.name !== by.name) {
    const named = (name: string | undefined): string => (name === undefined ? 'without a name' : `"${name}"`);
    throw untrue(revision, `names its author "${by.id}" ${named(by.name)}; the plan named them ${named(known.name)}`);
  }
  checkOwnEntries(revision, role);
  if (role === 'owner') return;
  if (OWNER_ONLY.test(action)) throw untrue(revision, `is by an advisor, but only the owner may do this (${action})`);
  if (revision.action === 'comment.remove') {
    for (const op of revision.ops)
      if (op.op === 'remove' && op.kind === 'comment' && (op.value.by as ActorRef | undefined)?.id !== by.id)
        throw untrue(revision, `removes another person's comment, which only its author or the owner may do`);
  }
  if (revision.action === 'suggestion.withdraw') {
    const suggestion = before.suggestions.find((candidate) => candidate.id === revision.subject?.id);
    if (suggestion !== undefined && suggestion.by.id !== by.id)
      throw untrue(revision, `withdraws another advisor's suggestion`);
  }
  // Loading works on frozen states, so the policy can read the plan and change nothing.
  const request = { actor: by, role, action, plan: before as Plan };
  if (!policy(request)) throw untrue(revision, `is a change its author (${role}) may not make (${action})`);
}
