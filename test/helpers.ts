import fc from 'fast-check';
import * as cp from '../src/index.js';
import type { Plan } from '../src/index.js';

/** The code of the CareerPlanError that `fn` throws (undefined when it does not throw); any other error is rethrown. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof cp.CareerPlanError) return error.code;
    throw error;
  }
  return undefined;
}

/** True when every object reachable from `value` is frozen. */
export function isDeepFrozen(value: unknown): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    if (!Object.isFrozen(item)) return false;
    for (const child of Object.values(item)) stack.push(child);
  }
  return true;
}

/** The plan's data only, as JSON sees it (for comparing content). */
export const content = (plan: Plan): unknown => JSON.parse(JSON.stringify(plan));

/** A realistic plan: Alex goes from retail to IT support through all four stages. */
export function realisticPlan(
  env: cp.FixedEnv = cp.fixedEnv({ start: '2026-01-05T09:00:00.000Z', tick: 60_000 }),
): Plan<cp.CareerStageId> {
  const o = { env };
  let plan = cp.createPlan(
    { owner: { id: 'alex', name: 'Alex Rivera' }, title: "Alex's career action plan", id: 'plan-alex' },
    o,
  );
  plan = cp.addAdvisor(plan, { id: 'dana', name: 'Dana (counselor)', role: 'counselor' }, o);
  plan = cp.addEmployment(
    plan,
    { id: 'e1', employer: 'Desert Books', title: 'Sales associate', location: 'Tucson, AZ', startDate: '2022-06-01' },
    o,
  );
  plan = cp.addEducation(
    plan,
    { id: 'ed1', institution: 'Tucson High School', credential: 'Diploma', completed: true, endDate: '2021-05-28' },
    o,
  );
  plan = cp.addAssessment(
    plan,
    {
      id: 'a1',
      kind: 'interests',
      instrument: 'O*NET Interest Profiler',
      takenAt: '2026-01-10',
      results: {
        riasec: { realistic: 62, investigative: 71, artistic: 20, social: 45, enterprising: 30, conventional: 55 },
        hollandCode: 'IRC',
        jobZone: 3,
      },
      summary: 'I like solving practical problems with technology.',
    },
    o,
  );
  plan = cp.addCareerOption(
    plan,
    {
      id: 'o1',
      title: 'Computer User Support Specialist',
      socCode: '15-1232.00',
      origin: { kind: 'assessment', assessmentId: 'a1' },
    },
    o,
  );
  plan = cp.addCareerOption(
    plan,
    { id: 'o2', title: 'Computer Network Support Specialist', socCode: '15-1231.00', origin: { kind: 'self' } },
    o,
  );
  plan = cp.transition(plan, 'exploration', { ...o, reason: 'Assessments done' });
  plan = cp.updateCareerOption(
    plan,
    'o1',
    {
      status: 'researching',
      research: { earnings: 'Median $60,000', outlook: 'As fast as average', education: 'Certificate or some college' },
    },
    o,
  );
  plan = cp.addExplorationActivity(
    plan,
    'o1',
    { id: 'x1', kind: 'informational-interview', date: '2026-02-03', contact: 'Sam, IT manager at the library' },
    o,
  );
  plan = cp.transition(plan, 'match', o);
  plan = cp.decide(
    plan,
    {
      chosenOptionId: 'o1',
      longTermOptionId: 'o2',
      criteria: ['earnings', 'training time'],
      pros: ['Short training'],
      cons: ['Evening shifts'],
      rationale: 'Fits my interests; I can start within a year',
    },
    o,
  );
  plan = cp.transition(plan, 'action-plan', o);
  plan = cp.addResource(
    plan,
    { id: 'r1', name: 'Pima Community College IT certificate', kind: 'course', url: 'https://example.edu/it' },
    o,
  );
  plan = cp.addGoal(
    plan,
    {
      id: 'g1',
      title: 'Finish the CompTIA A+ certificate',
      description: 'Pass both A+ exams (Core 1 and Core 2)',
      kind: 'education',
      horizon: 'short',
      targetDate: '2026-09-30',
      successMeasure: 'Both exams passed',
      realism: 'Evening course, 6 hours a week',
      resourceIds: ['r1'],
      priority: 'high',
      strategies: [
        { id: 's1', title: 'Enroll in the evening course', byWho: 'me', dueDate: '2026-02-15' },
        { id: 's2', title: 'Pass Core 1', byWho: 'me', dueDate: '2026-06-30', successMeasure: 'Score of 675 or more' },
      ],
    },
    o,
  );
  plan = cp.addGoal(
    plan,
    {
      id: 'g2',
      title: 'Work as a help desk technician',
      kind: 'occupational',
      horizon: 'long',
      targetDate: '2027-06-30',
      supports: [],
    },
    o,
  );
  plan = cp.updateGoal(plan, 'g1', { supports: ['g2'] }, o);
  plan = cp.addBarrier(
    plan,
    {
      id: 'b1',
      description: 'Caring for my son in the evenings',
      overcome: 'My sister babysits on class nights',
      goalIds: ['g1'],
    },
    o,
  );
  plan = cp.addMilestone(plan, { id: 'm1', title: 'A+ certificate earned', date: '2026-09-30', goalIds: ['g1'] }, o);
  plan = cp.addAlternative(
    plan,
    { id: 'alt1', title: 'Retail electronics support', trigger: 'No help desk offer by June 2027', optionId: 'o2' },
    o,
  );
  plan = cp.addNote(
    plan,
    { id: 'n1', text: 'Reviewed with Dana: on track.', about: { kind: 'goal', id: 'g1' } },
    { ...o, by: 'dana' },
  );
  plan = cp.completeStrategy(plan, 's1', o);
  return plan;
}

