import { childKinds, eachEntity, kindOf, listAt, type KindDescriptor } from '../model/kinds.js';
import type { Operation } from '../model/operation.js';
import type { Plan } from '../model/plan.js';
import { CareerPlanError } from '../model/errors.js';
import { hiddenPart, historyOf, type HistoryNode } from './node.js';

/** Every id the entities of a plan use (ids are unique across the plan; advisors are named apart). */
function collectIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  eachEntity(plan, (kind, entity) => {
    if (kind.planIds) ids.add(entity.id as string);
  });
  return ids;
}

/**
 * The ids a plan's entities use, from the index the plan keeps out of sight (built on first
 * need). Read it, never change it.
 */
export function usedIds(plan: Plan): ReadonlySet<string> {
  const hidden = hiddenPart(plan);
  hidden.ids ??= collectIds(plan);
  return hidden.ids;
}

/** Calls `visit` with the id of an entity of `kind` and of every entity it holds in child lists. */
function eachNestedId(
  kind: KindDescriptor,
  entity: Readonly<Record<string, unknown>>,
  visit: (id: string) => void,
): void {
  if (kind.planIds) visit(entity.id as string);
  for (const child of childKinds(kind.name)) {
    for (const item of listAt(entity, child.path) ?? [])
      eachNestedId(child, item as Readonly<Record<string, unknown>>, visit);
  }
}

/**
 * The id index for the plan that `ops` make of `plan`: the old plan's index, changed by what the
 * operations add and remove, and taken from the old plan (which rebuilds its own if it is used
 * again). So a run of edits keeps one index and updates it by the size of each change.
 */
export function handOverIds(plan: Plan, ops: readonly Operation[]): Set<string> | undefined {
  const hidden = hiddenPart(plan);
  const ids = hidden.ids;
  if (ids === undefined) return undefined;
  hidden.ids = undefined;
  const add = (id: string): void => void ids.add(id);
  const remove = (id: string): void => void ids.delete(id);
  for (const op of ops) {
    const kind = kindOf(op.kind);
    if (kind === undefined) continue;
    if (op.op === 'add') eachNestedId(kind, op.value, add);
    else if (op.op === 'remove') eachNestedId(kind, op.value, remove);
    else if (op.op === 'set') {
      // A set that replaces a child list (a career option's activities) changes the ids it holds.
      for (const child of childKinds(kind.name)) {
        const key = child.path[0] as string;
        if (!Object.hasOwn(op.set, key) && !Object.hasOwn(op.old, key)) continue;
        for (const item of (op.old[key] as readonly Record<string, unknown>[] | undefined) ?? [])
          eachNestedId(child, item, remove);
        for (const item of (op.set[key] as readonly Record<string, unknown>[] | undefined) ?? [])
          eachNestedId(child, item, add);
      }
    }
  }
  return ids;
}

/**
 * Adds a new revision's `id` to the revision ids of the plan's history, a set shared by every
 * plan made from it by edits (built by one walk of the history on first need), so that each edit
 * checks its revision id in constant time, also when several edits are made from the same plan.
 * An id the plan's own history has (an `env` whose `newId` repeats) fails with `invalid-input`:
 * the document could not be loaded again. An id only another branch has is looked for in this
 * branch's history, once.
 */
export function addRevisionId(plan: Plan, id: string): Set<string> {
  const hidden = hiddenPart(plan);
  let ids = hidden.revisionIds;
  if (ids === undefined) {
    ids = new Set<string>();
    let at: HistoryNode | null = historyOf(plan);
    for (; at !== null && at.revision !== null; at = at.prev) ids.add(at.revision.id);
    const after = at?.boundary?.after;
    if (typeof after === 'string') ids.add(after);
    hidden.revisionIds = ids;
  }
  if (ids.has(id) && inHistory(historyOf(plan), id)) {
    throw new CareerPlanError(
      'invalid-input',
      `env.newId() returned "${id}", the id of an earlier revision of this plan: revision ids must be new`,
      { id },
    );
  }
  ids.add(id);
  return ids;
}

/**
 * Whether the history ending at `node` holds a revision with this id: asked only when another
 * branch of the plan used the id (two branches made with the same deterministic `env`, say),
 * which is allowed, since each branch is its own history.
 */
function inHistory(node: HistoryNode, id: string): boolean {
  let at: HistoryNode | null = node;
  for (; at !== null && at.revision !== null; at = at.prev) if (at.revision.id === id) return true;
  return at?.boundary?.after === id;
}
