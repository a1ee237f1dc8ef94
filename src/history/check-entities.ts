import { CareerPlanError } from '../model/errors.js';
import { REGISTRY, eachEntity, listAt, refIds, type KindDescriptor } from '../model/kinds.js';
import type { Operation } from '../model/operation.js';
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

const SEP = '\u0000';

const topKeys = new Map<string, string>();
/** The first key of a dotted field (`origin` of `origin.assessmentId`), computed once per field. */
function topKey(field: string): string {
  let key = topKeys.get(field);
  if (key === undefined) topKeys.set(field, (key = field.split('.')[0] as string));
  return key;
}

/**
 * The ids and references of a plan, kept up to date as operations change it, so that every
 * state a loaded history passes through is checked against the rules `checkEntities` and the
 * process hold a plan to (ids unique, references resolving, stages known) at the cost of the
 * operations, not of the plan: a history of n revisions is checked in time linear in n and in
 * the size of its changes. Built from a plan already checked whole.
 */
export class EntityIndex {
  /** How many entities use each id: plan ids by id, ids of a kind's own by kind and id. */
  private readonly counts = new Map<string, number>();
  /** The kind of the entity holding each plan id. */
  private readonly kinds = new Map<string, string>();
  /** How many references name each entity, by the kind named and id. */
  private readonly refs = new Map<string, number>();
  private readonly touchedIds: string[] = [];
  /** The references touched since the last check: each key, with its kind and id. */
  private readonly touchedRefs: string[] = [];
  private readonly refKinds: string[] = [];
  private readonly refIds: string[] = [];
  /** Advisor ids touched that are the owner's. */
  private readonly owners: string[] = [];
  private readonly badStages: string[] = [];
  private readonly owner: string;

  constructor(
    plan: PlanData,
    private readonly stages: ReadonlySet<string>,
  ) {
    this.owner = plan.owner.id;
    eachEntity(plan, (kind, entity) => this.entity(kind, entity, 1, false));
    this.decision(plan.decision, 1);
    this.clear();
  }

  /** Counts an entity (not its children) in or out. */
  private entity(kind: KindDescriptor, entity: Readonly<Record<string, unknown>>, by: 1 | -1, nested: boolean): void {
    if (kind.keyed) {
      const id = entity.id as string;
      const key = kind.planIds ? id : `${kind.name}${SEP}${id}`;
      const count = (this.counts.get(key) ?? 0) + by;
      if (count <= 0) {
        this.counts.delete(key);
        this.kinds.delete(key);
      } else {
        this.counts.set(key, count);
        if (kind.planIds) this.kinds.set(key, kind.name);
      }
      this.touchedIds.push(key);
      // What named the entity removed must not name it any more.
      if (by < 0 && kind.planIds) this.touch(`${kind.name}${SEP}${id}`, kind.name, id);
      if (kind.name === 'advisor' && id === this.owner) this.owners.push(id);
    }
    if (kind.name === 'visit' && typeof entity.stage === 'string' && by > 0) this.stage(entity.stage);
    for (const ref of kind.refs) for (const id of refIds(entity, ref)) this.ref(ref.kind, id, by);
    if (!nested) return;
    for (const child of REGISTRY.childrenOf(kind.name))
      for (const item of listAt(entity, child.path) ?? [])
        this.entity(child, item as Readonly<Record<string, unknown>>, by, true);
  }

  private ref(kind: string, id: string, by: 1 | -1): void {
    const key = `${kind}${SEP}${id}`;
    const count = (this.refs.get(key) ?? 0) + by;
    if (count <= 0) this.refs.delete(key);
    else this.refs.set(key, count);
    if (by > 0) this.touch(key, kind, id);
  }

  private touch(key: string, kind: string, id: string): void {
    this.touchedRefs.push(key);
    this.refKinds.push(kind);
    this.refIds.push(id);
  }

  private decision(decision: unknown, by: 1 | -1): void {
    if (typeof decision !== 'object' || decision === null) return;
    const fields = decision as Readonly<Record<string, unknown>>;
    for (const field of ['chosenOptionId', 'shortTermOptionId', 'longTermOptionId'])
      if (typeof fields[field] === 'string') this.ref('careerOption', fields[field], by);
  }

