import * as z from 'zod';
import { editSchema, type Edit } from '../model/edit.js';
import { CareerPlanError } from '../model/errors.js';
import { jsonEqual, type JsonValue } from '../model/json.js';
import { invertOperations, type Operation } from '../model/operation.js';
import { applyOperationsInPlace, cloneJson } from '../history/operations.js';
import { DiffFailure, diffStates } from './diff-states.js';
import { PatchFailure, applyPatchesInPlace, patchSchema, type Patch } from './legacy-patches.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const patchList = z.array(patchSchema).max(100_000);

/**
 * A suggested update named its goal `goalId` and its strategy `strategyId` before version 3; now `id`, as every edit.
 */
function renameSuggestedEdit(edit: unknown): unknown {
  if (!isRecord(edit)) return edit;
  const { goalId, strategyId, ...rest } = edit;
  if (edit.kind === 'updateGoal' && goalId !== undefined) return { ...rest, id: goalId };
  if (edit.kind === 'updateStrategy' && strategyId !== undefined) return { ...rest, id: strategyId };
  return edit;
}

/** Renames the suggested edits in a list of suggestions, a suggestion, or an edit (wherever a patch put one). */
function renameIn(value: unknown, path: readonly unknown[]): unknown {
  if (path[0] !== 'suggestions') return value;
  if (path.length === 1 && Array.isArray(value))
    return value.map((item) => (isRecord(item) ? { ...item, edit: renameSuggestedEdit(item.edit) } : item));
  if (path.length === 2 && isRecord(value)) return { ...value, edit: renameSuggestedEdit(value.edit) };
  if (path.length === 3 && path[2] === 'edit') return renameSuggestedEdit(value);
  return value;
}

/** Version 3 names the list of volunteer work after its kind: `background.volunteerWork` (it was `volunteer`). */
function renameVolunteer(plan: Record<string, unknown>): Record<string, unknown> {
  const background = plan.background;
  if (!isRecord(background) || !Object.hasOwn(background, 'volunteer')) return plan;
  const { volunteer, ...rest } = background;
  return { ...plan, background: { ...rest, volunteerWork: volunteer } };
}

