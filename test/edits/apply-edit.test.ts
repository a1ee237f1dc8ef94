import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { apply, codeOf, commandArb, content, realisticPlan } from '../helpers.js';

type Plan = cp.Plan<cp.CareerStageId>;
type Case<K extends cp.EditKind> = {
  /** Edits of this kind, with ids drawn from the plan (and one it lacks) and inputs valid or not. */
  readonly edits: (plan: Plan) => fc.Arbitrary<cp.EditOf<K>>;
  /** The same edit through its function. */
  readonly call: (plan: Plan, edit: cp.EditOf<K>, options: cp.EditOptions) => Plan;
};

const ids = (list: readonly { readonly id: string }[]) => fc.constantFrom(...list.map((item) => item.id), 'nope');
const strategies = (plan: Plan) => plan.goals.flatMap((goal) => goal.strategies);
const background = (plan: Plan) => [
  ...plan.background.employment,
  ...plan.background.education,
  ...plan.background.licenses,
  ...plan.background.volunteerWork,
];
const title = fc.constantFrom('Renamed', '', 'A title');
const changes = fc.constantFrom<Record<string, unknown>>(
  { title: 'Renamed' },
  { priority: 'high' },
  { status: 'done' },
  { description: 'Why', successMeasure: null },
  { bogus: 1 },
  {},
);
const maybeId = fc.option(fc.constantFrom('new-1', 'g1', 's1'), { nil: undefined });
const withId = <T extends object>(input: T, id: string | undefined): T => (id === undefined ? input : { ...input, id });
const index = fc.integer({ min: -1, max: 4 });

/**
 * Every edit, through both doors. The record's type makes it exhaustive: a new edit kind without a case does not
 * compile.
 */
