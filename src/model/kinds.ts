/**
 * A reference one entity makes to another, by id: the field that holds it (a dotted path for a
 * nested field such as `origin.assessmentId`), the kind it names, and whether it holds a list of
 * ids or one. Removing the named entity unlinks it: dropped from a list, deleted when single.
 */
export interface KindRef {
  readonly field: string;
  readonly kind: string;
  readonly many: boolean;
}

/**
 * What the library knows about one kind of entity a plan holds in a list: the one place that
 * says where it lives and what it refers to. `createPlan`, id and reference checks, unlinking,
 * operations, replay and revision descriptions read it. Its schema is in `kind-schemas.ts`
 * (kept apart so that code needing only the structure, such as `createPlan`, does not bundle
 * every schema).
 */
export interface KindDescriptor {
  /** The kind's one name: in actions (`goal.add`), operations, revision subjects and edits. */
  readonly name: string;
  /** The entity's name in sentences (`goal`, `career option`). */
  readonly noun: string;
  /** Where the list is: keys from the plan's root, or from the parent entity for a child kind. */
  readonly path: readonly string[];
  /** The kind whose entities hold this list (`strategy` lives in a `goal`). */
  readonly parent?: string;
  /** Whether entities have ids (all but the visits of the journey, which are kept by position). */
  readonly keyed: boolean;
  /** Whether its ids share the plan's one id space (advisors are named by the app's user ids). */
  readonly planIds: boolean;
  /** The references its entities make. */
  readonly refs: readonly KindRef[];
  /** The most entities its list holds (the plan schema's limit for that list). */
  readonly max: number;
  /** The fewest (the journey always has its open visit). */
  readonly min: number;
  /** How the entity is named to people in revision descriptions. */
  readonly label: (entity: Readonly<Record<string, unknown>>) => string;
}

/**
 * The names of the kinds a plan keeps in lists, as operations and revision subjects name them.
 *
 * @example
 * ```ts
 * import type { ListKind } from 'career-plan';
 *
 * const kind: ListKind = 'strategy';
 * ```
 * @category History
 */
export type ListKind =
  | 'goal'
  | 'strategy'
  | 'assessment'
  | 'careerOption'
  | 'activity'
  | 'barrier'
  | 'resource'
  | 'milestone'
  | 'alternative'
  | 'note'
  | 'employment'
  | 'education'
  | 'license'
  | 'volunteerWork'
  | 'advisor'
  | 'suggestion'
  | 'comment'
  | 'privateNote'
  | 'skill'
  | 'skillRating'
  | 'review'
  | 'evidence'
  | 'signature'
  | 'visit';

const text =
  (key: string) =>
  (entity: Readonly<Record<string, unknown>>): string =>
    String(entity[key] ?? '');
const short = (value: string): string => (value.length > 60 ? `${value.slice(0, 57)}...` : value);

const kind = (
  descriptor: Omit<KindDescriptor, 'keyed' | 'planIds' | 'refs' | 'max' | 'min'> &
    Partial<Pick<KindDescriptor, 'keyed' | 'planIds' | 'refs' | 'max' | 'min'>>,
): KindDescriptor => Object.freeze({ keyed: true, planIds: true, refs: [], max: 10_000, min: 0, ...descriptor });

/**
 * The registry: every kind of entity a plan keeps in a list, parents before their children.
 * Adding a kind is one descriptor here (with its schema in its own model file) and one file of
 * documented edit functions.
 */
