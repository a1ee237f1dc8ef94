import type { ContentEdit } from '../model/content-edit.js';
import { CareerPlanError } from '../model/errors.js';
import type { Action } from '../model/action.js';
import type { Edit, EditKind } from '../model/edit.js';
import { jsonEqual } from '../model/json.js';
import { REGISTRY, descriptor, eachEntity, kindOf, listAt, type KindDescriptor } from '../model/kinds.js';
import type { Operation } from '../model/operation.js';
import type { Plan, PlanData } from '../model/plan.js';
import type { Process } from '../model/process.js';
import type { Revision, RevisionSubject } from '../model/revision.js';
import { find, type Positions } from './operations.js';
import { proposalText } from './describe-revision.js';
import { en } from '../text/en.js';

/** The registry kind an edit's name speaks of (`updateCareerOption`: `careerOption`), if any. */
function kindOfEdit(kind: string): string {
  const name = kind.replace(/^(?:add|update|remove|move|complete|reopen)/, '');
  const registry = name === 'ExplorationActivity' ? 'activity' : `${name.charAt(0).toLowerCase()}${name.slice(1)}`;
  return registry;
}

/** The label of the entity with `id`, wherever it is in the plan. */
function labelOf(plan: Plan | PlanData, id: unknown): string {
  let found: string | undefined;
  eachEntity(plan, (kind, entity) => {
    if (found === undefined && kind.planIds && entity.id === id) found = kind.label(entity);
  });
  return found ?? String(id);
}

/**
 * What a suggestion proposes, as its revisions record it: the edit's kind and the name of what
 * the edit changes as the plan has it (a new entity's title, or the label of the one it changes),
 * which `describeRevision` turns into words in any language.
 */
export function proposalOf(
  plan: Plan | PlanData,
  edit: ContentEdit,
): { readonly kind: 'suggestion'; readonly proposes: string; readonly label?: string } {
  const fields = edit as { readonly kind: string; readonly id?: unknown; readonly input?: Record<string, unknown> };
  let label: string | undefined;
  if (edit.kind === 'transition') label = edit.to;
  else if (edit.kind === 'setStageData') label = edit.stage;
  else if (edit.kind === 'setDecision') label = labelOf(plan, edit.input.chosenOptionId);
  else if (edit.kind.startsWith('add')) {
    const input = fields.input ?? {};
    label = kindOf(kindOfEdit(edit.kind))?.label({ ...input, id: input.id ?? '' }) || undefined;
  } else if (edit.kind !== 'clearDecision' && edit.kind !== 'updatePlan') label = labelOf(plan, fields.id);
  return { kind: 'suggestion', proposes: edit.kind, ...(label === undefined ? {} : { label }) };
}

/**
 * The label suggestions recorded before their revisions said what they propose (`proposes`): a
 * sentence in English ("a goal: Learn Linux", "changes to the goal Get certified"), still checked
 * when such a history loads. It named stages by id, and an addition without a title "a new goal".
 */
function legacyLabel(plan: Plan | PlanData, edit: ContentEdit): string {
  const { label } = proposalOf(plan, edit);
  if (edit.kind === 'transition') return `a move to the stage ${label ?? ''}`;
  if (edit.kind === 'setStageData') return `data for the stage ${label ?? ''}`;
  const text = proposalText(en, edit.kind, label);
  if (!edit.kind.startsWith('add') || label !== undefined) return text;
  return text === 'evidence' ? 'new evidence' : text.replace(/^an? /, 'a new ');
}

/** The entity with `id` in a list (of `kind`, under `parent`, for `positions`), if there is one. */
function byId(
  list: readonly unknown[] | undefined,
  id: string,
  positions?: Positions,
  kind?: string,
  parent?: string,
  hint?: number,
): Readonly<Record<string, unknown>> | undefined {
  if (list === undefined) return undefined;
  const at = find(list, id, kind === undefined ? undefined : positions, kind, parent, hint);
  return at < 0 ? undefined : (list[at] as Readonly<Record<string, unknown>>);
}