const cases: { readonly [K in cp.EditKind]: Case<K> } = {
  addGoal: {
    edits: () =>
      fc.record({
        kind: fc.constant('addGoal'),
        input: fc
          .tuple(title, maybeId)
          .map(([t, id]) =>
            withId(
              { title: t, kind: 'skill' as const, horizon: 'short' as const, strategies: [{ title: 'First' }] },
              id,
            ),
          ),
      }),
    call: (p, e, o) => cp.addGoal(p, e.input, o),
  },
  updateGoal: {
    edits: (p) => fc.record({ kind: fc.constant('updateGoal'), id: ids(p.goals), changes }),
    call: (p, e, o) => cp.updateGoal(p, e.id, e.changes, o),
  },
  removeGoal: {
    edits: (p) => fc.record({ kind: fc.constant('removeGoal'), id: ids(p.goals) }),
    call: (p, e, o) => cp.removeGoal(p, e.id, o),
  },
  moveGoal: {
    edits: (p) => fc.record({ kind: fc.constant('moveGoal'), id: ids(p.goals), toIndex: index }),
    call: (p, e, o) => cp.moveGoal(p, e.id, e.toIndex, o),
  },
  addStrategy: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('addStrategy'),
        goalId: ids(p.goals),
        input: fc.tuple(title, maybeId).map(([t, id]) => withId({ title: t, dueDate: '2026-05-01' }, id)),
      }),
    call: (p, e, o) => cp.addStrategy(p, e.goalId, e.input, o),
  },
  updateStrategy: {
    edits: (p) => fc.record({ kind: fc.constant('updateStrategy'), id: ids(strategies(p)), changes }),
    call: (p, e, o) => cp.updateStrategy(p, e.id, e.changes, o),
  },
  completeStrategy: {
    edits: (p) => fc.record({ kind: fc.constant('completeStrategy'), id: ids(strategies(p)) }),
    call: (p, e, o) => cp.completeStrategy(p, e.id, o),
  },
  reopenStrategy: {
    edits: (p) => fc.record({ kind: fc.constant('reopenStrategy'), id: ids(strategies(p)) }),
    call: (p, e, o) => cp.reopenStrategy(p, e.id, o),
  },
  removeStrategy: {
    edits: (p) => fc.record({ kind: fc.constant('removeStrategy'), id: ids(strategies(p)) }),
    call: (p, e, o) => cp.removeStrategy(p, e.id, o),
  },
  moveStrategy: {
    edits: (p) => fc.record({ kind: fc.constant('moveStrategy'), id: ids(strategies(p)), toIndex: index }),
    call: (p, e, o) => cp.moveStrategy(p, e.id, e.toIndex, o),
  },
  addAssessment: {
    edits: () =>
      fc.record({
        kind: fc.constant('addAssessment'),
        input: fc
          .tuple(title, maybeId)
          .map(([t, id]) => withId({ kind: 'values' as const, instrument: t, takenAt: '2026-02-01' }, id)),
      }),
    call: (p, e, o) => cp.addAssessment(p, e.input, o),
  },
  updateAssessment: {
    edits: (p) => fc.record({ kind: fc.constant('updateAssessment'), id: ids(p.assessments), changes }),
    call: (p, e, o) => cp.updateAssessment(p, e.id, e.changes, o),
  },
  removeAssessment: {
    edits: (p) => fc.record({ kind: fc.constant('removeAssessment'), id: ids(p.assessments) }),
    call: (p, e, o) => cp.removeAssessment(p, e.id, o),
  },
  addCareerOption: {
    edits: () =>
      fc.record({
        kind: fc.constant('addCareerOption'),
        input: fc
          .tuple(title, maybeId)
          .map(([t, id]) => withId({ title: t, activities: [{ kind: 'research' as const }] }, id)),
      }),
    call: (p, e, o) => cp.addCareerOption(p, e.input, o),
  },
  updateCareerOption: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('updateCareerOption'),
        id: ids(p.careerOptions),
        changes: fc.oneof(changes, fc.constant({ status: 'shortlisted', fit: 4 })),
      }),
    call: (p, e, o) => cp.updateCareerOption(p, e.id, e.changes, o),
  },
  removeCareerOption: {
    edits: (p) => fc.record({ kind: fc.constant('removeCareerOption'), id: ids(p.careerOptions) }),
    call: (p, e, o) => cp.removeCareerOption(p, e.id, o),
  },
  addExplorationActivity: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('addExplorationActivity'),
        optionId: ids(p.careerOptions),
        input: fc.constantFrom({ kind: 'job-shadowing' as const, date: '2026-03-01' }, { kind: 'nonsense' as never }),
      }),
    call: (p, e, o) => cp.addExplorationActivity(p, e.optionId, e.input, o),
  },
  setDecision: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('setDecision'),
        input: ids(p.careerOptions).map((chosenOptionId) => ({ chosenOptionId, rationale: 'Best fit' })),
      }),
    call: (p, e, o) => cp.setDecision(p, e.input, o),
  },
  clearDecision: {
    edits: () => fc.constant({ kind: 'clearDecision' as const }),
    call: (p, _e, o) => cp.clearDecision(p, o),
  },
  addBarrier: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('addBarrier'),
        input: ids(p.goals).map((goal) => ({ description: 'No car', goalIds: [goal] })),
      }),
    call: (p, e, o) => cp.addBarrier(p, e.input, o),
  },
  updateBarrier: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('updateBarrier'),
        id: ids(p.barriers),
        changes: fc.oneof(changes, fc.constant({ overcome: 'Bus pass' })),
      }),
    call: (p, e, o) => cp.updateBarrier(p, e.id, e.changes, o),
  },
  removeBarrier: {
    edits: (p) => fc.record({ kind: fc.constant('removeBarrier'), id: ids(p.barriers) }),
    call: (p, e, o) => cp.removeBarrier(p, e.id, o),
  },
  addResource: {
    edits: () =>
      fc.record({ kind: fc.constant('addResource'), input: title.map((name) => ({ name, kind: 'person' as const })) }),
    call: (p, e, o) => cp.addResource(p, e.input, o),
  },
  updateResource: {
    edits: (p) => fc.record({ kind: fc.constant('updateResource'), id: ids(p.resources), changes }),
    call: (p, e, o) => cp.updateResource(p, e.id, e.changes, o),
  },
  removeResource: {
    edits: (p) => fc.record({ kind: fc.constant('removeResource'), id: ids(p.resources) }),
    call: (p, e, o) => cp.removeResource(p, e.id, o),
  },
  addMilestone: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('addMilestone'),
        input: ids(p.goals).map((goal) => ({ title: 'Hired', date: '2027-01-01', goalIds: [goal] })),
      }),
    call: (p, e, o) => cp.addMilestone(p, e.input, o),
  },
  updateMilestone: {
    edits: (p) => fc.record({ kind: fc.constant('updateMilestone'), id: ids(p.milestones), changes }),
    call: (p, e, o) => cp.updateMilestone(p, e.id, e.changes, o),
  },
  removeMilestone: {
    edits: (p) => fc.record({ kind: fc.constant('removeMilestone'), id: ids(p.milestones) }),
    call: (p, e, o) => cp.removeMilestone(p, e.id, o),
  },
  addAlternative: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('addAlternative'),
        input: ids(p.careerOptions).map((optionId) => ({ title: 'Plan B', trigger: 'No offer', optionId })),
      }),
    call: (p, e, o) => cp.addAlternative(p, e.input, o),
  },
  updateAlternative: {
    edits: (p) => fc.record({ kind: fc.constant('updateAlternative'), id: ids(p.alternatives), changes }),
    call: (p, e, o) => cp.updateAlternative(p, e.id, e.changes, o),
  },
  removeAlternative: {
    edits: (p) => fc.record({ kind: fc.constant('removeAlternative'), id: ids(p.alternatives) }),
    call: (p, e, o) => cp.removeAlternative(p, e.id, o),
  },
  addNote: {
    edits: () => fc.record({ kind: fc.constant('addNote'), input: title.map((text) => ({ text })) }),
    call: (p, e, o) => cp.addNote(p, e.input, o),
  },
  updateNote: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('updateNote'),
        id: ids(p.notes),
        changes: fc.constantFrom({ text: 'Edited' }, { at: 'x' }),
      }),
    call: (p, e, o) => cp.updateNote(p, e.id, e.changes, o),
  },
  removeNote: {
    edits: (p) => fc.record({ kind: fc.constant('removeNote'), id: ids(p.notes) }),
    call: (p, e, o) => cp.removeNote(p, e.id, o),
  },
  addEmployment: {
    edits: () =>
      fc.record({ kind: fc.constant('addEmployment'), input: title.map((t) => ({ employer: 'Library', title: t })) }),
    call: (p, e, o) => cp.addEmployment(p, e.input, o),
  },
  addEducation: {
    edits: () => fc.record({ kind: fc.constant('addEducation'), input: title.map((institution) => ({ institution })) }),
    call: (p, e, o) => cp.addEducation(p, e.input, o),
  },
  addLicense: {
    edits: () => fc.record({ kind: fc.constant('addLicense'), input: title.map((name) => ({ name })) }),
    call: (p, e, o) => cp.addLicense(p, e.input, o),
  },
  addVolunteerWork: {
    edits: () =>
      fc.record({
        kind: fc.constant('addVolunteerWork'),
        input: title.map((role) => ({ organization: 'Food bank', role })),
      }),
    call: (p, e, o) => cp.addVolunteerWork(p, e.input, o),
  },
  updateBackgroundEntry: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('updateBackgroundEntry'),
        id: ids(background(p)),
        changes: fc.constantFrom({ location: 'Tucson' }, { title: 'Lead' }, { bogus: 1 }),
      }),
    call: (p, e, o) => cp.updateBackgroundEntry(p, e.id, e.changes, o),
  },
  removeBackgroundEntry: {
    edits: (p) => fc.record({ kind: fc.constant('removeBackgroundEntry'), id: ids(background(p)) }),
    call: (p, e, o) => cp.removeBackgroundEntry(p, e.id, o),
  },
  updatePlan: {
    edits: () => fc.record({ kind: fc.constant('updatePlan'), changes: title.map((t) => ({ title: t })) }),
    call: (p, e, o) => cp.updatePlan(p, e.changes, o),
  },
  transition: {
    edits: () =>
      fc.record({
        kind: fc.constant('transition'),
        to: fc.constantFrom(...cp.careerProcess.stages.map((stage) => stage.id), 'nowhere'),
      }),
    call: (p, e, o) => cp.transition(p, e.to as cp.CareerStageId, o),
  },
  setStageData: {
    edits: () => fc.record({ kind: fc.constant('setStageData'), stage: fc.constant('match'), data: fc.constant({}) }),
    call: (p, e, o) => cp.setStageData(p as cp.Plan, e.stage, e.data as never, o) as Plan,
  },
  addAdvisor: {
    edits: () =>
      fc.record({
        kind: fc.constant('addAdvisor'),
        input: fc.constantFrom({ id: 'sam', role: 'mentor' }, { id: 'dana', role: 'counselor' }),
      }),
    call: (p, e, o) => cp.addAdvisor(p, e.input, o),
  },
  removeAdvisor: {
    edits: (p) => fc.record({ kind: fc.constant('removeAdvisor'), id: ids(p.advisors) }),
    call: (p, e, o) => cp.removeAdvisor(p, e.id, o),
  },
  addSuggestion: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('addSuggestion'),
        input: fc.oneof(
          ids(p.goals).map((id) => ({
            edit: { kind: 'updateGoal' as const, id, changes: { priority: 'low' as const } },
          })),
          ids(p.resources).map((id) => ({ edit: { kind: 'removeResource' as const, id }, note: 'Out of date' })),
        ),
      }),
    call: (p, e, o) => cp.addSuggestion(p, e.input, o),
  },
  acceptSuggestion: {
    edits: (p) => fc.record({ kind: fc.constant('acceptSuggestion'), id: ids(p.suggestions) }),
    call: (p, e, o) => cp.acceptSuggestion(p, e.id, o),
  },
  declineSuggestion: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('declineSuggestion'),
        id: ids(p.suggestions),
        reason: fc.constantFrom('Not now', ''),
      }),
    call: (p, e, o) => cp.declineSuggestion(p, e.id, { ...o, reason: e.reason }),
  },
  withdrawSuggestion: {
    edits: (p) => fc.record({ kind: fc.constant('withdrawSuggestion'), id: ids(p.suggestions) }),
    call: (p, e, o) => cp.withdrawSuggestion(p, e.id, o),
  },
  addComment: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('addComment'),
        input: ids(p.goals).map((id) => ({ about: { kind: 'goal' as const, id }, text: 'Realistic?' })),
      }),
    call: (p, e, o) => cp.addComment(p, e.input, o),
  },
  removeComment: {
    edits: (p) => fc.record({ kind: fc.constant('removeComment'), id: ids(p.comments) }),
    call: (p, e, o) => cp.removeComment(p, e.id, o),
  },
  addPrivateNote: {
    edits: () => fc.record({ kind: fc.constant('addPrivateNote'), input: title.map((text) => ({ text })) }),
    call: (p, e, o) => cp.addPrivateNote(p, e.input, o),
  },
  removePrivateNote: {
    edits: (p) => fc.record({ kind: fc.constant('removePrivateNote'), id: ids(p.privateNotes) }),
    call: (p, e, o) => cp.removePrivateNote(p, e.id, o),
  },
  addSkill: {
    edits: () =>
      fc.record({
        kind: fc.constant('addSkill'),
        input: fc.tuple(title, maybeId).map(([name, id]) => withId({ name, selfRating: 2, importance: 4 }, id)),
      }),
    call: (p, e, o) => cp.addSkill(p, e.input, o),
  },
  updateSkill: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('updateSkill'),
        id: ids(p.skills),
        changes: fc.oneof(changes, fc.constantFrom({ importance: 5 }, { selfRating: null }, { ratings: [] })),
      }),
    call: (p, e, o) => cp.updateSkill(p, e.id, e.changes, o),
  },
  removeSkill: {
    edits: (p) => fc.record({ kind: fc.constant('removeSkill'), id: ids(p.skills) }),
    call: (p, e, o) => cp.removeSkill(p, e.id, o),
  },
  rateSkill: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('rateSkill'),
        id: ids(p.skills),
        input: fc.constantFrom({ rating: 3 }, { rating: 6 }, { rating: 4, note: 'Seen at work' }),
      }),
    call: (p, e, o) => cp.rateSkill(p, e.id, e.input, o),
  },
  addReview: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('addReview'),
        input: fc
          .tuple(title, ids(p.goals), maybeId)
          .map(([agreed, goal, id]) => withId({ date: '2026-05-01', agreed, goalIds: [goal] }, id)),
      }),
    call: (p, e, o) => cp.addReview(p, e.input, o),
  },
  updateReview: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('updateReview'),
        id: ids(p.reviews),
        changes: fc.oneof(changes, fc.constantFrom({ agreed: 'Changed' }, { by: { id: 'mallory' } })),
      }),
    call: (p, e, o) => cp.updateReview(p, e.id, e.changes, o),
  },
  removeReview: {
    edits: (p) => fc.record({ kind: fc.constant('removeReview'), id: ids(p.reviews) }),
    call: (p, e, o) => cp.removeReview(p, e.id, o),
  },
  addEvidence: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('addEvidence'),
        input: fc.tuple(title, ids(p.goals), maybeId).map(([t, goal, id]) =>
          withId(
            {
              kind: 'certificate' as const,
              title: t,
              date: '2026-05-01',
              url: 'https://example.org/c',
              about: { kind: 'goal' as const, id: goal },
            },
            id,
          ),
        ),
      }),
    call: (p, e, o) => cp.addEvidence(p, e.input, o),
  },
  updateEvidence: {
    edits: (p) =>
      fc.record({
        kind: fc.constant('updateEvidence'),
        id: ids(p.evidence),
        changes: fc.oneof(
          changes,
          fc.constantFrom({ url: 'javascript:alert(1)' }, { about: { kind: 'goal', id: 'x' } }),
        ),
      }),
    call: (p, e, o) => cp.updateEvidence(p, e.id, e.changes, o),
  },
  removeEvidence: {
    edits: (p) => fc.record({ kind: fc.constant('removeEvidence'), id: ids(p.evidence) }),
    call: (p, e, o) => cp.removeEvidence(p, e.id, o),
  },
  signPlan: {
    edits: () =>
      fc.record({
        kind: fc.constant('signPlan'),
        input: fc.constantFrom({}, { statement: 'Reviewed together' }, { id: 'g1' }),
      }),
    call: (p, e, o) => cp.signPlan(p, e.input, o),
  },
};

