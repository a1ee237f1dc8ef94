// Documents shaped to make loading or a view slow, at a size that can be scaled: the shapes of
// the security review (issue "hostile histories"). Used by the bench (the growth of each cost
// from one size to four times it, `hostile_load_growth_4x` and `hostile_views_growth_4x`) and by
// test/format/hostile-cost.test.ts (the largest within the default limits, each call under a
// second).
import * as cp from '../src/index.js';
import { toICalendar, toMarkdown } from '../src/export/index.js';

/** A stage whose data is any JSON value, so that documents can carry nested and shared values. */
const notebook = cp.defineStage({
  id: 'notebook',
  title: 'Notebook',
  description: 'Anything the person keeps',
  data: cp.jsonValueSchema,
});

/** A process with that stage, for the shapes that need stage data. */
export const shapeProcess = cp.defineProcess({ id: 'hostile-shapes', version: 1, stages: [notebook] });

/** A hostile document: what `deserialize` is given, with its options; `views` if it loads. */
export interface HostileDocument {
  readonly input: unknown;
  readonly options: cp.DeserializeOptions;
  readonly views: boolean;
}

const env = (): cp.FixedEnv => cp.fixedEnv({ start: '2026-01-01T00:00:00.000Z', idPrefix: 'h' });

/** `goals` goals, each linking every one of `resources` resources (and the first goal). */
export function manyLinks(goals: number, resources = goals * 10): HostileDocument {
  const o = { env: env() };
  let plan: cp.Plan = cp.createPlan({ owner: { id: 'alex' }, id: 'links' }, o);
  const ids: string[] = [];
  for (let r = 0; r < resources; r++) {
    plan = cp.addResource(plan, { id: `r${r}`, name: `Resource ${r}`, kind: 'website' }, o);
    ids.push(`r${r}`);
  }
  for (let g = 0; g < goals; g++) {
    const input = {
      id: `g${g}`,
      title: `Goal ${g}`,
      kind: 'skill',
      horizon: 'short',
      targetDate: '2026-06-01',
    } as const;
    plan = cp.addGoal(plan, { ...input, resourceIds: ids, supports: g > 0 ? ['g0'] : [] }, o);
  }
  return { input: cp.serialize(plan), options: {}, views: true };
}

/** `goals` goals, each added and then moved to the front of the list (each replayed step moves the whole list). */
export function manyInserts(goals: number): HostileDocument {
  const o = { env: env() };
  let plan: cp.Plan = cp.createPlan({ owner: { id: 'alex' }, id: 'inserts' }, o);
  for (let g = 0; g < goals; g++) {
    plan = cp.addGoal(plan, { id: `g${g}`, title: `Goal ${g}`, kind: 'skill', horizon: 'short' }, o);
    plan = cp.moveGoal(plan, `g${g}`, 0, o);
  }
  return { input: cp.serialize(plan), options: {}, views: true };
}

/** `goals` goals, then as many changes to the last of them (each replayed step finds it in the list). */
export function manyChanges(goals: number): HostileDocument {
  const o = { env: env() };
  let plan: cp.Plan = cp.createPlan({ owner: { id: 'alex' }, id: 'changes' }, o);
  for (let g = 0; g < goals; g++)
    plan = cp.addGoal(plan, { id: `g${g}`, title: `Goal ${g}`, kind: 'skill', horizon: 'short' }, o);
  for (let i = 0; i < goals; i++) plan = cp.updateGoal(plan, `g${goals - 1}`, { title: `Change ${i}` }, o);
  return { input: cp.serialize(plan), options: {}, views: true };
}

/** Pairs of one shared object, `depth` levels deep: small in memory, 2^depth objects as JSON. */
function pairs(depth: number): cp.JsonValue {
  let value: cp.JsonValue = { leaf: 'x' };
  for (let i = 0; i < depth; i++) value = { left: value, right: value };
  return value;
}

/**
 * A parsed document whose stage data shares its subtrees `depth` levels deep, in the plan and
 * in the revision that set it (each level doubles the JSON it stands for).
 */
export function sharedSubtrees(depth: number): HostileDocument {
  const o = { env: env() };
  const plan = cp.setStageData(
    cp.createPlan({ owner: { id: 'alex' }, id: 'shared', process: shapeProcess }, o),
    'notebook',
    'placeholder',
    o,
  );
  const doc = JSON.parse(cp.serialize(plan)) as {
    plan: { stageData: Record<string, unknown> };
    revisions: { ops: { set: Record<string, unknown> }[]; edit: { data: unknown } }[];
  };
  const shared = pairs(depth);
  doc.plan.stageData.notebook = shared;
  const revision = doc.revisions[0] as (typeof doc.revisions)[number];
  revision.edit.data = shared;
  (revision.ops[0] as { set: Record<string, unknown> }).set.notebook = shared;
  return { input: doc, options: { process: shapeProcess }, views: true };
}

/** `count` stage data changes, each a value nested as deep as stage data may be (64 levels). */
export function deepNesting(count: number): HostileDocument {
  const o = { env: env() };
  let plan: cp.Plan = cp.createPlan({ owner: { id: 'alex' }, id: 'deep', process: shapeProcess }, o);
  for (let i = 0; i < count; i++) {
    let value: cp.JsonValue = i;
    for (let level = 0; level < 62; level++) value = [value];
    plan = cp.setStageData(plan, 'notebook', value, o);
  }
  return { input: cp.serialize(plan), options: { process: shapeProcess }, views: true };
}

/** Each shape at a size `scale` times its first: the input (links, goals, levels of pairs, changes) grows as much. */
export const hostileShapes: readonly { readonly name: string; readonly at: (scale: number) => HostileDocument }[] = [
  { name: 'many links', at: (scale) => manyLinks(Math.round(20 * Math.sqrt(scale))) },
  { name: 'many inserts', at: (scale) => manyInserts(400 * scale) },
  { name: 'many changes to one of many', at: (scale) => manyChanges(400 * scale) },
  { name: 'shared subtrees', at: (scale) => sharedSubtrees(10 + Math.round(Math.log2(scale))) },
  { name: 'deep nesting', at: (scale) => deepNesting(100 * scale) },
];

/** Every view of a loaded plan, once (what a hostile document must not make slow). */
export function allViews(plan: cp.Plan): number {
  const today = '2026-03-01';
  let size = toMarkdown(plan).length + toICalendar(plan).length;
  size += cp.progress(plan, { today }).goals.length + cp.nextActions(plan, { today }).length;
  for (const goal of plan.goals) size += cp.checkGoal(goal, { today }).findings.length;
  const history = cp.revisions(plan);
  for (const revision of history) size += cp.describeRevision(revision).length;
  size += cp.planAt(plan, Math.floor(history.length / 2)).goals.length;
  return size;
}