/** The entity of `kind` with `id` in `state` (a child kind's parent from `parent`, or searched). */
function entityIn(
  state: PlanData,
  kind: KindDescriptor,
  id: string,
  parent: string | undefined,
  positions: Positions | undefined,
  hint?: number,
): Readonly<Record<string, unknown>> | undefined {
  if (kind.parent === undefined) return byId(listAt(state, kind.path), id, positions, kind.name, '', hint);
  const owner = REGISTRY.kindOf(kind.parent);
  if (owner === undefined) return undefined;
  const parents = listAt(state, owner.path) ?? [];
  if (parent !== undefined) {
    const holder = byId(parents, parent, positions, owner.name);
    return byId(listAt(holder, kind.path), id, positions, kind.name, parent, hint);
  }
  for (let i = 0; i < parents.length; i++) {
    const found = byId(listAt(parents[i], kind.path), id);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The operation of a revision that names the entity `id`, for its parent and its removed value. */
function opNaming(ops: readonly Operation[], id: string): Operation | undefined {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as Operation;
    const named = op.op === 'set' || op.op === 'move' ? op.id : (op.value as { id?: unknown }).id;
    if (named === id) return op;
  }
  return undefined;
}

const stageTitle = (process: Process, id: string | undefined): string =>
  process.stages.find((stage) => stage.id === id)?.title ?? String(id);

/**
 * The label a revision's subject must carry, as the edit that made it labels it, read from the
 * plan just after it (`after`), or a function of the plan just before it (for labels of
 * suggestions, which name what the suggested edit changes as it stood). `undefined`: no label
 * is expected (a private note, or a kind nothing labels).
 */
export function expectedLabel(
  revision: Revision,
  after: PlanData,
  process: Process,
  positions?: Positions,
): string | ((before: PlanData) => string | undefined) | undefined {
  const subject = revision.subject as RevisionSubject;
  const id = subject.id;
  switch (subject.kind) {
    case 'stage':
      return stageTitle(process, id);
    case 'plan':
      return after.title;
    case 'privateNote':
      return undefined;
    case 'suggestion': {
      const suggestion = after.suggestions.find((candidate) => candidate.id === id);
      if (suggestion === undefined) return undefined;
      const edit = suggestion.edit as ContentEdit;
      if (subject.proposes === undefined) return (before) => legacyLabel(before, edit);
      if (subject.proposes !== edit.kind) throw wrongLabel(revision, 'proposal', subject.proposes, edit.kind);
      return (before) => proposalOf(before, edit).label;
    }
  }
  const kind = REGISTRY.kindOf(subject.kind);
  if (kind === undefined || id === undefined) return undefined;
  const op = opNaming(revision.ops, id);
  const entity =
    entityIn(
      after,
      kind,
      id,
      op?.parent,
      positions,
      op?.op === 'add' ? op.index : op?.op === 'move' ? op.to : undefined,
    ) ?? (op?.op === 'remove' ? (op.value as Readonly<Record<string, unknown>>) : undefined);
  if (entity === undefined) return undefined;
  if (revision.action === 'activity.add') {
    const option = after.careerOptions.find((candidate) => candidate.id === op?.parent);
    return `${kind.label(entity)} for ${option?.title ?? ''}`;
  }
  return kind.label(entity);
}

const wrongLabel = (revision: Revision, what: string, label: string | undefined, expected: string): CareerPlanError =>
  new CareerPlanError(
    'corrupt-history',
    `Revision ${revision.seq} labels its ${what} "${label ?? ''}", not "${expected}" as the plan has it`,
    { seq: revision.seq },
  );

/**
 * Checks a revision's recorded labels against the plan around it (see {@link expectedLabel}):
 * the subject's, and, for a stage move, the stage it left. Undo and redo carry their target's,
 * checked where the target is known. A forged label ("updated the goal 'Mallory was here'") is
 * `corrupt-history`. Returns the check that needs the plan before the revision, if any. A replay
 * in place passes its `positions`, so that entities are found without searching their lists.
 */
export function checkLabels(
  revision: Revision,
  after: PlanData,
  process: Process,
  positions?: Positions,
): ((before: PlanData) => void) | undefined {
  if (revision.action === 'undo' || revision.action === 'redo') return undefined;
  const from = revision.from;
  if (from?.label !== undefined) {
    const left = stageTitle(process, from.id);
    if (from.label !== left) throw wrongLabel(revision, 'stage left', from.label, left);
  }
  const label = revision.subject?.label;
  // A suggestion's revision that says what it proposes is checked with or without a label.
  const expected =
    label === undefined && revision.subject?.proposes === undefined
      ? undefined
      : expectedLabel(revision, after, process, positions);
  if (typeof expected === 'string' && label !== expected) throw wrongLabel(revision, 'subject', label, expected);
  if (from === undefined && typeof expected !== 'function') return undefined;
  return (before) => {
    // The stage left is the plan's stage just before the move.
    if (from !== undefined && from.id !== before.stage) throw wrongLabel(revision, 'stage left', from.id, before.stage);
    if (typeof expected === 'function') {
      const value = expected(before);
      if (label !== value) throw wrongLabel(revision, 'subject', label, value ?? '');
    }
  };
}

/** The edits whose action is not their verb on their kind (`addGoal`: `goal.add`); see {@link editAction}. */
const OWN_ACTIONS: { readonly [K in EditKind]?: Action | 'background' | 'suggested' } = {
  updateBackgroundEntry: 'background',
  removeBackgroundEntry: 'background',
  setDecision: 'decision.set',
  clearDecision: 'decision.clear',
  transition: 'stage.transition',
  setStageData: 'stageData.set',
  rateSkill: 'skill.rate',
  signPlan: 'signature.add',
  acceptSuggestion: 'suggested',
  declineSuggestion: 'suggestion.decline',
  withdrawSuggestion: 'suggestion.withdraw',
};

/**
 * The action an edit records, by the edit's kind: what loading checks a revision's `action`
 * against (a history that relabels an owner's `goal.add` as `comment.add` would let an advisor's
 * undo take the goal away). Most are the edit's verb on its kind (`updateCareerOption`:
 * `careerOption.update`, `addExplorationActivity`: `activity.add`). Two depend on the plan: a
 * background entry's update or removal records its section's kind, and an accepted suggestion
 * records the action of the edit it makes. A test checks this against every editor's own action.
 */
export function editAction(kind: EditKind): Action | 'background' | 'suggested' {
  return (ACTIONS[kind] ??= OWN_ACTIONS[kind] ?? (`${kindOfEdit(kind)}.${/^[a-z]+/.exec(kind)?.[0] ?? ''}` as Action));
}

/** {@link editAction}'s answers so far (loading asks once per revision). */
const ACTIONS: { [K in EditKind]?: Action | 'background' | 'suggested' } = {};

/** The background kinds, whose entries an update or removal names by id alone. */
const BACKGROUND = ['employment', 'education', 'license', 'volunteerWork'] as const;

/** The action `edit` records when made on `before` (`undefined`: it could not be made there). */
export function actionOf(edit: Edit, before: PlanData): Action | undefined {
  const action = editAction(edit.kind);
  if (action === 'background') {
    const id = (edit as { readonly id: string }).id;
    const section = BACKGROUND.find((kind) => byId(listAt(before, descriptor(kind).path), id) !== undefined);
    return section === undefined
      ? undefined
      : (`${section}.${edit.kind.startsWith('update') ? 'update' : 'remove'}` as Action);
  }
  if (action === 'suggested') {
    const suggestion = before.suggestions.find((candidate) => candidate.id === (edit as { readonly id: string }).id);
    return suggestion === undefined ? undefined : actionOf(suggestion.edit as Edit, before);
  }
  return action;
}

/**
 * Whether instant `a` is before instant `b`. Timestamps the library writes are UTC with the same
 * precision, which compare as strings; others (offsets, other precisions) are parsed.
 */
function isBefore(a: string, b: string): boolean {
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return a < b;
  return Date.parse(a) < Date.parse(b);
}

const untrue = (revision: Revision, what: string): CareerPlanError =>
  new CareerPlanError('corrupt-history', `Revision ${revision.seq} ${what}`, { seq: revision.seq });

/**
 * Checks what a revision claims against the plan just before it (`before`): its time is not
 * before the plan's creation; its action is the one its edit records (an accepted suggestion's,
 * the action of the suggested edit, or `suggestion.accept` when that edit changed nothing); a
 * credit names the advisor whose pending suggestion the revision accepts, and only an accepted
 * suggestion gives credit. Anything else is `corrupt-history`.
 */
export function checkClaims(revision: Revision, before: PlanData): void {
  if (isBefore(revision.at, before.createdAt)) throw untrue(revision, 'is dated before the plan was created');
  const edit = revision.edit as Edit | undefined;
  if (edit !== undefined) {
    const accepting = edit.kind === 'acceptSuggestion';
    const expected = accepting && revision.ops.length === 1 ? 'suggestion.accept' : actionOf(edit, before);
    if (expected !== revision.action)
      throw untrue(
        revision,
        `records the action ${revision.action}, but its edit (${edit.kind}) records ${expected ?? 'none here'}`,
      );
    if (accepting !== (revision.credit !== undefined) || (accepting && revision.suggestion !== edit.id))
      throw untrue(revision, 'gives credit for a suggestion it does not accept');
  }
  if (revision.credit === undefined && revision.suggestion === undefined) return;
  const suggestion = before.suggestions.find((candidate) => candidate.id === revision.suggestion);
  const accepted = revision.ops.some(
    (op) =>
      op.op === 'set' && op.kind === 'suggestion' && op.id === revision.suggestion && op.set.status === 'accepted',
  );
  if (
    suggestion === undefined ||
    suggestion.status !== 'pending' ||
    !accepted ||
    revision.credit === undefined ||
    !jsonEqual(revision.credit, suggestion.by)
  )
    throw untrue(revision, 'credits an advisor for a suggestion it does not accept');
}
