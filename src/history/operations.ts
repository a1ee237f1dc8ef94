import { compactFields, isForbiddenKey, jsonEqual, type JsonValue } from '../model/json.js';
import { REGISTRY, listAt, type KindDescriptor, type Registry } from '../model/kinds.js';
import type { Operation } from '../model/operation.js';
import type { PlanData } from '../model/plan.js';
import { freezeNew } from './freeze.js';

/**
 * How closely operations must fit the state: exactly (`true`: loading, and replaying loaded
 * revisions), in values with entities found by id (`'values'`), or not at all (`false`: an edit's
 * own operations, made from the state).
 */
export type Strictness = boolean | 'values';

/** Why an operation does not fit the state it is applied to. */
export class OperationMismatch extends Error {}

type Container = Record<string, unknown> | unknown[];
type Key = string | number;

/** Where an operation acts: the keys from the root to its list (or object), and the position in it. */
interface Location {
  readonly path: readonly Key[];
  readonly index: number;
}

const fail = (message: string): never => {
  throw new OperationMismatch(message);
};

/** An operation in words, for messages: `remove goal "g1"`, `add visit at 3`. */
function describeOp(op: Operation): string {
  if ('id' in op && op.id !== undefined) return `${op.op} ${op.kind} "${op.id}"`;
  if (op.op === 'add' || op.op === 'remove') return `${op.op} ${op.kind} at ${op.index}`;
  return `${op.op} ${op.kind}`;
}

/** The id of the entity at `index` of a list, if there is one. */
function idAt(list: readonly unknown[], index: number): unknown {
  return (list[index] as { readonly id?: unknown } | undefined)?.id;
}

function findIndex(list: readonly unknown[], id: string): number {
  for (let i = 0; i < list.length; i++) if ((list[i] as { readonly id?: unknown }).id === id) return i;
  return -1;
}

/**
 * Where entities were last found, by the list that holds them (its kind, and for a child kind
 * its parent's id, `''` for a list of the plan's) and their id, for a replay of many revisions (a
 * document loading): a position is tried first and searched for only when the list has changed
 * under it, so a long run of changes to one entity of a long list does not search the list each
 * time.
 */
export type Positions = Map<string, Map<string, Map<string, number>>>;

/**
 * The index of the entity `id` in `list` (of `kind`, under `parent`), trying first `hint` (where
 * a step says it is) and the position last found (`positions`).
 */
export function find(
  list: readonly unknown[],
  id: string,
  positions?: Positions,
  kind = '',
  parent = '',
  hint?: number,
): number {
  if (hint !== undefined && idAt(list, hint) === id) return hint;
  if (positions === undefined) return findIndex(list, id);
  let lists = positions.get(kind);
  if (lists === undefined) positions.set(kind, (lists = new Map()));
  let known = lists.get(parent);
  if (known === undefined) lists.set(parent, (known = new Map()));
  const at = known.get(id);
  if (at !== undefined && idAt(list, at) === id) return at;
  const found = findIndex(list, id);
  if (found >= 0) known.set(id, found);
  return found;
}

/**
 * The keys to the list of an operation's kind, resolving the parent entity by id on `state`, and
 * the list (without `withPath`, the list alone: `path` is then empty).
 */
function listPath(
  state: unknown,
  kind: KindDescriptor,
  parent: string | undefined,
  registry: Registry,
  positions?: Positions,
  withPath = true,
): { path: Key[]; list: readonly unknown[] } {
  if (kind.parent === undefined) {
    if (parent !== undefined) fail(`a ${kind.name} has no parent`);
    const list = listAt(state, kind.path) ?? fail(`the plan has no list of ${kind.noun}s`);
    return { path: withPath ? [...kind.path] : [], list };
  }
  if (parent === undefined) return fail(`a ${kind.name} step must name its ${kind.parent}`);
  const owner = registry.kindOf(kind.parent) ?? fail(`unknown kind "${kind.parent}"`);
  const parents = listAt(state, owner.path) ?? fail(`the plan has no list of ${owner.noun}s`);
  const at = find(parents, parent, positions, owner.name);
  if (at < 0) fail(`the plan has no ${owner.noun} "${parent}"`);
  const list = listAt(parents[at], kind.path) ?? fail(`the ${owner.noun} "${parent}" has no list of ${kind.noun}s`);
  return { path: withPath ? [...owner.path, at, ...kind.path] : [], list };
}

