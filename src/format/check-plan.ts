import { CareerPlanError } from '../model/errors.js';
import { ROOT_KINDS, listAt } from '../model/kinds.js';
import type { PlanData } from '../model/plan.js';
import type { Process } from '../model/process.js';
import { checkEntities } from '../history/check-entities.js';

/**
 * Checks what a schema cannot: the plan's stage, journey and stage data fit its process; ids
 * are unique across the plan; every reference names an entity the plan holds (the registry of
 * kinds says which fields are references, and to what). Notes may stay
 * about an entity that was removed later, so `note.about` is not checked.
 */
export function checkPlan(plan: PlanData, process: Process): void {
  const stages = new Map(process.stages.map((stage) => [stage.id as string, stage]));
  const unknownStage = (stage: string, where: string): never => {
    throw new CareerPlanError(
      'unknown-stage',
      `${where} names the stage "${stage}", which the process "${process.id}" does not have`,
      { stage, where },
    );
  };
  const invalid = (message: string, details: Record<string, unknown>): never => {
    throw new CareerPlanError('invalid-document', message, details);
  };
  if (!stages.has(plan.stage)) unknownStage(plan.stage, 'plan.stage');
  plan.journey.forEach((visit, index) => {
    if (!stages.has(visit.stage)) unknownStage(visit.stage, `plan.journey.${index}`);
    const last = index === plan.journey.length - 1;
    if (last !== (visit.leftAt === undefined))
      invalid('Every visit in the journey but the last has been left, and the last is open', { index });
  });
  if (plan.journey.at(-1)?.stage !== plan.stage)
    invalid("The last visit of the journey is not the plan's stage", { stage: plan.stage });
  for (const [stage, data] of Object.entries(plan.stageData)) {
    const schema = (
      process.dataSchemas as Readonly<
        Record<string, { safeParse(value: unknown): { success: boolean; error?: { issues: unknown } } }>
      >
    )[stage];
    if (!stages.has(stage)) unknownStage(stage, 'plan.stageData');
    if (schema === undefined) invalid(`The stage "${stage}" keeps no data, but the plan holds some`, { stage });
    const result = schema?.safeParse(data);
    if (result !== undefined && !result.success)
      invalid(`The data of stage "${stage}" does not match its schema`, { stage, issues: result.error?.issues });
  }

  checkEntities(plan);
}

/** Whether `plan` is as `createPlan` makes one: no entities, one open visit to the first stage. */
export function isCreated(plan: PlanData, process: Process): boolean {
  return (
    plan.stage === process.stages[0]?.id &&
    plan.journey.length === 1 &&
    plan.journey[0]?.leftAt === undefined &&
    plan.decision === null &&
    Object.keys(plan.stageData).length === 0 &&
    ROOT_KINDS.every((kind) => !kind.keyed || listAt(plan, kind.path)?.length === 0)
  );
}
