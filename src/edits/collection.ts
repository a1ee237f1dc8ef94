import { castDraft, type Draft } from 'immer';
import type * as z from 'zod';
import { defaultEnv, type Env } from '../model/env.js';
import type { Plan, PlanData } from '../model/plan.js';
import { parseOrThrow } from '../model/validate.js';
import { permit, record, unchanged, type EditOptions } from '../history/record.js';
import { applyChanges, changedKeys, dropUndefined, ensureIndex, ensureNewIds, indexById, notFound, writeKeys } from './shared.js';

/** An entity kept in a list and found by id. */
export interface Entity {
  readonly id: string;
}

/**
 * How the generic add, update, remove and move edits reach one list of a plan. Each entity
 * kind's file describes its list once; the exported edits are thin, documented functions.
 */
export interface Collection<E extends Entity> {
  /** The entity kind in actions (`goal` makes `goal.add`) and revision subjects. */
  readonly kind: string;
  /** The entity's name in messages. */
  readonly noun: string;
  /** The stored schema. */
  readonly schema: z.ZodType<E>;
  /** The input schema of an add. */
  readonly input: z.ZodType;
  /** The list on a plan. */
  readonly list: (plan: Plan) => readonly E[];
  /** The same list on a draft. */
  readonly draftList: (draft: Draft<PlanData>) => Draft<E>[];
  /** The entity's label in revision descriptions. */
  readonly label: (entity: E) => string;
  /** Keys an update cannot change (besides the id). */
  readonly fixed?: readonly string[];
  /** Turns a parsed input into the stored entity's fields: new ids for nested items, defaults from the environment. */
  readonly build?: (input: Record<string, unknown>, env: Env, options: EditOptions, plan: Plan) => Record<string, unknown>;
  /** Prepares an update's changes (new ids for nested items). */
  readonly prepareChanges?: (changes: Record<string, unknown>, env: Env) => Record<string, unknown>;
  /** Throws `invalid-reference` when the entity names something the plan lacks. */
  readonly checkRefs?: (plan: Plan, entity: E) => void;
  /** Ids of nested entities the entity brings (strategies of a goal), for the duplicate check. */
  readonly nestedIds?: (entity: E) => readonly string[];
  /** Throws when the entity cannot be removed now. */
  readonly guardRemove?: (plan: Plan, id: string) => void;
  /** Removes links to the entity from the rest of the plan, on the draft. */
  readonly unlink?: (draft: Draft<PlanData>, id: string, plan: Plan) => void;
}

const subject = <E extends Entity>(collection: Collection<E>, entity: E) => ({
  kind: collection.kind,
  id: entity.id,
  label: collection.label(entity),
});

/** Adds an entity to its list, as one revision. */
export function addEntity<P extends Plan, E extends Entity>(collection: Collection<E>, plan: P, input: unknown, options: EditOptions): P {
  permit(plan, `${collection.kind}.add`, options);
  const env = options.env ?? defaultEnv;
  const parsed = parseOrThrow(collection.input, dropUndefined(input), `${collection.noun} input`) as Record<string, unknown>;
  const id = parsed.id ?? env.newId();
  const fields = collection.build ? collection.build(parsed, env, options, plan) : parsed;
  const entity = parseOrThrow(collection.schema, { ...fields, id }, collection.noun);
  ensureNewIds(plan, [entity.id, ...(collection.nestedIds?.(entity) ?? [])]);
  collection.checkRefs?.(plan, entity);
  return record(plan, { action: `${collection.kind}.add`, subject: subject(collection, entity) }, options, (draft) => {
    collection.draftList(draft).push(castDraft(entity) as Draft<E>);
  });
}

/** Updates an entity's fields, as one revision; an update that changes nothing returns the same plan. */
export function updateEntity<P extends Plan, E extends Entity>(collection: Collection<E>, plan: P, id: string, changes: unknown, options: EditOptions): P {
  permit(plan, `${collection.kind}.update`, options);
  const list = collection.list(plan);
  const index = indexById(list, id);
  if (index < 0) notFound(collection.noun, id);
  const current = list[index] as E;
  const env = options.env ?? defaultEnv;
  const prepared = collection.prepareChanges && typeof changes === 'object' && changes !== null ? collection.prepareChanges(changes as Record<string, unknown>, env) : changes;
  const next = applyChanges(collection.schema, current, prepared, collection.fixed ?? [], collection.noun);
  const keys = changedKeys(current, next);
  if (keys.length === 0) return unchanged(plan, `${collection.kind}.update`, options);
  if (collection.nestedIds) {
    const before = new Set(collection.nestedIds(current));
    ensureNewIds(plan, collection.nestedIds(next).filter((nested) => !before.has(nested)));
  }
  collection.checkRefs?.(plan, next);
  return record(plan, { action: `${collection.kind}.update`, subject: subject(collection, next) }, options, (draft) => {
    writeKeys(collection.draftList(draft)[index] as object, next, keys);
  });
}

/** Removes an entity and the links to it, as one revision. */
export function removeEntity<P extends Plan, E extends Entity>(collection: Collection<E>, plan: P, id: string, options: EditOptions): P {
  permit(plan, `${collection.kind}.remove`, options);
  const list = collection.list(plan);
  const index = indexById(list, id);
  if (index < 0) notFound(collection.noun, id);
  const current = list[index] as E;
  collection.guardRemove?.(plan, current.id);
  return record(plan, { action: `${collection.kind}.remove`, subject: subject(collection, current) }, options, (draft) => {
    collection.draftList(draft).splice(index, 1);
    collection.unlink?.(draft, current.id, plan);
  });
}

/** Moves an entity to another position in its list, as one revision. */
export function moveEntity<P extends Plan, E extends Entity>(collection: Collection<E>, plan: P, id: string, toIndex: number, options: EditOptions): P {
  permit(plan, `${collection.kind}.move`, options);
  const list = collection.list(plan);
  const index = indexById(list, id);
  if (index < 0) notFound(collection.noun, id);
  const target = ensureIndex(toIndex, list.length, collection.noun);
  if (target === index) return unchanged(plan, `${collection.kind}.move`, options);
  const current = list[index] as E;
  return record(plan, { action: `${collection.kind}.move`, subject: subject(collection, current) }, options, (draft) => {
    const items = collection.draftList(draft);
    const [moved] = items.splice(index, 1);
    items.splice(target, 0, moved as Draft<E>);
  });
}

/** Removes `id` from a list of ids on a draft entity, if present. */
export function dropId(draftEntity: { [key: string]: unknown }, field: string, id: string): void {
  const ids = draftEntity[field];
  if (!Array.isArray(ids)) return;
  const at = (ids as string[]).indexOf(id);
  if (at >= 0) (ids as string[]).splice(at, 1);
}