const capital = (word: string): string => `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
const BACKGROUND = new Set(['employment', 'education', 'license', 'volunteerWork']);

/**
 * The edit a version-2 revision made, where its action and operations show it plainly; checked
 * against the edit schema, and left out (the revision has none) when it does not fit.
 */
function deriveEdit(revision: Record<string, unknown>, ops: readonly Operation[]): Edit | undefined {
  const [entity = '', verb = ''] = String(revision.action).split('.');
  const only = ops.length === 1 ? ops[0] : undefined;
  const first = ops[0];
  const subject = isRecord(revision.subject) ? revision.subject : {};
  let candidate: unknown;
  if (revision.action === 'stage.transition') candidate = { kind: 'transition', to: subject.id };
  else if (revision.action === 'plan.update' && only?.op === 'set')
    candidate = { kind: 'updatePlan', changes: only.set };
  else if (revision.action === 'strategy.complete' || revision.action === 'strategy.reopen')
    candidate = { kind: `${verb}Strategy`, id: subject.id };
  else if (verb === 'remove' && first?.op === 'remove') {
    candidate = {
      kind: BACKGROUND.has(entity) ? 'removeBackgroundEntry' : `remove${capital(entity)}`,
      id: first.value.id,
    };
  } else if (verb === 'move' && only?.op === 'move')
    candidate = { kind: `move${capital(entity)}`, id: only.id, toIndex: only.to };
  else if (verb === 'update' && only?.op === 'set' && only.id !== undefined) {
    const changes: Record<string, JsonValue> = { ...only.set };
    for (const key of Object.keys(only.old)) if (!Object.hasOwn(only.set, key)) changes[key] = null;
    candidate = {
      kind: BACKGROUND.has(entity) ? 'updateBackgroundEntry' : `update${capital(entity)}`,
      id: only.id,
      changes,
    };
  }
  if (candidate === undefined) return undefined;
  const parsed = editSchema.safeParse(candidate);
  return parsed.success ? (candidate as Edit) : undefined;
}

const corrupt = (seq: number, direction: string, error: unknown): CareerPlanError =>
  new CareerPlanError(
    'corrupt-history',
    `Revision ${seq} does not fit the plan (${direction}): ${error instanceof Error ? error.message : String(error)}`,
    { seq },
  );

/**
 * The operations of a migrated undo or redo: the inverse (or the repeat) of its target's, as
 * loading requires, when they make the same change as the diff of the states (they do, for a
 * history that was consistent); otherwise the diff, which loading then refuses.
 */
function stepOps(
  revision: Record<string, unknown>,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  diffed: Operation[],
  opsById: ReadonlyMap<string, Operation[]>,
): Operation[] {
  const target = isRecord(revision.target) ? opsById.get(String(revision.target.id)) : undefined;
  if (target === undefined) return diffed;
  const candidate = cloneJson(revision.action === 'undo' ? invertOperations(target) : target);
  const trial = cloneJson(before);
  try {
    applyOperationsInPlace(trial, candidate);
  } catch {
    return diffed;
  }
  return jsonEqual(trial, after) ? candidate : diffed;
}

/**
 * Version 2 to 3. Version 2 kept each revision as immer's patches, addressed by array position;
 * version 3 keeps operations that name entities by id. The migration replays the old patches
 * (checking each step, as loading a version-2 document did) and records, for each revision, the
 * operations that turn the plan before it into the plan after it, with the edit that made it
 * where the action shows it. The list of volunteer work is renamed after its kind
 * (`background.volunteerWork`), and a suggested update names its goal or strategy as `id`.
 * Patches that do not fit fail with `corrupt-history`; malformed ones with `invalid-document`.
 */
export function patchesToOperations(document: Record<string, unknown>): Record<string, unknown> {
  const plan = document.plan;
  const revisions = document.revisions;
  if (!isRecord(plan) || !Array.isArray(revisions) || !revisions.every(isRecord)) return { ...document, version: 3 };
  const suggestions = plan.suggestions;
  const renamed = renameVolunteer({ ...plan, suggestions: renameIn(suggestions, ['suggestions']) });
  const work = cloneJson(renamed) as Record<string, unknown>;
  const steps = revisions.map((revision, index) => {
    const read = (key: 'patches' | 'inversePatches'): Patch[] => {
      const parsed = patchList.safeParse(revision[key]);
      if (!parsed.success) {
        throw new CareerPlanError(
          'invalid-document',
          `revisions.${index}.${key} is not a list of patches: ${parsed.error.issues[0]?.message ?? ''}`,
          {
            path: ['revisions', index, key],
            issues: parsed.error.issues,
          },
        );
      }
      return parsed.data.map((patch) =>
        patch.value === undefined ? patch : { ...patch, value: renameIn(patch.value, patch.path) as JsonValue },
      );
    };
    return { forward: read('patches'), backward: read('inversePatches') };
  });
  const seqOf = (index: number): number =>
    typeof revisions[index]?.seq === 'number' ? (revisions[index]?.seq as number) : index + 1;
  for (let i = steps.length - 1; i >= 0; i--) {
    try {
      applyPatchesInPlace(work, (steps[i] as { backward: Patch[] }).backward);
    } catch (error) {
      throw corrupt(seqOf(i), 'undoing it', error);
    }
  }
  const opsById = new Map<string, Operation[]>();
  const migrated = revisions.map((revision, i) => {
    const { forward } = steps[i] as { forward: Patch[] };
    // The plan before: shared with the work copy except where this revision's patches reach.
    const before: Record<string, unknown> = { ...work };
    for (const key of new Set(forward.map((patch) => patch.path[0]))) {
      if (typeof key === 'string' && Object.hasOwn(work, key)) before[key] = cloneJson(work[key]);
    }
    let ops: Operation[];
    try {
      applyPatchesInPlace(work, forward);
      ops = cloneJson(diffStates(before as Record<string, JsonValue>, work as Record<string, JsonValue>));
    } catch (error) {
      if (error instanceof PatchFailure || error instanceof DiffFailure) throw corrupt(seqOf(i), 'redoing it', error);
      throw error;
    }
    const { patches: _patches, inversePatches: _inverse, ...rest } = revision;
    if (rest.action === 'undo' || rest.action === 'redo') ops = stepOps(rest, before, work, ops, opsById);
    if (typeof rest.id === 'string') opsById.set(rest.id, ops);
    const edit = rest.action === 'undo' || rest.action === 'redo' ? undefined : deriveEdit(rest, ops);
    return { ...rest, ...(edit === undefined ? {} : { edit }), ops };
  });
  return {
    ...document,
    version: 3,
    plan: renamed,
    revisions: migrated,
  };
}