  private stage(stage: unknown): void {
    if (typeof stage === 'string' && !this.stages.has(stage)) this.badStages.push(stage);
  }

  /** Takes in the steps of one revision (or of its inverse), in the order they are applied. */
  apply(ops: readonly Operation[]): void {
    for (const op of ops) {
      if (op.op === 'move') continue;
      if (op.op === 'add' || op.op === 'remove') {
        const kind = REGISTRY.kindOf(op.kind);
        if (kind !== undefined) this.entity(kind, op.value, op.op === 'add' ? 1 : -1, true);
        continue;
      }
      const { set, old } = op;
      if (op.kind === 'plan') {
        if (Object.hasOwn(set, 'decision') || Object.hasOwn(old, 'decision')) {
          this.decision(old.decision, -1);
          this.decision(set.decision, 1);
        }
        if (Object.hasOwn(set, 'stage')) this.stage(set.stage);
        continue;
      }
      if (op.kind === 'visit') {
        if (Object.hasOwn(set, 'stage')) this.stage(set.stage);
        continue;
      }
      const kind = REGISTRY.kindOf(op.kind);
      if (kind === undefined) continue;
      for (const ref of kind.refs) {
        const key = topKey(ref.field);
        if (!Object.hasOwn(set, key) && !Object.hasOwn(old, key)) continue;
        for (const id of refIds(old, ref)) this.ref(ref.kind, id, -1);
        for (const id of refIds(set, ref)) this.ref(ref.kind, id, 1);
      }
      // A set that replaces a child list (a career option's activities) changes the ids it holds.
      for (const child of REGISTRY.childrenOf(kind.name)) {
        const key = child.path[0] as string;
        if (!Object.hasOwn(set, key) && !Object.hasOwn(old, key)) continue;
        for (const item of (old[key] as readonly Record<string, unknown>[] | undefined) ?? [])
          this.entity(child, item, -1, true);
        for (const item of (set[key] as readonly Record<string, unknown>[] | undefined) ?? [])
          this.entity(child, item, 1, true);
      }
    }
  }

  /**
   * Checks the state the steps taken in since the last check lead to (`when`: "after revision
   * 12", "before revision 12"): the ids they touched are used once, the references they made
   * or the entities they removed resolve, the stages they name are the process's; else
   * `corrupt-history`.
   */
  check(when: string, seq: number): void {
    if (this.touchedIds.length + this.touchedRefs.length + this.owners.length + this.badStages.length === 0) return;
    for (const key of this.touchedIds)
      if ((this.counts.get(key) ?? 0) > 1)
        this.fail(when, seq, `would use the id "${key.split(SEP).at(-1) ?? ''}" twice`);
    for (const id of this.owners)
      if (this.counts.has(`advisor${SEP}${id}`)) this.fail(when, seq, 'would have its owner as an advisor');
    for (let i = 0; i < this.touchedRefs.length; i++) {
      const key = this.touchedRefs[i] as string;
      if ((this.refs.get(key) ?? 0) === 0) continue;
      const kind = this.refKinds[i] as string;
      const id = this.refIds[i] as string;
      if (this.kinds.get(id) !== kind)
        this.fail(when, seq, `would name the ${REGISTRY.kindOf(kind)?.noun ?? kind} "${id}", which it did not have`);
    }
    if (this.badStages.length > 0)
      this.fail(when, seq, `would be in the stage "${this.badStages[0] ?? ''}", which its process does not have`);
    this.clear();
  }

  private clear(): void {
    if (this.touchedIds.length + this.touchedRefs.length + this.owners.length + this.badStages.length === 0) return;
    this.touchedIds.length = 0;
    this.touchedRefs.length = 0;
    this.refKinds.length = 0;
    this.refIds.length = 0;
    this.owners.length = 0;
    this.badStages.length = 0;
  }

  private fail(when: string, seq: number, message: string): never {
    this.clear();
    throw new CareerPlanError('corrupt-history', `${when}, the plan ${message}`, { seq });
  }
}
