import type { Action } from './action.js';
import type { ActorRef } from './actor.js';
import { hiddenOf } from './hidden.js';
import type { Plan } from './plan.js';

/**
 * What a {@link Policy} is asked: may this actor, in this role, make this change to this plan?
 *
 * @example
 * ```ts
 * import { createPlan, type PermissionRequest } from 'career-plan';
 *
 * const request: PermissionRequest = { actor: { id: 'dana' }, role: 'counselor', action: 'goal.add',
 *   plan: createPlan({ owner: { id: 'alex' } }) };
 * console.log(request.role, request.action); // counselor goal.add
 * ```
 * @category Participants
 */
export interface PermissionRequest {
  /** Who makes the change. */
  readonly actor: ActorRef;
  /** `owner`, or the advisor's role (`counselor`, `mentor`, ... or the app's own). */
  readonly role: string;
  /** The revision action, such as `goal.add` (for undo and redo: the action undone or redone). */
  readonly action: Action;
  /**
   * The plan before the change. While a document loads, the policy is asked about each advisor's
   * revision with the plan as it stood then: its data, frozen, without a history.
   */
  readonly plan: Plan;
}

/**
 * Decides whether an actor may make an edit. It is asked only about participants (the owner and
 * the plan's advisors): anyone else is refused before it is asked, and a few rules hold whatever
 * it says (only the owner manages advisors, writes private notes, and accepts or declines
 * suggestions; only a suggestion's author withdraws it). A refused edit fails with
 * `CareerPlanError` code `forbidden` and changes nothing.
 *
 * @example
 * ```ts
 * import { defaultPolicy, type Policy } from 'career-plan';
 *
 * // A supervisor may also approve milestones.
 * const policy: Policy = (request) =>
 *   defaultPolicy(request) || (request.role === 'supervisor' && request.action.startsWith('milestone.'));
 * ```
 * @category Participants
 */
export type Policy = (request: PermissionRequest) => boolean;

/** What advisors may do under the default policy. */
const ADVISOR_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  'note.add',
  'comment.add',
  'comment.remove',
  'suggestion.add',
  'suggestion.withdraw',
  'resource.add',
  'skill.rate',
  'review.add',
  'signature.add',
]);

/**
 * The default policy, after the career planning literature ("a counselor can't set your goals
 * for you"): the owner may make every change; advisors may comment (`comment.add`, `note.add`,
 * and `comment.remove` of their own comments),
 * suggest goals, strategies and changes (`suggestion.add`, `suggestion.withdraw`), add
 * resources (`resource.add`), rate the person's skills (`skill.rate`), record a review
 * (`review.add`) and sign the plan (`signature.add`), and nothing else.
 *
 * @example
 * ```ts
 * import { defaultPolicy, createPlan } from 'career-plan';
 *
 * const plan = createPlan({ owner: { id: 'alex' } });
 * defaultPolicy({ actor: { id: 'dana' }, role: 'counselor', action: 'goal.add', plan }); // false
 * defaultPolicy({ actor: { id: 'dana' }, role: 'counselor', action: 'comment.add', plan }); // true
 * ```
 * @category Participants
 */
export const defaultPolicy: Policy = (request) => request?.role === 'owner' || ADVISOR_ACTIONS.has(request?.action);

/**
 * The policy a plan follows: the one given to `createPlan` or `deserialize`, else
 * {@link defaultPolicy}.
 *
 * @example
 * ```ts
 * import { createPlan, defaultPolicy, policyOf } from 'career-plan';
 *
 * policyOf(createPlan({ owner: { id: 'alex' } })) === defaultPolicy; // true
 * ```
 * @category Participants
 */
export function policyOf(plan: Plan): Policy {
  return (hiddenOf(plan)?.policy as Policy | undefined) ?? defaultPolicy;
}
