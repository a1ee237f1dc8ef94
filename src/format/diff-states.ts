import { jsonEqual, type JsonValue } from '../model/json.js';
import { REGISTRY, listAt, type KindDescriptor, type ListKind, type Registry } from '../model/kinds.js';
import type { Operation } from '../model/operation.js';

type Entity = Readonly<Record<string, JsonValue>>;

/** Why two states cannot be told apart as operations (a list with repeated or missing ids). */
export class DiffFailure extends Error {}

/** The plan's own fields that a change may set; the rest are fixed at creation. */
const PLAN_FIELDS = ['title', 'stage', 'decision'] as const;
const FIXED_FIELDS = ['id', 'owner', 'createdAt', 'process'] as const;

/** The fields of `before` and `after` (leaving out `skip`) whose values differ, as a `set` step's two halves. */
function fieldChanges(
  before: Entity,
  after: Entity,
  skip: ReadonlySet<string>,
): { set: Record<string, JsonValue>; old: Record<string, JsonValue> } | undefined {
  const set: Record<string, JsonValue> = {};
  const old: Record<string, JsonValue> = {};
  let changed = false;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (skip.has(key) || jsonEqual(before[key], after[key])) continue;
    changed = true;
    if (Object.hasOwn(after, key)) set[key] = after[key] as JsonValue;
    if (Object.hasOwn(before, key)) old[key] = before[key] as JsonValue;
  }
  return changed ? { set, old } : undefined;
}

function idsOf(list: readonly Entity[], where: string): string[] {
  const ids = list.map((item) => item?.id);
  if (!ids.every((id): id is string => typeof id === 'string') || new Set(ids).size !== ids.length) {
    throw new DiffFailure(`the list at ${where} has entities without an id or with the same id twice`);
  }
  return ids;
}

/**
 * The operations that turn one list into another, in an order that replays exactly: removals
 * from the end, then additions and moves into each final position, then field changes of the
 * entities both hold, then the same for their child lists.
 */
function diffList(
  kind: KindDescriptor,
  parent: string | undefined,
  before: readonly Entity[],
  after: readonly Entity[],
  ops: Operation[],
  registry: Registry,
): void {
  const at = parent === undefined ? {} : { parent };
  const name = kind.name as ListKind;
  const children = registry.childrenOf(kind.name);
  const skip = new Set(children.map((child) => child.path[0] as string));
  if (!kind.keyed) {
    for (let i = before.length - 1; i >= after.length; i--)
      ops.push({ op: 'remove', kind: name, ...at, index: i, value: before[i] as Entity });
    for (let i = 0; i < Math.min(before.length, after.length); i++) {
      const change = fieldChanges(before[i] as Entity, after[i] as Entity, skip);
      if (change !== undefined) ops.push({ op: 'set', kind: name, ...at, index: i, ...change });
    }
    for (let i = before.length; i < after.length; i++)
      ops.push({ op: 'add', kind: name, ...at, index: i, value: after[i] as Entity });
    return;
  }
  const beforeIds = idsOf(before, kind.name);
  const afterIds = idsOf(after, kind.name);
  const kept = new Set(afterIds);
  const had = new Map(beforeIds.map((id, i) => [id, before[i] as Entity]));
  const current = [...beforeIds];
  for (let i = before.length - 1; i >= 0; i--) {
    if (kept.has(beforeIds[i] as string)) continue;
    ops.push({ op: 'remove', kind: name, ...at, index: i, value: before[i] as Entity });
    current.splice(i, 1);
  }
  for (let k = 0; k < after.length; k++) {
    const id = afterIds[k] as string;
    if (!had.has(id)) {
      ops.push({ op: 'add', kind: name, ...at, index: k, value: after[k] as Entity });
      current.splice(k, 0, id);
    } else if (current[k] !== id) {
      const from = current.indexOf(id);
      ops.push({ op: 'move', kind: name, ...at, id, from, to: k });
      current.splice(from, 1);
      current.splice(k, 0, id);
    }
  }
  for (let k = 0; k < after.length; k++) {
    const next = after[k] as Entity;
    const previous = had.get(afterIds[k] as string);
    if (previous === undefined || previous === next) continue;
    const change = fieldChanges(previous, next, skip);
    if (change !== undefined) ops.push({ op: 'set', kind: name, ...at, id: afterIds[k] as string, ...change });
    for (const child of children) {
      diffList(
        child,
        afterIds[k],
        (listAt(previous, child.path) ?? []) as Entity[],
        (listAt(next, child.path) ?? []) as Entity[],
        ops,
        registry,
      );
    }
  }
}

/**
 * The operations that turn plan state `before` into `after`, by id, as the registry of kinds
 * describes a plan. Used to turn the position-addressed patches of old documents into
 * operations. Throws {@link DiffFailure} when a list has repeated or missing ids, or when a
 * field fixed at creation (id, owner, creation time, process) differs.
 */
export function diffStates(before: Entity, after: Entity, registry: Registry = REGISTRY): Operation[] {
  const ops: Operation[] = [];
  for (const field of FIXED_FIELDS) {
    if (!jsonEqual(before[field], after[field]))
      throw new DiffFailure(`the plan's ${field} is fixed at creation, but a revision changes it`);
  }
  const plan = fieldChanges(
    Object.fromEntries(
      PLAN_FIELDS.filter((key) => Object.hasOwn(before, key)).map((key) => [key, before[key] as JsonValue]),
    ),
    Object.fromEntries(
      PLAN_FIELDS.filter((key) => Object.hasOwn(after, key)).map((key) => [key, after[key] as JsonValue]),
    ),
    new Set(),
  );
  if (plan !== undefined) ops.push({ op: 'set', kind: 'plan', ...plan });
  const stageData = fieldChanges((before.stageData ?? {}) as Entity, (after.stageData ?? {}) as Entity, new Set());
  if (stageData !== undefined) ops.push({ op: 'set', kind: 'stageData', ...stageData });
  for (const kind of registry.roots) {
    const a = listAt(before, kind.path) ?? [];
    const b = listAt(after, kind.path) ?? [];
    if (a !== b) diffList(kind, undefined, a as Entity[], b as Entity[], ops, registry);
  }
  return ops;
}