export const KINDS: readonly KindDescriptor[] = Object.freeze([
  kind({ name: 'assessment', noun: 'assessment', path: ['assessments'], label: text('instrument') }),
  kind({
    name: 'careerOption',
    noun: 'career option',
    path: ['careerOptions'],
    refs: [{ field: 'origin.assessmentId', kind: 'assessment', many: false }],
    label: text('title'),
  }),
  kind({
    name: 'activity',
    max: 1_000,
    noun: 'exploration activity',
    path: ['activities'],
    parent: 'careerOption',
    label: (activity) => String(activity.kind ?? '').replaceAll('-', ' '),
  }),
  kind({
    name: 'goal',
    noun: 'goal',
    path: ['goals'],
    refs: [
      { field: 'supports', kind: 'goal', many: true },
      { field: 'resourceIds', kind: 'resource', many: true },
      { field: 'skillIds', kind: 'skill', many: true },
    ],
    label: text('title'),
  }),
  kind({ name: 'strategy', noun: 'strategy', path: ['strategies'], parent: 'goal', max: 1_000, label: text('title') }),
  kind({
    name: 'barrier',
    noun: 'barrier',
    path: ['barriers'],
    refs: [{ field: 'goalIds', kind: 'goal', many: true }],
    label: text('description'),
  }),
  kind({ name: 'resource', noun: 'resource', path: ['resources'], label: text('name') }),
  kind({
    name: 'milestone',
    noun: 'milestone',
    path: ['milestones'],
    refs: [{ field: 'goalIds', kind: 'goal', many: true }],
    label: text('title'),
  }),
  kind({
    name: 'alternative',
    noun: 'alternative',
    path: ['alternatives'],
    refs: [{ field: 'optionId', kind: 'careerOption', many: false }],
    label: text('title'),
  }),
  kind({ name: 'note', noun: 'note', path: ['notes'], label: (note) => short(String(note.text ?? '')) }),
  kind({
    name: 'employment',
    noun: 'job',
    path: ['background', 'employment'],
    label: (e) => `${String(e.title)} at ${String(e.employer)}`,
  }),
  kind({
    name: 'education',
    noun: 'education entry',
    path: ['background', 'education'],
    label: (e) =>
      e.credential === undefined ? String(e.institution) : `${String(e.credential)}, ${String(e.institution)}`,
  }),
  kind({ name: 'license', noun: 'license', path: ['background', 'licenses'], label: text('name') }),
  kind({
    name: 'volunteerWork',
    noun: 'volunteer work',
    path: ['background', 'volunteerWork'],
    label: (e) => `${String(e.role)} at ${String(e.organization)}`,
  }),
  kind({ name: 'advisor', noun: 'advisor', path: ['advisors'], planIds: false, label: (a) => String(a.name ?? a.id) }),
  kind({ name: 'suggestion', noun: 'suggestion', path: ['suggestions'], label: text('id') }),
  kind({ name: 'comment', noun: 'comment', path: ['comments'], label: (c) => short(String(c.text ?? '')) }),
  // Private notes have ids of their own, apart from the ids advisors use and can probe.
  kind({ name: 'privateNote', noun: 'private note', path: ['privateNotes'], planIds: false, label: () => '' }),
  kind({
    name: 'skill',
    noun: 'skill',
    path: ['skills'],
    refs: [{ field: 'optionId', kind: 'careerOption', many: false }],
    label: text('name'),
  }),
  kind({
    name: 'skillRating',
    noun: 'skill rating',
    path: ['ratings'],
    parent: 'skill',
    max: 1_000,
    label: (r) => String(r.rating),
  }),
  kind({
    name: 'review',
    noun: 'review',
    path: ['reviews'],
    refs: [{ field: 'goalIds', kind: 'goal', many: true }],
    label: text('date'),
  }),
  kind({ name: 'evidence', noun: 'evidence', path: ['evidence'], label: text('title') }),
  kind({
    name: 'signature',
    noun: 'signature',
    path: ['signatures'],
    label: (s) =>
      String((s.by as { name?: unknown; id?: unknown } | undefined)?.name ?? (s.by as { id?: unknown })?.id),
  }),
  kind({
    name: 'visit',
    noun: 'stage visit',
    path: ['journey'],
    keyed: false,
    planIds: false,
    max: 100_000,
    min: 1,
    label: text('stage'),
  }),
]);

/**
 * A registry of kinds, with the look-ups every generic routine needs. The library has one
 * ({@link REGISTRY}); a test builds another with a kind of its own to prove that adding a kind
 * needs nothing but its descriptor.
 */
