import { CareerPlanError, shown } from '../model/errors.js';
import type { StageDataMap } from '../model/plan.js';
import type { Process, Stage } from '../model/process.js';
import { defineProcess, type DataOfStages } from './define-process.js';

/**
 * Where {@link deriveProcess} inserts a stage: right `after` or right `before` a stage of the
 * base process.
 *
 * @example
 * ```ts
 * import { defineStage, type StageInsertion } from 'career-plan';
 *
 * const insertion: StageInsertion<'exploration'> = {
 *   after: 'exploration',
 *   stage: defineStage({ id: 'networking', title: 'Networking', description: 'Meet people in the field' }),
 * };
 * ```
 * @category Stages
 */
export type StageInsertion<S extends string> =
  | {
      /** The stage to insert. */
      readonly stage: Stage<string, unknown>;
      /** The stage it goes right after. */
      readonly after: S;
    }
  | {
      /** The stage to insert. */
      readonly stage: Stage<string, unknown>;
      /** The stage it goes right before. */
      readonly before: S;
    };

/**
 * What {@link deriveProcess} changes in its base process.
 *
 * @example
 * ```ts
 * import { careerProcess, type ProcessChanges } from 'career-plan';
 *
 * const changes: ProcessChanges<'self-assessment' | 'exploration' | 'match' | 'action-plan'> = {
 *   id: 'career-short', version: 1, remove: ['match'],
 * };
 * ```
 * @category Stages
 */
export interface ProcessChanges<S extends string> {
  /** The new process's id. */
  readonly id: string;
  /** The new process's version. */
  readonly version: number;
  /** Its title (default: the id). */
  readonly title?: string;
  /** Stages to insert, each after or before a stage of the base. */
  readonly insert?: readonly StageInsertion<S>[];
  /** Stages that take the place of the base's stages with the same ids. */
  readonly replace?: readonly Stage<S, unknown>[];
  /** Ids of base stages to remove. */
  readonly remove?: readonly S[];
  /** Whether a forward move may pass over stages (default: as the base). */
  readonly allowSkip?: boolean;
}

/**
 * The stage ids of a process derived by {@link deriveProcess}.
 *
 * @example
 * ```ts
 * import type { DerivedStageId } from 'career-plan';
 *
 * type S = DerivedStageId<'a' | 'b', { id: 'x'; version: 1; remove: ['b'] }>; // 'a'
 * ```
 * @category Stages
 */
export type DerivedStageId<S extends string, C> =
  | Exclude<S, C extends Record<'remove', readonly (infer X)[]> ? X : never>
  | (C extends Record<'insert', readonly (infer I)[]>
      ? I extends Record<'stage', Stage<infer Id, unknown>>
        ? Id
        : never
      : never);

/**
 * The stage data map of a process derived by {@link deriveProcess}.
 *
 * @example
 * ```ts
 * import type { DerivedStageData } from 'career-plan';
 *
 * type D = DerivedStageData<{}, { id: 'x'; version: 1 }>; // {}
 * ```
 * @category Stages
 */
export type DerivedStageData<D extends StageDataMap, C> = Omit<
  D,
  Extract<
    | (C extends Record<'remove', readonly (infer X)[]> ? X : never)
    | (C extends Record<'replace', readonly (infer R)[]> ? (R extends Stage<infer Id, unknown> ? Id : never) : never),
    string
  >
> &
  DataOfStages<
    readonly Extract<
      | (C extends Record<'insert', readonly (infer I)[]> ? (I extends Record<'stage', infer St> ? St : never) : never)
      | (C extends Record<'replace', readonly (infer R)[]> ? R : never),
      Stage<string, unknown>
    >[]
  >;

