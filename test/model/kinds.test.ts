import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import * as cp from '../../src/index.js';
import { ACTIONS } from '../../src/model/action.js';
import { KIND_SCHEMAS } from '../../src/model/kind-schemas.js';
import {
  KINDS,
  REGISTRY,
  eachEntity,
  emptyLists,
  listAt,
  makeRegistry,
  type KindDescriptor,
} from '../../src/model/kinds.js';
import type { Operation } from '../../src/model/operation.js';
import { invertOperations } from '../../src/model/operation.js';
import { applyOperations, applyOperationsInPlace, cloneJson } from '../../src/history/operations.js';
import { unlinkSteps } from '../../src/edits/shared.js';
import { diffStates } from '../../src/format/diff-states.js';
import { realisticPlan } from '../helpers.js';

/** The schema of the list at `path` in an object schema (through `.readonly()` wrappers). */
function listElement(schema: z.ZodType, path: readonly string[]): z.ZodType {
  let current = schema as z.ZodType;
  const unwrap = (s: z.ZodType): z.ZodType => (s instanceof z.ZodReadonly ? unwrap(s.unwrap() as z.ZodType) : s);
  for (const key of path) current = unwrap((unwrap(current) as z.ZodObject).shape[key] as z.ZodType);
  return (unwrap(current) as z.ZodArray<z.ZodType>).element;
}

describe('the registry of kinds', () => {
  it('is the one place that says what a plan holds: the plan schema and createPlan agree with it', () => {
    for (const kind of KINDS) {
      const parent = kind.parent === undefined ? undefined : REGISTRY.kindOf(kind.parent);
      const owner = parent === undefined ? cp.planSchema : KIND_SCHEMAS[parent.name as keyof typeof KIND_SCHEMAS];
      expect([kind.name, listElement(owner, kind.path)]).toEqual([
        kind.name,
        KIND_SCHEMAS[kind.name as keyof typeof KIND_SCHEMAS],
      ]);
    }
    const plan = cp.createPlan({ owner: { id: 'alex' } });
    for (const kind of REGISTRY.roots)
      if (kind.keyed) expect([kind.name, listAt(plan, kind.path)]).toEqual([kind.name, []]);
    // Every list the plan schema holds is in the registry (journey as the visits).
    const listsInSchema = Object.entries((cp.planSchema.unwrap() as z.ZodObject).shape)
      .filter(([, s]) => listElementOrNull(s as z.ZodType) !== null)
      .map(([key]) => key);
    const background = Object.keys((cp.backgroundSchema.unwrap() as z.ZodObject).shape).map(
      (key) => `background.${key}`,
    );
    const paths = REGISTRY.roots.map((kind) => kind.path.join('.'));
    expect([...listsInSchema, ...background].sort()).toEqual(paths.sort());
  });

  it('names each kind once: its add action, its edits and its list are all called after it', () => {
    for (const kind of KINDS) {
      if (!kind.keyed) continue;
      // A skill rating is added by its parent's edit, `skill.rate` (the owner's rating is the skill's own field).
      const verbOf = kind.name === 'skillRating' ? 'skill.rate' : `${kind.name}.`;
      expect(
        ACTIONS.some((action) => action.startsWith(verbOf)),
        kind.name,
      ).toBe(true);
    }
    expect(new Set(KINDS.map((kind) => kind.name)).size).toBe(KINDS.length);
  });

  it(
    'adding a kind is one descriptor: operations, undo, unlinking, ids and the diff of old documents work for it ' +
      'unchanged',
    () => {
      // A kind the library does not have: certificates, each naming the goal it proves.
      const certificate: KindDescriptor = {
        name: 'certificate',
        noun: 'certificate',
        path: ['certificates'],
        keyed: true,
        planIds: true,
        refs: [{ field: 'goalId', kind: 'goal', many: false }],
        max: 100,
        min: 0,
        label: (entity) => String(entity.name),
      };
      const registry = makeRegistry([...KINDS, certificate]);
      expect(emptyLists(registry)).toMatchObject({ certificates: [] });
      const base = {
        ...cp.planSchema.parse(JSON.parse(JSON.stringify(realisticPlan()))),
        certificates: [],
      } as unknown as cp.PlanData;
      const a = { id: 'cert-1', name: 'CompTIA A+', goalId: 'g1' };
      const b = { id: 'cert-2', name: 'Network+', goalId: 'g2' };
      const ops = [
        { op: 'add', kind: 'certificate', index: 0, value: a },
        { op: 'add', kind: 'certificate', index: 1, value: b },
        { op: 'move', kind: 'certificate', id: 'cert-2', from: 1, to: 0 },
        {
          op: 'set',
          kind: 'certificate',
          id: 'cert-1',
          set: { name: 'CompTIA A+ (Core 1 and 2)' },
          old: { name: 'CompTIA A+' },
        },
      ] as unknown as Operation[];
      const { state } = applyOperations(base, ops, true, registry);
      expect((state as unknown as { certificates: unknown[] }).certificates).toEqual([
        b,
        { ...a, name: 'CompTIA A+ (Core 1 and 2)' },
      ]);
      expect(base).toMatchObject({ certificates: [] });
      // Undo is the inverse, exactly.
      expect(applyOperations(state, invertOperations(ops), true, registry).state).toEqual(base);
      // The ids of the new kind share the plan's id space.
      const seen: string[] = [];
      eachEntity(state, (kind, entity) => kind.name === 'certificate' && seen.push(entity.id as string), registry);
      expect(seen).toEqual(['cert-2', 'cert-1']);
      // Removing a goal unlinks the certificates that name it, as the descriptor's reference says.
      const unlink = unlinkSteps(state as cp.Plan, 'goal', 'g2', registry);
      expect(unlink).toContainEqual({ op: 'set', kind: 'certificate', id: 'cert-2', set: {}, old: { goalId: 'g2' } });
      expect(unlink).toContainEqual({
        op: 'set',
        kind: 'goal',
        id: 'g1',
        set: { supports: [] },
        old: { supports: ['g2'] },
      });
      // Two states are told apart as operations that replay exactly.
      const diff = diffStates(base as never, state as never, registry);
      const work = cloneJson(base) as unknown as Record<string, unknown>;
      applyOperationsInPlace(work, diff, registry);
      expect(work).toEqual(state);
    },
  );
});

function listElementOrNull(schema: z.ZodType): z.ZodType | null {
  const unwrap = (s: z.ZodType): z.ZodType => (s instanceof z.ZodReadonly ? unwrap(s.unwrap() as z.ZodType) : s);
  const inner = unwrap(schema);
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : null;
}
