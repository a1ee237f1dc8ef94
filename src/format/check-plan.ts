import { CareerPlanError } from '../model/errors.js';
import type { PlanData } from '../model/plan.js';
import type { Process } from '../model/process.js';

/**
 * Checks what a schema cannot: the plan's stage, journey and stage data fit its process; ids
 * are unique across the plan; every reference names an entity the plan holds. Notes may stay
 * about an entity that was removed later, so `note.about` is not checked.
 */
export function checkPlan(plan: PlanData, process: Process): void {
  const stages = new Map(process.stages.map((stage) => [stage.id as string, stage]));
  const unknownStage = (stage: string, where: string): never => {
    throw new CareerPlanError('unknown-stage', `${where} names the stage "${stage}", which the process "${process.id}" does not have`, { stage, where });
  };
  const invalid = (message: string, details: Record<string, unknown>): never => {
    throw new CareerPlanError('invalid-document', message, details);
  };
  if (!stages.has(plan.stage)) unknownStage(plan.stage, 'plan.stage');
  plan.journey.forEach((visit, index) => {
    if (!stages.has(visit.stage)) unknownStage(visit.stage, `plan.journey.${index}`);
    const last = index === plan.journey.length - 1;
    if (last !== (visit.leftAt === undefined)) invalid('Every visit in the journey but the last has been left, and the last is open', { index });
  });
  if (plan.journey.at(-1)?.stage !== plan.stage) invalid('The last visit of the journey is not the plan\'s stage', { stage: plan.stage });
  for (const [stage, data] of Object.entries(plan.stageData)) {
    const schema = (process.dataSchemas as Readonly<Record<string, { safeParse(value: unknown): { success: boolean; error?: { issues: unknown } } }>>)[stage];
    if (!stages.has(stage)) unknownStage(stage, 'plan.stageData');
    if (schema === undefined) invalid(`The stage "${stage}" keeps no data, but the plan holds some`, { stage });
    const result = schema?.safeParse(data);
    if (result !== undefined && !result.success) invalid(`The data of stage "${stage}" does not match its schema`, { stage, issues: result.error?.issues });
  }

  const ids = new Set<string>();
  const claim = (id: string, where: string): void => {
    if (ids.has(id)) throw new CareerPlanError('duplicate-id', `The id "${id}" is used twice (again at ${where})`, { id, where });
    ids.add(id);
  };
  const each = (list: readonly { readonly id: string }[], where: string): void => list.forEach((item, i) => claim(item.id, `${where}.${i}`));
  each(plan.assessments, 'assessments');
  each(plan.careerOptions, 'careerOptions');
  plan.careerOptions.forEach((option, i) => each(option.activities, `careerOptions.${i}.activities`));
  each(plan.goals, 'goals');
  plan.goals.forEach((goal, i) => each(goal.strategies, `goals.${i}.strategies`));
  each(plan.barriers, 'barriers');
  each(plan.resources, 'resources');
  each(plan.milestones, 'milestones');
  each(plan.alternatives, 'alternatives');
  each(plan.notes, 'notes');
  each(plan.background.employment, 'background.employment');
  each(plan.background.education, 'background.education');
  each(plan.background.licenses, 'background.licenses');
  each(plan.background.volunteer, 'background.volunteer');
  each(plan.suggestions, 'suggestions');
  each(plan.comments, 'comments');
  each(plan.privateNotes, 'privateNotes');
  const advisors = new Set<string>([plan.owner.id]);
  plan.advisors.forEach((advisor, i) => {
    if (advisors.has(advisor.id)) throw new CareerPlanError('duplicate-id', `"${advisor.id}" is a participant twice (again at advisors.${i})`, { id: advisor.id, where: `advisors.${i}` });
    advisors.add(advisor.id);
  });

  const has = (list: readonly { readonly id: string }[]) => new Set(list.map((item) => item.id));
  const goals = has(plan.goals);
  const options = has(plan.careerOptions);
  const refs = (set: Set<string>, values: readonly string[] | undefined, where: string, kind: string): void => {
    for (const id of values ?? []) {
      if (!set.has(id)) throw new CareerPlanError('invalid-reference', `${where} names the ${kind} "${id}", which the plan does not have`, { where, kind, id });
    }
  };
  plan.goals.forEach((goal, i) => {
    refs(goals, goal.supports, `goals.${i}.supports`, 'goal');
    refs(has(plan.resources), goal.resourceIds, `goals.${i}.resourceIds`, 'resource');
  });
  plan.barriers.forEach((barrier, i) => refs(goals, barrier.goalIds, `barriers.${i}.goalIds`, 'goal'));
  plan.milestones.forEach((milestone, i) => refs(goals, milestone.goalIds, `milestones.${i}.goalIds`, 'goal'));
  plan.alternatives.forEach((alternative, i) => refs(options, alternative.optionId === undefined ? [] : [alternative.optionId], `alternatives.${i}.optionId`, 'career option'));
  const assessments = has(plan.assessments);
  plan.careerOptions.forEach((option, i) => {
    const from = option.origin?.assessmentId;
    refs(assessments, from === undefined ? [] : [from], `careerOptions.${i}.origin.assessmentId`, 'assessment');
  });
  const decision = plan.decision;
  if (decision !== null) {
    const named = [decision.chosenOptionId, decision.shortTermOptionId, decision.longTermOptionId].filter((id): id is string => id !== undefined);
    refs(options, named, 'decision', 'career option');
  }
}