/**
 * Derives a new process from an existing one by inserting, replacing or removing stages, for
 * example a `networking` stage after `exploration` in {@link careerProcess}. Stage ids and stage
 * data stay typed. The new process is checked as `defineProcess` checks one.
 *
 * @param base - the process to start from
 * @param changes - the new id and version, and the stages to insert, replace and remove
 * @throws CareerPlanError `invalid-process` when an insertion or removal names a stage the base
 *   does not have, a replacement has no stage of its id to replace, or the result is invalid
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { careerProcess, defineStage, deriveProcess } from 'career-plan';
 *
 * const networking = defineStage({
 *   id: 'networking',
 *   title: 'Networking',
 *   description: 'Meet people who do the work',
 *   data: z.object({ contacts: z.array(z.string()) }),
 * });
 * const withNetworking = deriveProcess(careerProcess, {
 *   id: 'career-networking',
 *   version: 1,
 *   insert: [{ after: 'exploration', stage: networking }],
 * });
 * console.log(withNetworking.stages.map((s) => s.id));
 * // ['self-assessment', 'exploration', 'networking', 'match', 'action-plan']
 * ```
 * @category Stages
 */
export function deriveProcess<S extends string, D extends StageDataMap, const C extends ProcessChanges<S>>(
  base: Process<S, D>,
  changes: C,
): Process<DerivedStageId<S, C>, DerivedStageData<D, C>> {
  const fail = (message: string, details: Record<string, unknown>): never => {
    throw new CareerPlanError('invalid-process', message, {
      process: (changes as { id?: unknown } | null)?.id,
      ...details,
    });
  };
  if (typeof base !== 'object' || base === null || !Array.isArray(base.stages))
    fail('deriveProcess starts from a process, such as careerProcess', {});
  if (typeof changes !== 'object' || changes === null)
    fail('deriveProcess takes the changes as an object: id, version, and the stages to insert, replace or remove', {});
  for (const list of ['insert', 'replace', 'remove'] as const) {
    if (changes[list] !== undefined && !Array.isArray(changes[list]))
      fail(`changes.${list} must be a list`, { [list]: changes[list] });
  }
  for (const insertion of changes.insert ?? []) {
    const ok =
      typeof insertion === 'object' &&
      insertion !== null &&
      typeof insertion.stage === 'object' &&
      insertion.stage !== null &&
      ('after' in insertion || 'before' in insertion);
    if (!ok)
      fail(
        'Each insertion is { after: stageId, stage } or { before: stageId, stage }, with a stage made by defineStage',
        { insertion },
      );
  }
  for (const stage of changes.replace ?? []) {
    if (typeof stage !== 'object' || stage === null) fail('Each replacement is a stage made by defineStage', { stage });
  }
  const has = (id: string): boolean => base.stages.some((stage) => stage.id === id);
  for (const id of changes.remove ?? [])
    if (!has(id))
      fail(`Cannot remove "${shown(id)}": the process "${base.id}" has no such stage`, { stage: shown(id) });
  const replacements = new Map<string, Stage<string, unknown>>();
  for (const stage of changes.replace ?? []) {
    if (!has(stage.id))
      fail(`Cannot replace "${shown(stage.id)}": the process "${base.id}" has no such stage`, {
        stage: shown(stage.id),
      });
    replacements.set(stage.id, stage);
  }
  const removed = new Set<string>(changes.remove ?? []);
  const stages: Stage<string, unknown>[] = [];
  for (const stage of base.stages) {
    const before = (changes.insert ?? []).filter((i) => 'before' in i && i.before === stage.id).map((i) => i.stage);
    const after = (changes.insert ?? []).filter((i) => 'after' in i && i.after === stage.id).map((i) => i.stage);
    stages.push(...before);
    if (!removed.has(stage.id)) stages.push(replacements.get(stage.id) ?? stage);
    stages.push(...after);
  }
  for (const insertion of changes.insert ?? []) {
    const anchor = 'after' in insertion ? insertion.after : insertion.before;
    if (!has(anchor))
      fail(
        `Cannot insert "${shown(insertion.stage.id)}" next to "${shown(anchor)}": the process "${base.id}" has no ` +
          `such stage`,
        { stage: shown(anchor) },
      );
  }
  return defineProcess({
    id: changes.id,
    version: changes.version,
    ...(changes.title === undefined ? {} : { title: changes.title }),
    allowSkip: changes.allowSkip ?? base.allowSkip,
    stages,
  }) as unknown as Process<DerivedStageId<S, C>, DerivedStageData<D, C>>;
}
