import type { Draft, Patch as ImmerPatch } from 'immer';
import type { ActorRef } from '../model/actor.js';
import { actorRefSchema } from '../model/actor.js';
import { CareerPlanError, shown } from '../model/errors.js';
import { defaultEnv, envOf, type Env } from '../model/env.js';
import type { Plan, PlanData } from '../model/plan.js';
import { attachProcess, processOf } from '../model/process.js';
import { attachPolicy, defaultPolicy, policyOf } from '../model/policy.js';
import { authorize } from './authorize.js';
import type { Patch, Revision, RevisionSubject } from '../model/revision.js';
import { parseOrThrow } from '../model/validate.js';
import { CHECKPOINT_INTERVAL, attachHistory, freezeNew, historyOf, immer, markView, viewerOf, type HistoryNode, type RevisionStack } from './store.js';

/**
 * What every edit accepts besides its own arguments: who makes the change, why, and the
 * environment that supplies time and ids.
 *
 * @example
 * ```ts
 * import { addGoal, createPlan, fixedEnv, type EditOptions } from 'career-plan';
 *
 * const env = fixedEnv();
 * const options: EditOptions = { by: 'alex', reason: 'Agreed with my counselor', env };
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }, { env }), { title: 'Get certified', kind: 'education', horizon: 'short' }, options);
 * ```
 */
export interface EditOptions {
  /** Who makes the change: an actor id or reference. Defaults to the plan's owner. */
  readonly by?: string | ActorRef;
  /** Why, in the person's words; kept in the revision. */
  readonly reason?: string;
  /** Where time and new ids come from (default: {@link defaultEnv}). */
  readonly env?: Env;
}

/** What an edit says about the revision it records, besides the patches. */
export interface RevisionInfo {
  readonly action: string;
  readonly subject?: RevisionSubject;
  readonly from?: RevisionSubject;
  readonly target?: { readonly id: string; readonly action: string };
  /** The revision's time, when the edit already read the clock (so both agree). */
  readonly at?: string;
  /** For an accepted suggestion: the advisor credited, and the suggestion's id. */
  readonly credit?: ActorRef;
  readonly suggestion?: string;
}

/**
 * The actor reference an edit records: the owner by default. A participant is recorded as the
 * plan knows them (the owner's or the advisor's name), whatever name the caller passed, so that
 * no one can put another person's name into the history.
 */
export function resolveActor(plan: Plan, by: string | ActorRef | undefined): ActorRef {
  if (by === undefined) return plan.owner;
  const actor = parseOrThrow(actorRefSchema, typeof by === 'string' ? { id: by } : by, 'actor (options.by)');
  if (actor.id === plan.owner.id) return plan.owner;
  const advisor = plan.advisors.find((candidate) => candidate.id === actor.id);
  if (advisor === undefined) return actor;
  return advisor.name === undefined ? { id: advisor.id } : { id: advisor.id, name: advisor.name };
}

/**
 * A change made in the same revision as an edit, with credit: accepting a suggestion makes the
 * suggested edit and marks the suggestion accepted in one revision. Passed to an edit under this
 * symbol in its options, so every edit supports it without knowing.
 * @internal
 */
export const COMBINE = Symbol('career-plan.combine');

/** What {@link COMBINE} carries. @internal */
export interface Combined {
  readonly recipe: (draft: Draft<PlanData>) => void;
  readonly credit: ActorRef;
  readonly suggestion: string;
}

/** Carries a plan's process, policy and view marker (out of sight) over to a new plan object. */
export function carry(from: Plan, to: object): void {
  const viewer = viewerOf(from);
  if (viewer !== undefined) markView(to, viewer);
  const process = processOf(from);
  if (process !== undefined) attachProcess(to, process);
  const policy = policyOf(from);
  if (policy !== defaultPolicy) attachPolicy(to, policy);
}

/**
 * Checks the options an edit got, before anything else: an object (`undefined` only where the
 * edit gives a default), with a usable `env` and a `reason` of the right form. So a bad option
 * fails with `invalid-input`, never a TypeError halfway through an edit.
 */
export function checkEditOptions(options: unknown): asserts options is EditOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CareerPlanError('invalid-input', 'The options of an edit must be an object ({ by, reason, env })', { options: shown(options) });
  }
  envOf((options as EditOptions).env);
  checkOptions(options as EditOptions);
}

/** Checks the options an edit got, so a bad `reason` fails before anything changes. */
function checkOptions(options: EditOptions): void {
  if (options.reason !== undefined && (typeof options.reason !== 'string' || options.reason.length > 20_000)) {
    throw new CareerPlanError('invalid-input', 'options.reason must be a string of at most 20,000 characters', { reason: shown(options.reason) });
  }
}

const push = (stack: RevisionStack | null, revision: Revision): RevisionStack => ({ revision, next: stack });

const samePath = (a: ImmerPatch['path'], b: ImmerPatch['path']): boolean => a.length === b.length && a.every((key, i) => key === b[i]);

/**
 * Patch lists as a revision keeps them for the life of the history: exact-size copies (immer
 * grows them by push, which reserves room for 16 entries), with a forward patch and its inverse
 * sharing one path array where the paths are equal. Both are frozen, so sharing is safe. This
 * halves the memory a one-field revision retains (measured in bench/run.ts).
 */
