import { CareerPlanError } from '../model/errors.js';
import { REGISTRY, eachEntity, refIds } from '../model/kinds.js';
import type { PlanData } from '../model/plan.js';

/**
 * Checks what the schemas cannot about a plan's entities: ids are unique across the plan (and
 * participants among themselves), and every reference an entity or the decision makes names an
 * entity the plan holds (the registry of kinds says which fields are references, and to what).
 * Notes may stay about an entity that was removed later, so `note.about` is not checked. Used on
 * loading, and after an undo or redo that is not the latest change (others may have linked what
 * it removes).
 */
export function checkEntities(plan: PlanData): void {
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
