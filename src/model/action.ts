import * as z from 'zod';

/**
 * Every action a revision can record, as the registry's kinds and their verbs make them:
 * `<kind>.<verb>` for a change to an entity (`goal.add`, `strategy.complete`), the plan's own
 * changes (`plan.update`, `stage.transition`, `stageData.set`, `decision.set`,
 * `decision.clear`), and `undo` and `redo`. A policy is asked about these words, so a typo in a
 * policy is a compile error.
 *
 * @example
 * ```ts
 * import { ACTIONS } from 'career-plan';
 *
 * console.log(ACTIONS.includes('goal.add')); // true
 * ```
 * @category History
 */
export const ACTIONS = Object.freeze([
  'goal.add',
  'goal.update',
  'goal.remove',
  'goal.move',
  'strategy.add',
  'strategy.update',
  'strategy.remove',
  'strategy.move',
  'strategy.complete',
  'strategy.reopen',
  'assessment.add',
  'assessment.update',
  'assessment.remove',
  'careerOption.add',
  'careerOption.update',
  'careerOption.remove',
  'activity.add',
  'barrier.add',
  'barrier.update',
  'barrier.remove',
  'resource.add',
  'resource.update',
  'resource.remove',
  'milestone.add',
  'milestone.update',
  'milestone.remove',
  'alternative.add',
  'alternative.update',
  'alternative.remove',
  'note.add',
  'note.update',
  'note.remove',
  'employment.add',
  'employment.update',
  'employment.remove',
  'education.add',
  'education.update',
  'education.remove',
  'license.add',
  'license.update',
  'license.remove',
  'volunteerWork.add',
  'volunteerWork.update',
  'volunteerWork.remove',
  'decision.set',
  'decision.clear',
  'plan.update',
  'stage.transition',
  'stageData.set',
  'advisor.add',
  'advisor.remove',
  'suggestion.add',
  'suggestion.accept',
  'suggestion.decline',
  'suggestion.withdraw',
  'comment.add',
  'comment.remove',
  'privateNote.add',
  'privateNote.remove',
  'skill.add',
  'skill.update',
  'skill.remove',
  'skill.rate',
  'review.add',
  'review.update',
  'review.remove',
  'evidence.add',
  'evidence.update',
  'evidence.remove',
  'signature.add',
  'undo',
  'redo',
] as const);

/**
 * An action a revision records and a policy is asked about. See {@link ACTIONS}.
 *
 * @example
 * ```ts
 * import type { Action } from 'career-plan';
 *
 * const action: Action = 'strategy.complete';
 * ```
 * @category History
 */
export type Action = (typeof ACTIONS)[number];

const actionLiteral = z.literal(ACTIONS);
type ActionSchemaType = typeof actionLiteral;

/**
 * The type of {@link actionSchema}, named so that the declarations that use it refer to it instead
 * of spelling out every action again.
 *
 * @example
 * ```ts
 * import { actionSchema, type ActionSchema } from 'career-plan';
 *
 * const schema: ActionSchema = actionSchema;
 * ```
 * @category History
 */
export interface ActionSchema extends ActionSchemaType {}

/**
 * The schema of an {@link Action}.
 *
 * @example
 * ```ts
 * import { actionSchema } from 'career-plan';
 *
 * actionSchema.safeParse('goal.ad').success; // false
 * ```
 * @category History
 */
export const actionSchema: ActionSchema = actionLiteral;