function compact(patches: readonly ImmerPatch[], inversePatches: readonly ImmerPatch[]): [readonly Patch[], readonly Patch[]] {
  const last = patches.length - 1;
  inversePatches.forEach((patch, i) => {
    // immer lists inverse patches in reverse order of the forward ones; fall back to the same index
    for (const twin of [patches[last - i], patches[i]]) {
      if (twin !== undefined && samePath(twin.path, patch.path)) {
        patch.path = twin.path;
        break;
      }
    }
  });
  return [[...patches] as readonly Patch[], [...inversePatches] as readonly Patch[]];
}

/** How a new revision changes the undo and redo stacks. */
export type StackChange = 'edit' | 'undo' | 'redo';

/**
 * The checks every edit makes first, before it looks at its input or the plan's contents: the
 * plan is a live plan (not a view, `invalid-plan`), and the actor (`options.by`, by default the
 * owner) may make this kind of change (`forbidden`). So a refused actor learns nothing about
 * their input or the plan. Returns the actor as the plan records them.
 */
export function permit(plan: Plan, action: string, options: EditOptions): ActorRef {
  historyOf(plan);
  checkEditOptions(options);
  refuseView(plan);
  const actor = resolveActor(plan, options.by);
  const combined = (options as { readonly [COMBINE]?: Combined })[COMBINE];
  authorize(plan, actor, combined === undefined ? action : 'suggestion.accept');
  if (combined !== undefined) authorize(plan, actor, action);
  return actor;
}

/**
 * What an edit that changes nothing returns: the same plan, after the same checks as a change
 * (a view is refused, and so is an actor who may not make this kind of change), so that a
 * refused actor always learns it, whether or not the edit would have changed anything.
 */
export function unchanged<P extends Plan>(plan: P, action: string, options: EditOptions): P {
  permit(plan, action, options);
  return plan;
}

/** Edits refuse views: saving an edited view would lose what the view leaves out. */
export function refuseView(plan: Plan): void {
  const viewer = viewerOf(plan);
  if (viewer !== undefined) {
    throw new CareerPlanError('invalid-plan', `This plan is a view for "${viewer}" (viewFor), without the owner's private parts: make edits on the full plan`, { viewer });
  }
}

/**
 * Appends a revision to the history of `plan` (with patches as they will be kept: see
 * `compact`) and returns `next` (a new, unfrozen plan object
 * that shares unchanged parts with `plan`) finished: history and process attached, new parts
 * frozen.
 */
export function commit<P extends Plan>(
  plan: P,
  next: PlanData,
  patches: readonly ImmerPatch[],
  inversePatches: readonly ImmerPatch[],
  info: RevisionInfo,
  options: EditOptions,
  change: StackChange,
): P {
  const node = historyOf(plan);
  checkOptions(options);
  const env = options.env ?? defaultEnv;
  const by = resolveActor(plan, options.by);
  const revision: Revision = {
    id: env.newId(),
    seq: node.seq + 1,
    at: info.at ?? env.now(),
    by,
    action: info.action,
    ...(options.reason === undefined ? {} : { reason: options.reason }),
    ...(info.subject === undefined ? {} : { subject: info.subject }),
    ...(info.from === undefined ? {} : { from: info.from }),
    ...(info.target === undefined ? {} : { target: info.target }),
    ...(info.credit === undefined ? {} : { credit: info.credit }),
    ...(info.suggestion === undefined ? {} : { suggestion: info.suggestion }),
    patches: patches as readonly Patch[],
    inversePatches: inversePatches as readonly Patch[],
  };
  let undo: RevisionStack | null;
  let redo: RevisionStack | null;
  if (change === 'edit') {
    undo = push(node.undo, revision);
    redo = null;
  } else if (change === 'undo') {
    undo = node.undo?.next ?? null;
    redo = push(node.redo, node.undo?.revision as Revision);
  } else {
    undo = push(node.undo, revision);
    redo = node.redo?.next ?? null;
  }
  const seq = revision.seq;
  const nextNode: HistoryNode = { revision, seq, prev: node, checkpoint: null, undo, redo };
  attachHistory(next, nextNode);
  carry(plan, next);
  freezeNew(next);
  freezeNew(revision);
  if (seq % CHECKPOINT_INTERVAL === 0) nextNode.checkpoint = next as Plan;
  return next as P;
}

/**
 * Runs `recipe` on a draft of `plan` (on the library's private immer instance) and records
 * the change as one revision. A recipe that changes nothing records nothing and returns the
 * same plan object. Validate before calling: the recipe should not throw.
 */
export function record<P extends Plan>(plan: P, info: RevisionInfo, options: EditOptions, recipe: (draft: Draft<PlanData>) => void): P {
  permit(plan, info.action, options);
  const combined = (options as { readonly [COMBINE]?: Combined })[COMBINE];
  const [next, patches, inversePatches] = immer.produceWithPatches(plan as PlanData, (draft) => {
    recipe(draft);
    combined?.recipe(draft);
  });
  if (patches.length === 0) return plan;
  const [forward, inverse] = compact(patches, inversePatches);
  const credited = combined === undefined ? info : { ...info, credit: combined.credit, suggestion: combined.suggestion };
  return commit(plan, next, forward as ImmerPatch[], inverse as ImmerPatch[], credited, options, 'edit');
}