export interface Registry {
  /** Every kind, parents before their children. */
  readonly kinds: readonly KindDescriptor[];
  /** The kinds whose lists hang from the plan's root. */
  readonly roots: readonly KindDescriptor[];
  /** The descriptor of a kind, or `undefined` for a name the registry does not hold. */
  readonly kindOf: (name: unknown) => KindDescriptor | undefined;
  /** The kinds whose lists hang from an entity of `parent`. */
  readonly childrenOf: (parent: string) => readonly KindDescriptor[];
}

/** Builds a registry from descriptors (parents before their children). */
export function makeRegistry(kinds: readonly KindDescriptor[]): Registry {
  const byName = new Map(kinds.map((d) => [d.name, d]));
  const children = new Map(kinds.map((d) => [d.name, Object.freeze(kinds.filter((child) => child.parent === d.name))]));
  const none: readonly KindDescriptor[] = Object.freeze([]);
  return Object.freeze({
    kinds,
    roots: Object.freeze(kinds.filter((d) => d.parent === undefined)),
    kindOf: (name: unknown) => (typeof name === 'string' ? byName.get(name) : undefined),
    childrenOf: (parent: string) => children.get(parent) ?? none,
  });
}

/** The registry of the kinds a plan holds. */
export const REGISTRY: Registry = makeRegistry(KINDS);

/** The descriptor of a kind, or `undefined` for a name the registry does not hold. */
export function kindOf(name: unknown): KindDescriptor | undefined {
  return REGISTRY.kindOf(name);
}

/** The descriptor of a kind known to exist. */
export function descriptor(name: ListKind): KindDescriptor {
  return REGISTRY.kindOf(name) as KindDescriptor;
}

/** The kinds whose lists hang from the plan's root (not from a parent entity). */
export const ROOT_KINDS: readonly KindDescriptor[] = REGISTRY.roots;

/** The kinds whose lists hang from an entity of `parent`. */
export function childKinds(parent: string): readonly KindDescriptor[] {
  return REGISTRY.childrenOf(parent);
}

/** Reads a list at `path` under `root` (an entity or the plan), or `undefined`. */
export function listAt(root: unknown, path: readonly string[]): unknown[] | undefined {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return Array.isArray(value) ? value : undefined;
}

/**
 * Calls `visit` for every entity of every kind in a plan, parents before their children, with
 * where it is (`goals.3.strategies.1`).
 */
export function eachEntity(
  plan: unknown,
  visit: (kind: KindDescriptor, entity: Readonly<Record<string, unknown>>, where: string) => void,
  registry: Registry = REGISTRY,
): void {
  const walk = (kinds: readonly KindDescriptor[], root: unknown, prefix: string): void => {
    for (const d of kinds) {
      const list = listAt(root, d.path) ?? [];
      const at = `${prefix}${d.path.join('.')}`;
      for (let i = 0; i < list.length; i++) {
        const entity = list[i] as Readonly<Record<string, unknown>>;
        visit(d, entity, `${at}.${i}`);
        const children = registry.childrenOf(d.name);
        if (children.length > 0) walk(children, entity, `${at}.${i}.`);
      }
    }
  };
  walk(registry.roots, plan, '');
}

/** Reads a dotted field (`origin.assessmentId`) of an entity. */
export function readField(entity: Readonly<Record<string, unknown>>, field: string): unknown {
  let value: unknown = entity;
  for (const key of field.split('.')) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The ids an entity's reference holds (none, one, or a list). */
export function refIds(entity: Readonly<Record<string, unknown>>, ref: KindRef): readonly string[] {
  const value = readField(entity, ref.field);
  if (ref.many) return Array.isArray(value) ? (value as string[]) : [];
  return typeof value === 'string' ? [value] : [];
}

/** The empty plan lists of a new plan, from the registry: `{ goals: [], background: { ... }, ... }`. */
export function emptyLists(registry: Registry = REGISTRY): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const d of registry.roots) {
    if (!d.keyed) continue;
    let target = out;
    for (const key of d.path.slice(0, -1)) target = (target[key] ??= {}) as Record<string, unknown>;
    target[d.path.at(-1) as string] = [];
  }
  return out;
}
