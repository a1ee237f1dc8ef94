import { CareerPlanError } from '../model/errors.js';
import { REGISTRY, eachEntity, refIds } from '../model/kinds.js';
import type { ActorRef } from '../model/actor.js';
import type { PlanData } from '../model/plan.js';
import type { Revision } from '../model/revision.js';

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
  const apart = new Map<string, Set<string>>(); // kinds with ids of their own (private notes)
  eachEntity(plan, (kind, entity, where) => {
    if (!kind.planIds) {
      if (!kind.keyed || kind.name === 'advisor') return;
      let own = apart.get(kind.name);
      if (own === undefined) apart.set(kind.name, (own = new Set()));
      const id = entity.id as string;
      if (own.has(id))
        throw new CareerPlanError('duplicate-id', `The id "${id}" is used twice (again at ${where})`, { id, where });
      own.add(id);
      return;
    }
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

/**
 * Checks that a revision by a participant of the plan (as it stood just before the revision,
 * `before`) records them as the plan named them then: the owner as the plan's owner, an advisor
 * with the name the plan gave them. A participant recorded by another name ("Mallory updated
 * the goal" by the counselor's id) is refused with `corrupt-history`. (Authors who were not
 * participants are not refused here: documents of format version 1, before participants, have
 * them.)
 */
export function checkAuthor(revision: Revision, before: PlanData): void {
  const { by } = revision;
  const known: ActorRef | undefined =
    by.id === before.owner.id ? before.owner : before.advisors.find((advisor) => advisor.id === by.id);
  if (known === undefined || known.name === by.name) return;
  const named = (name: string | undefined): string => (name === undefined ? 'without a name' : `"${name}"`);
  throw new CareerPlanError(
    'corrupt-history',
    `Revision ${revision.seq} names its author "${by.id}" ${named(by.name)}; the plan named them ${named(known.name)}`,
    { seq: revision.seq, actor: by.id },
  );
}
