import { CareerPlanError } from '../model/errors.js';
import type { PlanData } from '../model/plan.js';
import { REGISTRY, eachEntity, refIds } from '../model/kinds.js';
import type { Process } from '../model/process.js';

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

  // Ids are unique across the plan's entities (advisors are participants, named apart), and
  // every reference an entity makes names an entity of its kind: both from the registry.
  const ids = new Set<string>();
  const idsOf = new Map<string, Set<string>>();
  eachEntity(plan, (kind, entity, where) => {
    if (!kind.planIds) return;
    const id = entity.id as string;
    if (ids.has(id))
      throw new CareerPlanError('duplicate-id', `The id "${id}" is used twice (again at ${where})`, { id, where });
    ids.add(id);
    let own = idsOf.get(kind.name);
    if (own === undefined) idsOf.set(kind.name, (own = new Set()));
    own.add(id);
  });
  const advisors = new Set<string>([plan.owner.id]);
  plan.advisors.forEach((advisor, i) => {
    if (advisors.has(advisor.id))
      throw new CareerPlanError('duplicate-id', `"${advisor.id}" is a participant twice (again at advisors.${i})`, {
        id: advisor.id,
        where: `advisors.${i}`,
      });
    advisors.add(advisor.id);
  });
  eachEntity(plan, (kind, entity, where) => {
    for (const ref of kind.refs) {
      for (const id of refIds(entity, ref)) {
        if (idsOf.get(ref.kind)?.has(id) !== true) {
          const noun = REGISTRY.kindOf(ref.kind)?.noun ?? ref.kind;
          throw new CareerPlanError(
            'invalid-reference',
            `${where}.${ref.field} names the ${noun} "${id}", which the plan does not have`,
            { where: `${where}.${ref.field}`, kind: noun, id },
          );
        }
      }
    }
  });
  const options = idsOf.get('careerOption') ?? new Set<string>();
  const refs = (set: Set<string>, values: readonly string[] | undefined, where: string, kind: string): void => {
    for (const id of values ?? []) {
      if (!set.has(id))
        throw new CareerPlanError(
          'invalid-reference',
          `${where} names the ${kind} "${id}", which the plan does not have`,
          { where, kind, id },
        );
    }
  };
  const decision = plan.decision;
  if (decision !== null) {
    const named = [decision.chosenOptionId, decision.shortTermOptionId, decision.longTermOptionId].filter(
      (id): id is string => id !== undefined,
    );
    refs(options, named, 'decision', 'career option');
  }
}