/** Whether the fields of `target` named in `set` or `old` have the values of `expected` (`old` or `set`). */
function fieldsMatch(
  target: Readonly<Record<string, unknown>>,
  expected: Readonly<Record<string, JsonValue>>,
  other: Readonly<Record<string, JsonValue>>,
): boolean {
  for (const key in expected) if (Object.hasOwn(expected, key) && !jsonEqual(target[key], expected[key])) return false;
  for (const key in other)
    if (Object.hasOwn(other, key) && !Object.hasOwn(expected, key) && Object.hasOwn(target, key)) return false;
  return true;
}

/**
 * Finds where `op` acts on `state` (plain data, read as it is) and, when `strict`, checks
 * that the state is the one the operation was recorded on: the entity removed is at its index
 * with the recorded value, a moved entity is at `from`, the fields a `set` changes hold its old
 * values. With `strict` `'values'` (an undo, redo or merge over other people's changes), the
 * values must match in the same way but entities are found by id wherever they are now. Without
 * `strict`, entities are found by id and positions are clamped to the list.
 */
function locate(
  state: unknown,
  op: Operation,
  strict: Strictness,
  registry: Registry,
  positions?: Positions,
): Location {
  const exact = strict === true;
  if (op.op === 'set' && (op.kind === 'plan' || op.kind === 'stageData')) {
    const target = op.kind === 'plan' ? state : (state as Record<string, unknown>).stageData;
    if (typeof target !== 'object' || target === null) return fail('the plan has no stage data');
    if (strict !== false && !fieldsMatch(target as Record<string, unknown>, op.old, op.set))
      fail(`the ${op.kind} does not hold the values the step changes`);
    return { path: op.kind === 'plan' ? [] : ['stageData'], index: -1 };
  }
  const kind = registry.kindOf(op.kind) ?? fail(`unknown kind "${op.kind}"`);
  const { path, list } = listPath(state, kind, op.parent, registry, positions);
  switch (op.op) {
    case 'add': {
      if (list.length >= kind.max) fail(`the list of ${kind.noun}s is full (${kind.max})`);
      if (op.index > list.length) {
        if (exact) fail(`${describeOp(op)}: the list has only ${list.length} entries`);
        return { path, index: list.length };
      }
      // Exact steps are loaded ones, whose ids loading checks after every revision (EntityIndex),
      // at the cost of the operations rather than of a search of the list.
      if (!exact && kind.keyed && findIndex(list, op.value.id as string) >= 0)
        fail(`${describeOp(op)}: the id "${String(op.value.id)}" is already there`);
      return { path, index: op.index };
    }
    case 'remove': {
      if (list.length <= kind.min) fail(`the list of ${kind.noun}s cannot have fewer than ${kind.min}`);
      // An exact step names its position: the entity must be there (no search of the list).
      const index = kind.keyed && !exact ? findIndex(list, op.value.id as string) : op.index;
      if (index < 0 || index >= list.length) return fail(`${describeOp(op)}: not in the list`);
      if (strict !== false && ((exact && index !== op.index) || !jsonEqual(list[index], op.value)))
        fail(`${describeOp(op)}: the entity there is not the one recorded`);
      return { path, index };
    }
    case 'move': {
      const index = exact ? (idAt(list, op.from) === op.id ? op.from : -1) : findIndex(list, op.id);
      if (index < 0) return fail(`${describeOp(op)}: not in the list`);
      if (exact && (index !== op.from || op.to >= list.length))
        fail(`${describeOp(op)}: it is not at position ${op.from}`);
      return { path, index };
    }
    case 'set': {
      const index = kind.keyed
        ? op.id === undefined
          ? -1
          : find(list, op.id, positions, kind.name, op.parent)
        : (op.index ?? -1);
      if (index < 0 || index >= list.length) return fail(`${describeOp(op)}: not in the list`);
      if (strict !== false && !fieldsMatch(list[index] as Record<string, unknown>, op.old, op.set))
        fail(`${describeOp(op)}: it does not hold the values the step changes`);
      return { path: [...path, index], index };
    }
  }
}

function walk(root: Container, path: readonly Key[]): Container {
  let value: unknown = root;
  for (const key of path) value = (value as Record<Key, unknown>)[key];
  return value as Container;
}

/** Makes the change at a location: `container` is the list (or, for `set`, the object). */
function mutate(container: Container, op: Operation, index: number, copy: <T>(value: T) => T): void {
  switch (op.op) {
    case 'add':
      (container as unknown[]).splice(index, 0, copy(op.value));
      return;
    case 'remove':
      (container as unknown[]).splice(index, 1);
      return;
    case 'move': {
      const list = container as unknown[];
      const [moved] = list.splice(index, 1);
      list.splice(Math.min(op.to, list.length), 0, moved);
      return;
    }
    case 'set': {
      const target = container as Record<string, unknown>;
      for (const key of Object.keys(op.set)) {
        if (isForbiddenKey(key)) fail(`the field name "${key}" is not allowed`);
        target[key] = copy(op.set[key]);
      }
      for (const key of Object.keys(op.old)) if (!Object.hasOwn(op.set, key)) delete target[key];
    }
  }
}

