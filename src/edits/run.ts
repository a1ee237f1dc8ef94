import type { Action } from '../model/action.js';
import type { ActorRef } from '../model/actor.js';
import type { Edit } from '../model/edit.js';
import { envOf, type Env } from '../model/env.js';
import type { Plan } from '../model/plan.js';
import { permit, type EditOptions } from '../history/edit-options.js';
import { historyOf } from '../history/node.js';
import { record, type Change } from '../history/record.js';

/** What an edit is prepared with: where time and ids come from, and who makes it (authorized). */
export interface EditContext {
  readonly env: Env;
  readonly actor: ActorRef;
  readonly options: EditOptions;
}

/**
 * How one kind of edit is made: the action it records (and the policy is asked about), and how
 * it is checked against a plan and turned into operations. `prepare` validates everything and
 * changes nothing; it returns `null` when the edit would change nothing.
 */
export interface Editor<E extends Edit = Edit> {
  readonly action: Action | ((plan: Plan, edit: E) => Action);
  readonly prepare: (plan: Plan, edit: E, context: EditContext) => Change | null;
}

/**
 * The one path every edit takes: the plan and options are checked and the actor authorized
 * first (so a refused actor learns nothing about their input or the plan), then the edit is
 * prepared, then recorded as one revision. An edit that changes nothing returns the same plan.
 */
export function run<P extends Plan, E extends Edit>(plan: P, editor: Editor<E>, edit: E, options: EditOptions): P {
  historyOf(plan);
  const action = typeof editor.action === 'function' ? editor.action(plan, edit) : editor.action;
  const actor = permit(plan, action, options);
  const change = editor.prepare(plan, edit, { env: envOf(options.env), actor, options });
  return change === null ? plan : record(plan, change, actor, options);
}
