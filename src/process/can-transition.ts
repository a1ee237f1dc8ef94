import { CareerPlanError, shown } from '../model/errors.js';
import type { Plan, StageDataMap } from '../model/plan.js';
import { processOf, type Process, type Stage, type TransitionReason } from '../model/process.js';
import type { Catalog } from '../text/catalog.js';
import { catalogOf } from '../model/catalog.js';
import { careerProcess } from './career-process.js';
import { ruleMessage, stageTitle } from './texts.js';

/**
 * The answer of {@link canTransition}.
 *
 * @example
 * ```ts
 * import type { TransitionCheck } from 'career-plan';
 *
 * const check: TransitionCheck = { ok: false, reasons: [{ code: 'same-stage',
 *   message: 'The plan is already in this stage' }] };
 * ```
 * @category Stages
 */
export type TransitionCheck =
  | {
      /** The move may happen. */
      readonly ok: true;
    }
  | {
      /** The move may not happen. */
      readonly ok: false;
      /** Why not, one reason per rule not met. */
      readonly reasons: readonly TransitionReason[];
    };

/** The process of a plan, or `invalid-plan` for a value this library did not make. */
export function requireProcess<S extends string, D extends StageDataMap>(plan: Plan<S, D>): Process<S, D> {
  const process = processOf(plan);
  if (process === undefined) {
    throw new CareerPlanError(
      'invalid-plan',
      'This value is not a plan made by career-plan: create plans with createPlan and load stored ones with ' +
        'deserialize',
    );
  }
  return process;
}

/**
 * Whether the plan may move to stage `to` now, and if not, why. Moving back to any earlier
 * stage is always allowed: the process is bi-directional. Moving forward needs every readiness
 * rule of the target stage to hold, and of every stage passed over (where the process allows
 * passing over stages at all). Never throws for a stage id, known or not; a custom rule whose
 * check throws is reported as a reason (`rule-failed`).
 *
 * @param plan - the plan
 * @param to - the stage to move to
 * @param options - `catalog`: the language of the reasons (default English; `es` from `career-plan/locales/es`)
 * @example
 * ```ts
 * import { canTransition, createPlan } from 'career-plan';
 *
 * const check = canTransition(createPlan({ owner: { id: 'alex' } }), 'exploration');
 * if (!check.ok) console.log(check.reasons.map((r) => r.message));
 * // ['Record at least one assessment before exploring careers', 'Identify at least one career option to explore']
 * ```
 * @category Stages
 */
export function canTransition<S extends string, D extends StageDataMap>(
  plan: Plan<S, D>,
  to: NoInfer<S>,
  options: { readonly catalog?: Catalog } = {},
): TransitionCheck {
  const process = requireProcess(plan);
  const catalog = catalogOf(options?.catalog);
  const m = catalog.messages;
  const ids = process.stages.map((stage) => stage.id as string);
  const title = (id: string): string => {
    const stage = process.stages[ids.indexOf(id)];
    return stage === undefined ? id : stageTitle(stage as Stage, catalog);
  };
  const target = ids.indexOf(to);
  if (target < 0) {
    const name = process === (careerProcess as unknown) ? m.careerProcess : process.title;
    return {
      ok: false,
      reasons: [{ code: 'unknown-stage', message: m.unknownStage({ process: name, stage: shown(to) }) }],
    };
  }
  const current = ids.indexOf(plan.stage);
  if (target === current)
    return { ok: false, reasons: [{ code: 'same-stage', message: m.sameStage({ stage: title(to) }) }] };
  if (target < current) return { ok: true };
  const reasons: TransitionReason[] = [];
  if (target > current + 1 && !process.allowSkip)
    reasons.push({ code: 'no-skipping', message: m.noSkipping({ next: title(ids[current + 1] ?? '') }) });
  for (let index = current + 1; index <= target; index++) {
    const passed = process.stages[index];
    if (passed === undefined) continue;
    for (const rule of passed.rules) {
      let holds: boolean;
      try {
        holds = rule.check(plan as unknown as Plan) === true;
      } catch (error) {
        reasons.push({
          code: 'rule-failed',
          message: m.ruleFailed({
            rule: rule.code,
            stage: title(passed.id),
            error: error instanceof Error ? error.message : shown(error),
          }),
          stage: passed.id,
        });
        continue;
      }
      if (!holds) reasons.push({ code: rule.code, message: ruleMessage(rule, catalog, title), stage: passed.id });
    }
  }
  return reasons.length === 0 ? { ok: true } : { ok: false, reasons };
}