/** Values put into a new plan are frozen as they go in (they are shared, never copied). */
const frozen = <T>(value: T): T => {
  freezeNew(value);
  return value;
};

/**
 * The container at `path` under `root`, writable: every container on the way that was not made
 * in this application (`fresh`) is replaced by a shallow copy, as a structural update does. With
 * `byFrozen` (a replay whose states are frozen but for what it made and has not frozen yet), a
 * container is fresh exactly when it is not frozen: a quicker question than the set's.
 */
function writable(root: Container, path: readonly Key[], fresh: Set<object>, byFrozen = false): Container {
  let parent = root;
  for (const key of path) {
    let child = (parent as Record<Key, unknown>)[key] as Container;
    if (byFrozen ? Object.isFrozen(child) : !fresh.has(child)) {
      child = Array.isArray(child) ? [...child] : { ...child };
      fresh.add(child);
      (parent as Record<Key, unknown>)[key] = child;
    }
    parent = child;
  }
  return parent;
}

/**
 * The entity at `path` for a `set` that removes fields, made anew with the fields it keeps, in
 * their order, and put in place of the old one: deleting from a copy instead would turn it into
 * a dictionary in the engine, slower to read and about four times the memory.
 */
function rebuilt(root: Container, path: readonly Key[], op: Operation & { op: 'set' }, fresh: Set<object>): Container {
  const parent = writable(root, path.slice(0, -1), fresh) as Record<Key, unknown>;
  const key = path[path.length - 1] as Key;
  const kept = Object.fromEntries(
    Object.entries(parent[key] as object).filter(
      ([name]) => Object.hasOwn(op.set, name) || !Object.hasOwn(op.old, name),
    ),
  );
  fresh.add((parent[key] = kept));
  return kept;
}

type SetStep = Extract<Operation, { readonly op: 'set' }>;
type RemoveStep = Extract<Operation, { readonly op: 'remove' }>;

/**
 * A step as a document stores it (format version 5): without the undo data the plan before it
 * holds. A `set` may leave out `old` (naming in `unset` the fields it removes), a `remove` may
 * leave out `value` (naming the entity's `id`, when it has one, so that the position is checked).
 */
export type StoredStep =
  | Exclude<Operation, SetStep | RemoveStep>
  | (Omit<SetStep, 'old'> & { readonly old?: SetStep['old']; readonly unset?: readonly string[] })
  | (Omit<RemoveStep, 'value'> & { readonly value?: RemoveStep['value']; readonly id?: string });

/**
 * The whole step a stored one stands for on `state`, the plan just before it: a `set` gets the
 * values its fields had (`old`), a `remove` the entity at its position. A stored step that
 * carries them already is returned as it is, to be checked as it is applied. Fails with
 * {@link OperationMismatch} where the plan has no such entity, a field to remove is absent, or
 * the entity at a removal's position is not the one it names.
 */
export function completeStep(state: PlanData, op: StoredStep, positions?: Positions): Operation {
  if (op.op === 'set' && op.old === undefined) {
    const { unset = [], ...rest } = op;
    let target: unknown = op.kind === 'stageData' ? state.stageData : state;
    if (op.kind !== 'plan' && op.kind !== 'stageData') {
      const kind = REGISTRY.kindOf(op.kind) ?? fail(`unknown kind "${op.kind}"`);
      const { list } = listPath(state, kind, op.parent, REGISTRY, positions, false);
      target = list[kind.keyed ? find(list, op.id ?? '', positions, kind.name, op.parent) : (op.index ?? -1)];
    }
    const entity = (target ?? fail(`${describeOp(op as Operation)}: not in the list`)) as Record<string, JsonValue>;
    let old: Record<string, JsonValue> = {};
    for (const key of Object.keys(op.set)) if (Object.hasOwn(entity, key)) old[key] = entity[key] as JsonValue;
    for (const key of unset) {
      if (!Object.hasOwn(entity, key) || Object.hasOwn(op.set, key))
        fail(`${describeOp(op as Operation)}: it has no field "${key}" to remove`);
      old[key] = entity[key] as JsonValue;
    }
    const { kind, parent, id, set } = op;
    old = compactFields(old);
    // The usual shapes as one literal each, as the edits make them (their fields kept in the object itself).
    return (
      op.index !== undefined || id === undefined
        ? { ...rest, old }
        : parent === undefined
          ? { op: 'set', kind, id, set, old }
          : { op: 'set', kind, parent, id, set, old }
    ) as Operation;
  }
  if (op.op === 'remove' && op.value === undefined) {
    const { id, ...rest } = op;
    const kind = REGISTRY.kindOf(op.kind) ?? fail(`unknown kind "${op.kind}"`);
    const value = listPath(state, kind, op.parent, REGISTRY, positions, false).list[op.index] as
      Record<string, JsonValue> | undefined;
    if (value === undefined || (kind.keyed ? value.id !== id : id !== undefined))
      fail(`${describeOp(op as Operation)}: the entity there is not the one named`);
    return { ...rest, value } as Operation;
  }
  return op as Operation;
}

