import type * as z from 'zod';
import type { Action } from '../model/action.js';
import type { Edit } from '../model/edit.js';
import type { JsonValue } from '../model/json.js';
import { descriptor, listAt, type ListKind } from '../model/kinds.js';
import type { Plan } from '../model/plan.js';
import { parseOrThrow } from '../model/validate.js';
import type { Change } from '../history/record.js';
import type { EditContext, Editor } from './run.js';
import {
  applyChanges,
  changedKeys,
  dropUndefined,
  ensureEntityRefs,
  ensureIndex,
  ensureNewIds,
  indexById,
  notFound,
  recordedChanges,
  setStep,
  unlinkSteps,
} from './shared.js';

/** An entity kept in a list and found by id. */
export interface Entity {
  readonly id: string;
}

/**
 * What the generic add, update, remove and move edits need to know about one kind of the plan's
 * root lists, beyond what the registry of kinds says (where the list is, its schema, its
 * references). Each kind's file describes it once; its exported edits are thin, documented
 * functions over {@link addEditor}, {@link updateEditor}, {@link removeEditor} and
 * {@link moveEditor}.
 */
export interface Collection<E extends Entity> {
  /** The kind in the registry. */
  readonly kind: ListKind;
  /** The stored schema. */
  readonly schema: z.ZodType<E>;
  /** The input schema of an add. */
  readonly input: z.ZodType;
  /** Keys an update cannot change (besides the id). */
  readonly fixed?: readonly string[];
  /** Turns a parsed input into the stored entity's fields: new ids for nested items, defaults from the environment. */
  readonly build?: (input: Record<string, unknown>, context: BuildContext, plan: Plan) => Record<string, unknown>;
  /** The input as the revision's edit records it, with every id resolved (default: the input with the entity's id). */
  readonly resolve?: (input: Record<string, unknown>, entity: E) => Record<string, unknown>;
  /** Prepares an update's changes (new ids for nested items). */
  readonly prepareChanges?: (changes: Record<string, unknown>, context: EditContext) => Record<string, unknown>;
  /**
   * Checks besides the references the registry lists (which every add and update checks): throws `invalid-reference`.
   */
  readonly checkRefs?: (plan: Plan, entity: E, before?: E) => void;
  /** Ids of nested entities the entity brings (strategies of a goal), for the duplicate check. */
  readonly nestedIds?: (entity: E) => readonly string[];
  /** Throws when the entity cannot be removed now. */
  readonly guardRemove?: (plan: Plan, id: string) => void;
}

/**
 * What `build` gets: the edit's context and `now()`, the edit's one reading of the clock (the
 * revision records the same instant, so replaying the edit at the revision's time gives the
 * same entity).
 */
export interface BuildContext extends EditContext {
  readonly now: () => string;
}

const noun = (collection: { readonly kind: ListKind }): string => descriptor(collection.kind).noun;
const listOf = <E extends Entity>(collection: Collection<E>, plan: Plan): readonly E[] =>
  (listAt(plan, descriptor(collection.kind).path) ?? []) as readonly E[];
const subject = <E extends Entity>(collection: Collection<E>, entity: E) => ({
  kind: collection.kind,
  id: entity.id,
  label: descriptor(collection.kind).label(entity as unknown as Readonly<Record<string, unknown>>),
});
const action = (collection: { readonly kind: ListKind }, verb: 'add' | 'update' | 'remove' | 'move'): Action =>
  `${collection.kind}.${verb}` as Action;

/** The change that adds an entity (validated, with ids from the environment) at the end of its list. */
export function prepareAdd<E extends Entity>(
  collection: Collection<E>,
  plan: Plan,
  input: unknown,
  context: EditContext,
  kind: Edit['kind'],
): Change {
  const parsed = parseOrThrow(collection.input, dropUndefined(input), `${noun(collection)} input`) as Record<
    string,
    unknown
  >;
  const id = (parsed.id as string | undefined) ?? context.env.newId();
  let at: string | undefined;
  const now = (): string => (at ??= context.env.now());
  const fields = collection.build ? collection.build(parsed, { ...context, now }, plan) : parsed;
  const entity = parseOrThrow(collection.schema, { ...fields, id }, noun(collection));
  ensureNewIds(plan, [entity.id, ...(collection.nestedIds?.(entity) ?? [])]);
  collection.checkRefs?.(plan, entity);
  ensureEntityRefs(plan, collection.kind, entity as unknown as Readonly<Record<string, unknown>>);
  const resolved = collection.resolve ? collection.resolve(parsed, entity) : { ...parsed, id };
  return {
    info: {
      action: action(collection, 'add'),
      subject: subject(collection, entity),
      edit: { kind, input: resolved } as Edit,
      ...(at === undefined ? {} : { at }),
    },
    ops: [
      {
        op: 'add',
        kind: collection.kind,
        index: listOf(collection, plan).length,
        value: entity as unknown as Record<string, JsonValue>,
      },
    ],
  };
}

