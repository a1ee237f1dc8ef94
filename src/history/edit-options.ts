import type { Action } from '../model/action.js';
import { actorRefSchema, type ActorRef } from '../model/actor.js';
import { CareerPlanError, shown } from '../model/errors.js';
import { envOf, type Env } from '../model/env.js';
import type { Plan } from '../model/plan.js';
import { parseOrThrow } from '../model/validate.js';
import { authorize } from './authorize.js';
import { historyOf, viewerOf } from './node.js';

/**
 * What every edit accepts besides its own arguments: who makes the change, why, and the
 * environment that supplies time and ids.
 *
 * @example
 * ```ts
 * import { addGoal, createPlan, fixedEnv, type EditOptions } from 'career-plan';
 *
 * const env = fixedEnv();
 * const options: EditOptions = { by: 'alex', reason: 'Agreed with my counselor', env };
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }, { env }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' }, options);
 * ```
 * @category Edits
 */
export interface EditOptions {
  /** Who makes the change: an actor id or reference. Defaults to the plan's owner. */
  readonly by?: string | ActorRef;
  /** Why, in the person's words; kept in the revision. */
  readonly reason?: string;
  /** Where time and new ids come from (default: {@link defaultEnv}). */
  readonly env?: Env;
}

/**
 * The actor reference an edit records: the owner by default. A participant is recorded as the
 * plan knows them (the owner's or the advisor's name), whatever name the caller passed, so that
 * no one can put another person's name into the history.
 */
export function resolveActor(plan: Plan, by: string | ActorRef | undefined): ActorRef {
  if (by === undefined) return plan.owner;
  const actor = parseOrThrow(actorRefSchema, typeof by === 'string' ? { id: by } : by, 'actor (options.by)');
  if (actor.id === plan.owner.id) return plan.owner;
  const advisor = plan.advisors.find((candidate) => candidate.id === actor.id);
  if (advisor === undefined) return actor;
  return advisor.name === undefined ? { id: advisor.id } : { id: advisor.id, name: advisor.name };
}

/**
 * Checks the options an edit got, before anything else: an object, with a usable `env` and a
 * `reason` of the right form. So a bad option fails with `invalid-input`, never a TypeError
 * halfway through an edit.
 */
export function checkEditOptions(options: unknown): asserts options is EditOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CareerPlanError('invalid-input', 'The options of an edit must be an object ({ by, reason, env })', {
      options: shown(options),
    });
  }
  envOf((options as EditOptions).env);
  const reason = (options as EditOptions).reason;
  if (reason !== undefined && (typeof reason !== 'string' || reason.length > 20_000)) {
    throw new CareerPlanError('invalid-input', 'options.reason must be a string of at most 20,000 characters', {
      reason: shown(reason),
    });
  }
}

/** Edits refuse views: saving an edited view would lose what the view leaves out. */
export function refuseView(plan: Plan): void {
  const viewer = viewerOf(plan);
  if (viewer !== undefined) {
    throw new CareerPlanError(
      'invalid-plan',
      `This plan is a view for "${viewer}" (viewFor), without the owner's private parts: make edits on the full plan`,
      { viewer },
    );
  }
}

/**
 * The checks every edit makes first, before it looks at its input or the plan's contents: the
 * value is a plan made by this library (`invalid-plan`), the options are well formed
 * (`invalid-input`), the plan is not a view (`invalid-plan`), and the actor (`options.by`, by
 * default the owner) may make this kind of change (`forbidden`). So a refused actor learns
 * nothing about their input or the plan. Returns the actor as the plan records them.
 */
export function permit(plan: Plan, action: Action, options: EditOptions): ActorRef {
  historyOf(plan);
  checkEditOptions(options);
  refuseView(plan);
  const actor = resolveActor(plan, options.by);
  authorize(plan, actor, action);
  return actor;
}