/** One random edit, described by numbers that pick among what the plan holds at the time. */
export type Command =
  | { kind: 'addGoal'; title: string; horizon: 'short' | 'long' }
  | { kind: 'updateGoal'; pick: number; title: string }
  | { kind: 'removeGoal'; pick: number }
  | { kind: 'moveGoal'; pick: number; to: number }
  | { kind: 'addStrategy'; pick: number; title: string }
  | { kind: 'completeStrategy'; pick: number }
  | { kind: 'reopenStrategy'; pick: number }
  | { kind: 'addBarrier'; pick: number }
  | { kind: 'addOption'; title: string }
  | { kind: 'undo' }
  | { kind: 'redo' };

/** Titles as people type them: the input schemas trim them and refuse blank ones. */
export const title = fc
  .string({ minLength: 1, maxLength: 20 })
  .map((text) => text.trim())
  .filter((text) => text !== '');
const pick = fc.nat({ max: 50 });

/** Arbitrary commands, weighted towards edits that build a plan up. */
export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('addGoal' as const),
      title,
      horizon: fc.constantFrom('short' as const, 'long' as const),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('updateGoal' as const), pick, title }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('removeGoal' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('moveGoal' as const), pick, to: pick }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('addStrategy' as const), pick, title }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('completeStrategy' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reopenStrategy' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addBarrier' as const), pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addOption' as const), title }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
);

/** Applies a command; a command that has nothing to act on returns the plan unchanged. */
export function apply<P extends Plan>(plan: P, command: Command, options: cp.EditOptions): P {
  const goal = (n: number) => plan.goals[n % Math.max(plan.goals.length, 1)];
  const strategies = plan.goals.flatMap((g) => g.strategies);
  const strategy = (n: number) => strategies[n % Math.max(strategies.length, 1)];
  switch (command.kind) {
    case 'addGoal':
      return cp.addGoal(plan, { title: command.title, kind: 'skill', horizon: command.horizon }, options);
    case 'updateGoal': {
      const g = goal(command.pick);
      return g ? cp.updateGoal(plan, g.id, { title: command.title }, options) : plan;
    }
    case 'removeGoal': {
      const g = goal(command.pick);
      return g ? cp.removeGoal(plan, g.id, options) : plan;
    }
    case 'moveGoal': {
      const g = goal(command.pick);
      return g ? cp.moveGoal(plan, g.id, command.to % plan.goals.length, options) : plan;
    }
    case 'addStrategy': {
      const g = goal(command.pick);
      return g ? cp.addStrategy(plan, g.id, { title: command.title }, options) : plan;
    }
    case 'completeStrategy': {
      const s = strategy(command.pick);
      return s ? cp.completeStrategy(plan, s.id, options) : plan;
    }
    case 'reopenStrategy': {
      const s = strategy(command.pick);
      return s ? cp.reopenStrategy(plan, s.id, options) : plan;
    }
    case 'addBarrier': {
      const g = goal(command.pick);
      return cp.addBarrier(plan, { description: 'Something in the way', goalIds: g ? [g.id] : [] }, options);
    }
    case 'addOption':
      return cp.addCareerOption(plan, { title: command.title }, options);
    case 'undo':
      return cp.undo(plan, options);
    case 'redo':
      return cp.redo(plan, options);
  }
}

/**
 * The document of `plan` with its revisions whole (as `revisions` gives them, with sequence
 * numbers, actions, authors' names and undo data) and without the plan as created, as a store
 * assembles one from its rows: what tests that change a revision's recorded fields start from.
 */
export function wholeDocument(plan: Plan): string {
  const { created: _created, ...document } = cp.toDocument(plan);
  return JSON.stringify({ ...document, revisions: cp.revisions(plan) });
}
