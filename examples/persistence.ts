// Storing plans and loading them back, as an app with a database does. A Map stands in for the
// database table here; the document is what you would put in a JSON column.
// Run it with `npx tsx examples/persistence.ts`.
import {
  addGoal,
  CareerPlanError,
  createPlan,
  deserialize,
  documentJsonSchema,
  fixedEnv,
  planAt,
  revisions,
  safeDeserialize,
  serialize,
  undo,
  updateGoal,
  type Plan,
} from 'career-plan';

const table = new Map<string, string>(); // plan id -> document
const save = (plan: Plan): void => void table.set(plan.id, serialize(plan));
const load = (id: string): Plan => deserialize(table.get(id) ?? '');

const env = fixedEnv({ start: '2026-01-05T09:00:00.000Z' });
let plan = createPlan({ owner: { id: 'alex', name: 'Alex Rivera' }, id: 'plan-alex' }, { env });
plan = addGoal(
  plan,
  {
    id: 'aplus',
    title: 'Finish the CompTIA A+ certificate',
    kind: 'education',
    horizon: 'short',
    targetDate: '2026-09-30',
  },
  { env },
);
save(plan);

// Later, in another request: load, edit, save again.
env.advance({ days: 40 });
let again = load('plan-alex');
again = updateGoal(again, 'aplus', { targetDate: '2026-12-15' }, { env, reason: 'Spring exam session full' });
again = undo(again, { env });
again = updateGoal(again, 'aplus', { targetDate: '2027-01-31' }, { env, reason: 'Winter session instead' });
save(again);

const latest = load('plan-alex');
console.log(`Document: ${table.get('plan-alex')?.length} characters, ${revisions(latest).length} revisions`);
console.log(
  `Target date now: ${latest.goals[0]?.targetDate}; on 1 February it was: ` +
    `${planAt(latest, '2026-02-01T00:00:00.000Z').goals[0]?.targetDate}`,
);

// A document changed outside the library is refused with a stable code, never half-loaded.
const tampered = JSON.parse(table.get('plan-alex') ?? '{}');
tampered.plan.goals[0].title = 'Changed behind the history';
const result = safeDeserialize(tampered);
console.log('Tampered document:', result.success ? 'loaded' : `${result.error.code} (${result.error.message})`);
try {
  deserialize('{"format":"career-plan","version":7}');
} catch (error) {
  if (error instanceof CareerPlanError) console.log('Newer format:', error.code);
}

// Other languages validate documents with the JSON Schema (also shipped as career-plan/schema.json).
const schema = documentJsonSchema();
console.log(`JSON Schema: ${String(schema.title)} (${String(schema.$schema)})`);