/** The change that updates an entity's fields, or `null` when the changes change nothing. */
export function prepareUpdate<E extends Entity>(
  collection: Collection<E>,
  plan: Plan,
  id: string,
  changes: unknown,
  context: EditContext,
  kind: Edit['kind'],
): Change | null {
  const list = listOf(collection, plan);
  const index = indexById(list, id);
  if (index < 0) notFound(noun(collection), id);
  const current = list[index] as E;
  const prepared =
    collection.prepareChanges && typeof changes === 'object' && changes !== null
      ? collection.prepareChanges(changes as Record<string, unknown>, context)
      : changes;
  const next = applyChanges(
    collection.schema,
    current,
    prepared,
    collection.fixed ?? [],
    noun(collection),
    collection.input,
  );
  const keys = changedKeys(current, next);
  if (keys.length === 0) return null;
  if (collection.nestedIds) {
    const before = new Set(collection.nestedIds(current));
    ensureNewIds(
      plan,
      collection.nestedIds(next).filter((nested) => !before.has(nested)),
    );
  }
  collection.checkRefs?.(plan, next, current);
  ensureEntityRefs(plan, collection.kind, next as unknown as Readonly<Record<string, unknown>>);
  const recorded = recordedChanges(prepared, next);
  const { set, old } = setStep(current, next, keys, recorded);
  return {
    info: {
      action: action(collection, 'update'),
      subject: subject(collection, next),
      edit: { kind, id, changes: recorded } as Edit,
    },
    // One literal with every field (not a spread), so that the step keeps its fields in the object itself.
    ops: [{ op: 'set', kind: collection.kind, id, set, old }],
  };
}

/** The change that removes an entity and unlinks everything that refers to it. */
export function prepareRemove<E extends Entity>(
  collection: Collection<E>,
  plan: Plan,
  id: string,
  kind: Edit['kind'],
): Change {
  const list = listOf(collection, plan);
  const index = indexById(list, id);
  if (index < 0) notFound(noun(collection), id);
  const current = list[index] as E;
  collection.guardRemove?.(plan, current.id);
  return {
    info: { action: action(collection, 'remove'), subject: subject(collection, current), edit: { kind, id } as Edit },
    ops: [
      { op: 'remove', kind: collection.kind, index, value: current as unknown as Record<string, JsonValue> },
      ...unlinkSteps(plan, collection.kind, current.id),
    ],
  };
}

/** The change that moves an entity to another position of its list, or `null` when it is there. */
export function prepareMove<E extends Entity>(
  collection: Collection<E>,
  plan: Plan,
  id: string,
  toIndex: unknown,
  kind: Edit['kind'],
): Change | null {
  const list = listOf(collection, plan);
  const index = indexById(list, id);
  if (index < 0) notFound(noun(collection), id);
  const target = ensureIndex(toIndex, list.length, noun(collection));
  if (target === index) return null;
  return {
    info: {
      action: action(collection, 'move'),
      subject: subject(collection, list[index] as E),
      edit: { kind, id, toIndex: target } as Edit,
    },
    ops: [{ op: 'move', kind: collection.kind, id, from: index, to: target }],
  };
}

type Params<K extends Edit['kind']> = Extract<Edit, { readonly kind: K }>;

/** What an entity edit carries, read as the edit gives it (each preparer validates it). */
interface EntityEditFields {
  readonly input?: unknown;
  readonly id?: unknown;
  readonly changes?: unknown;
  readonly toIndex?: unknown;
}

type Verb = 'add' | 'update' | 'remove' | 'move';

const preparers: {
  readonly [V in Verb]: (
    collection: Collection<Entity>,
    plan: Plan,
    edit: EntityEditFields,
    context: EditContext,
    kind: Edit['kind'],
  ) => Change | null;
} = {
  add: (collection, plan, edit, context, kind) => prepareAdd(collection, plan, edit.input, context, kind),
  update: (collection, plan, edit, context, kind) =>
    prepareUpdate(collection, plan, edit.id as string, edit.changes, context, kind),
  remove: (collection, plan, edit, _context, kind) => prepareRemove(collection, plan, edit.id as string, kind),
  move: (collection, plan, edit, _context, kind) =>
    prepareMove(collection, plan, edit.id as string, edit.toIndex, kind),
};

/** The editor of one verb of a collection's edits (`{ kind, input }`, `{ kind, id, changes }`, ...). */
function entityEditor<K extends Edit['kind'], E extends Entity>(
  collection: Collection<E>,
  verb: Verb,
  kind: K,
): Editor<Params<K>> {
  return {
    action: action(collection, verb),
    prepare: (plan, edit, context) =>
      preparers[verb](collection as unknown as Collection<Entity>, plan, edit as EntityEditFields, context, kind),
  };
}

/** The editor of an add (`{ kind, input }`). */
export const addEditor = <K extends Edit['kind'], E extends Entity>(collection: Collection<E>, kind: K) =>
  entityEditor(collection, 'add', kind);
/** The editor of an update (`{ kind, id, changes }`). */
export const updateEditor = <K extends Edit['kind'], E extends Entity>(collection: Collection<E>, kind: K) =>
  entityEditor(collection, 'update', kind);
/** The editor of a removal (`{ kind, id }`). */
export const removeEditor = <K extends Edit['kind'], E extends Entity>(collection: Collection<E>, kind: K) =>
  entityEditor(collection, 'remove', kind);
/** The editor of a move (`{ kind, id, toIndex }`). */
export const moveEditor = <K extends Edit['kind'], E extends Entity>(collection: Collection<E>, kind: K) =>
  entityEditor(collection, 'move', kind);