/** A mutable deep copy of JSON data. */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = cloneJson((value as Record<string, unknown>)[key]);
  return out as T;
}

/** A plan made by applying operations: its data, and the objects made for it (to freeze once attached). */
export interface Applied {
  readonly state: PlanData;
  readonly fresh: ReadonlySet<object>;
  /**
   * The operations as applied, with the positions where each step acted (these differ from the
   * ones given only with `strict` `'values'`).
   */
  readonly ops: readonly Operation[];
}

/** `op` with the position where it acted (`index` found, `length` of its list before the step). */
function placed(op: Operation, index: number, length: number): Operation {
  switch (op.op) {
    case 'add':
    case 'remove':
      return index === op.index ? op : { ...op, index };
    case 'move': {
      const to = Math.min(op.to, length - 1);
      return index === op.from && to === op.to ? op : { ...op, from: index, to };
    }
    case 'set':
      return op;
  }
}

/**
 * Applies operations to a plan as a new plan that shares everything they do not touch: each
 * step is located on the plain data, then the containers on its path (the plan, a list, an
 * entity, a child list) are copied once, and changed. This is the structural update immer
 * makes, without proxies and without its final walk over every element of a copied list, so a
 * change costs the same in a list of 50 or 5,000 (measured in bench/run.ts). Values put in are
 * frozen; the new containers are returned in `fresh` for the caller to freeze after attaching
 * the hidden part. With `strict`, each step must fit the state exactly (see `locate`);
 * otherwise entities are found by id. A replay of many revisions passes the same `positions`
 * to each call, and may pass the same `made` set, so that a container copied by one call is
 * changed in place by the next (the states between are then not kept: the caller freezes the set
 * when a state is to be kept). With `made`, `plan` is frozen but for the containers in `made`
 * (as a replay's states are): what is not frozen is changed in place. Throws
 * {@link OperationMismatch}.
 */
export function applyOperations(
  plan: PlanData,
  ops: readonly Operation[],
  strict: Strictness,
  registry: Registry = REGISTRY,
  positions?: Positions,
  made?: Set<object>,
): Applied {
  // With `made`, the containers made by earlier calls (and not yet frozen) are changed in place.
  const fresh = made ?? new Set<object>();
  const root = (made !== undefined && !Object.isFrozen(plan) ? plan : { ...plan }) as Record<string, unknown>;
  fresh.add(root);
  let applied: Operation[] | undefined;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as Operation;
    const { path, index } = locate(root, op, strict, registry, positions);
    const container =
      op.op === 'set' && path.length > 0 && Object.keys(op.old).some((key) => !Object.hasOwn(op.set, key))
        ? rebuilt(root, path, op, fresh)
        : writable(root, path, fresh, made !== undefined);
    if (strict === 'values') {
      const at = placed(op, index, Array.isArray(container) ? container.length : 0);
      if (at !== op) applied ??= ops.slice(0, i);
      applied?.push(at);
    }
    mutate(container, op, index, frozen);
  }
  return { state: root as unknown as PlanData, fresh, ops: applied ?? ops };
}

/** Freezes the containers an application made (the values it put in are frozen already). */
export function freezeFresh(fresh: Iterable<object>): void {
  for (const item of fresh) Object.freeze(item);
}

/**
 * Applies operations to mutable plain data in place (a document being loaded), checking each
 * step exactly (the migration of old documents tries candidate steps so). Values are copied in,
 * so the operations stay untouched. Throws {@link OperationMismatch}.
 */
export function applyOperationsInPlace(
  root: Record<string, unknown>,
  ops: readonly Operation[],
  registry: Registry = REGISTRY,
): void {
  for (const op of ops) {
    const { path, index } = locate(root, op, true, registry);
    mutate(walk(root, path), op, index, cloneJson);
  }
}