const kinds = Object.keys(cases) as cp.EditKind[];
const env = () => cp.fixedEnv({ start: '2026-04-01T09:00:00.000Z', idPrefix: 'n', tick: 1_000 });

/** What an edit gave: the plan's content and its history, or the error's code. */
function outcome(make: (options: cp.EditOptions) => Plan, by: string): unknown {
  const options = { env: env(), by, reason: 'Because' };
  try {
    const plan = make(options);
    return { plan: content(plan), revisions: JSON.parse(JSON.stringify(cp.revisions(plan))) };
  } catch (error) {
    if (error instanceof cp.CareerPlanError) return { code: error.code };
    throw error;
  }
}

/** A realistic plan after some random edits, with a pending suggestion and a comment to act on. */
const planArb = fc.array(commandArb, { maxLength: 8 }).map((commands) => {
  const e = cp.fixedEnv({ start: '2026-03-01T09:00:00.000Z', idPrefix: 'p' });
  let plan = commands.reduce((p, command) => apply(p, command, { env: e }), realisticPlan());
  plan = cp.suggest(
    plan,
    { id: 'sg1', edit: { kind: 'addGoal', input: { title: 'Learn Linux', kind: 'skill', horizon: 'short' } } },
    { by: 'dana', env: e },
  );
  plan = cp.addComment(plan, { id: 'c1', about: { kind: 'plan' }, text: 'Looks good' }, { by: 'dana', env: e });
  plan = cp.addSkill(plan, { id: 'skill-1', name: 'Troubleshooting', selfRating: 2, importance: 5 }, { env: e });
  plan = cp.rateSkill(plan, 'skill-1', { rating: 3 }, { by: 'dana', env: e });
  plan = cp.addReview(plan, { id: 'review-1', date: '2026-03-01', agreed: 'On track' }, { by: 'dana', env: e });
  const goal = plan.goals[0];
  if (goal !== undefined)
    plan = cp.addEvidence(
      plan,
      { id: 'evidence-1', kind: 'note', title: 'Study log', date: '2026-03-01', about: { kind: 'goal', id: goal.id } },
      { env: e },
    );
  plan = cp.signPlan(plan, {}, { by: 'dana', env: e });
  return plan;
});

