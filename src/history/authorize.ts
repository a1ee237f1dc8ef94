import type { Action } from '../model/action.js';
import type { ActorRef } from '../model/actor.js';
import { CareerPlanError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { policyOf } from '../model/policy.js';

/** The participant role of an actor: `owner`, an advisor's role, or undefined for anyone else. */
export function roleOf(plan: Plan, actorId: string): string | undefined {
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
