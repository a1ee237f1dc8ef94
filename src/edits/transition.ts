import type { EditOf } from '../model/edit.js';
import { CareerPlanError, shown } from '../model/errors.js';
import type { JsonValue } from '../model/json.js';
import type { Plan, StageDataMap } from '../model/plan.js';
import type { EditOptions } from '../history/edit-options.js';
import { canTransition, requireProcess } from '../process/can-transition.js';
import { run, type Editor } from './run.js';

/** The editor of `transition`: the open visit is left, a new one opened, and the plan's stage set. */
export const transitionEditor: Editor<EditOf<'transition'>> = {
  action: 'stage.transition',
  prepare: (plan, { to }, { env, actor, options }) => {
    const process = requireProcess(plan);
    const target = process.stages.find((stage) => stage.id === to);
    if (target === undefined) {
      throw new CareerPlanError('unknown-stage', `The process "${process.title}" has no stage "${shown(to)}"`, {
        stage: shown(to),
        stages: process.stages.map((stage) => stage.id),
      });
    }
    if (to === plan.stage) return null;
    const check = canTransition(plan, to);
    if (!check.ok) {
      throw new CareerPlanError(
        'transition-blocked',
        `The plan cannot move to "${target.title}" yet: ${check.reasons.map((r) => r.message).join('; ')}`,
        {
          from: plan.stage,
          to,
          reasons: check.reasons,
        },
      );
    }
    const at = env.now();
    const from = process.stages.find((stage) => stage.id === plan.stage);
    const last = plan.journey.length - 1;
    const visit = {
      stage: target.id,
      enteredAt: at,
      enteredBy: actor,
      ...(options.reason === undefined ? {} : { reason: options.reason }),
    };
    return {
      info: {
        action: 'stage.transition',
        subject: { kind: 'stage', id: target.id, label: target.title },
        from: { kind: 'stage', id: plan.stage, label: from?.title ?? plan.stage },
        at,
        edit: { kind: 'transition', to: target.id },
      },
      ops: [
        { op: 'set', kind: 'visit', index: last, set: { leftAt: at }, old: {} },
        { op: 'add', kind: 'visit', index: last + 1, value: visit as unknown as Record<string, JsonValue> },
        { op: 'set', kind: 'plan', set: { stage: target.id }, old: { stage: plan.stage } },
      ],
    };
  },
};

/**
 * Moves the plan to another stage of its process, as one revision (action `stage.transition`,
 * with the reason). Back to any earlier stage at any time; forward when the readiness rules of
 * the target stage (and of every stage passed over) hold. The journey records the visit: the
 * current visit is closed (`leftAt`) and a new one opened with who moved the plan and why.
 * Moving to the stage the plan is already in changes nothing and returns the same plan.
 *
 * @param plan - the plan
 * @param to - the stage to move to; on a typed plan a stage its process lacks does not compile
 * @param options - who, why (kept in the journey and the revision), and the environment
 * @throws CareerPlanError `unknown-stage`, or `transition-blocked` with the reasons in
 *   `details.reasons` (see `canTransition`)
 * @example
 * ```ts
 * import { addAssessment, addCareerOption, createPlan, transition } from 'career-plan';
 *
 * let plan = createPlan({ owner: { id: 'alex' } });
 * plan = addAssessment(plan, { kind: 'interests', instrument: 'O*NET Interest Profiler', takenAt: '2026-01-10' });
 * plan = addCareerOption(plan, { title: 'Network Technician' });
 * plan = transition(plan, 'exploration', { reason: 'Assessments done' });
 * plan = transition(plan, 'self-assessment', { reason: 'Want to retake the values inventory' });
 * console.log(plan.journey.length); // 3
 * ```
 * @category Stages
 */
export function transition<S extends string, D extends StageDataMap>(
  plan: Plan<S, D>,
  to: NoInfer<S>,
  options: EditOptions = {},
): Plan<S, D> {
  return run(plan, transitionEditor, { kind: 'transition', to }, options);
}