describe('edits as data', () => {
  it('the edit schema has one variant per edit function, and each is exported under its kind', () => {
    const variants = cp.editSchema.options.map((option) => option.shape.kind.value).sort();
    expect(variants).toEqual([...kinds].sort());
    for (const kind of kinds) expect(typeof (cp as Record<string, unknown>)[kind]).toBe('function');
  });

  it(
    'applyEdit gives exactly what the function gives: the same plan, the same revision, the same error ' + '(property)',
    () => {
      const editArb = planArb.chain((plan) =>
        fc.tuple(
          fc.constant(plan),
          fc.constantFrom(...kinds).chain((kind) => (cases[kind].edits as (p: Plan) => fc.Arbitrary<cp.Edit>)(plan)),
          fc.constantFrom('alex', 'dana', 'stranger'),
        ),
      );
      fc.assert(
        fc.property(editArb, ([plan, edit, by]) => {
          const call = cases[edit.kind].call as (p: Plan, e: cp.Edit, o: cp.EditOptions) => Plan;
          const viaFunction = outcome((options) => call(plan, edit, options), by);
          const viaData = outcome((options) => cp.applyEdit(plan, edit, options), by);
          expect(viaData).toEqual(viaFunction);
        }),
        { numRuns: 400 },
      );
    },
  );

  it(
    'every kind of edit is recorded with its edit, replaying the recorded edit on the plan before gives the same ' +
      'plan, and the revision loads and appends',
    () => {
      let covered = 0;
      fc.assert(
        fc.property(planArb, fc.constantFrom(...kinds), fc.nat(), (plan, kind, seed) => {
          const edit = fc.sample((cases[kind].edits as (p: Plan) => fc.Arbitrary<cp.Edit>)(plan), {
            numRuns: 1,
            seed,
          })[0] as cp.Edit;
          let next: Plan;
          try {
            next = cp.applyEdit(plan, edit, { env: env() });
          } catch (error) {
            if (error instanceof cp.CareerPlanError) return;
            throw error;
          }
          if (next === plan) return;
          const revision = cp.revisions(next).at(-1)!;
          expect(revision.edit).toBeDefined();
          expect(cp.editSchema.safeParse(revision.edit).success).toBe(true);
          // The recorded edit has every id resolved: replayed with another environment, it makes the same change.
          const again = cp.applyEdit(plan, revision.edit as cp.Edit, {
            env: cp.fixedEnv({ start: revision.at, idPrefix: 'other' }),
          });
          expect(content(again)).toEqual(content(next));
          // Every kind's revision loads: its author, labels and operations are what loading checks.
          expect(content(cp.deserialize(cp.serialize(next)))).toEqual(content(next));
          expect(content(cp.appendRevisions(plan, cp.revisionsSince(next, cp.revisionCount(plan))))).toEqual(
            content(next),
          );
          covered++;
        }),
        { numRuns: 300 },
      );
      expect(covered).toBeGreaterThan(50);
    },
  );

  it('refuses what is not an edit with invalid-input', () => {
    const plan = realisticPlan();
    for (const edit of [null, 1, 'addGoal', {}, { kind: 'renameGoal' }, { kind: '__proto__' }, { kind: 'toString' }]) {
      expect(codeOf(() => cp.applyEdit(plan, edit as never))).toBe('invalid-input');
    }
    expect(codeOf(() => cp.applyEdit({} as never, { kind: 'clearDecision' }))).toBe('invalid-plan');
  });

  it('the former names decide and suggest make the same edits as setDecision and addSuggestion', () => {
    const plan = realisticPlan();
    const o = () => ({ env: cp.fixedEnv({ start: '2026-04-01T09:00:00.000Z', idPrefix: 'z' }) });
    expect(content(cp.decide(plan, { chosenOptionId: 'o2' }, o()))).toEqual(
      content(cp.setDecision(plan, { chosenOptionId: 'o2' }, o())),
    );
    const input = { edit: { kind: 'removeGoal' as const, id: 'g2' } };
    expect(cp.revisions(cp.suggest(plan, input, { ...o(), by: 'dana' }))).toEqual(
      cp.revisions(cp.addSuggestion(plan, input, { ...o(), by: 'dana' })),
    );
  });

  it('suggestions carry any content edit, accepted through the same path', () => {
    let plan = realisticPlan();
    plan = cp.suggest(
      plan,
      { id: 'sg', edit: { kind: 'addMilestone', input: { id: 'm9', title: 'Offer accepted', date: '2027-05-01' } } },
      { by: 'dana' },
    );
    plan = cp.acceptSuggestion(plan, 'sg');
    expect(plan.milestones.map((m) => m.id)).toContain('m9');
    const says = (edit: cp.ContentEdit): string =>
      cp.describeRevision(cp.revisions(cp.addSuggestion(realisticPlan(), { edit }, { by: 'dana' })).at(-1)!);
    expect(says({ kind: 'removeResource', id: 'r1' })).toBe(
      'Dana (counselor) suggested removing the resource Pima Community College IT certificate',
    );
    expect(says({ kind: 'transition', to: 'match' })).toBe('Dana (counselor) suggested a move to the stage Match');
    expect(says({ kind: 'addBarrier', input: { description: 'No car' } })).toBe(
      'Dana (counselor) suggested a barrier: No car',
    );
    const revision = cp.revisions(plan).at(-1)!;
    expect(revision).toMatchObject({
      action: 'milestone.add',
      credit: { id: 'dana' },
      suggestion: 'sg',
      edit: { kind: 'acceptSuggestion', id: 'sg' },
    });
    expect(codeOf(() => cp.suggest(plan, { edit: { kind: 'removeGoal', id: 'nope' } }, { by: 'dana' }))).toBe(
      'not-found',
    );
    expect(
      codeOf(() =>
        cp.suggest(plan, { edit: { kind: 'addAdvisor', input: { id: 'x', role: 'mentor' } } as never }, { by: 'dana' }),
      ),
    ).toBe('invalid-input');
  });
});
