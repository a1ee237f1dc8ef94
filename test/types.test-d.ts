import * as z from 'zod';
import { describe, expectTypeOf, it } from 'vitest';
import * as cp from '../src/index.js';

describe('type inference', () => {
  it('a default plan is typed by the career stages', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' } });
    expectTypeOf(plan.stage).toEqualTypeOf<cp.CareerStageId>();
    expectTypeOf(plan.journey[0]!.stage).toEqualTypeOf<cp.CareerStageId>();
    cp.transition(plan, 'exploration');
    cp.canTransition(plan, 'match');
    // @ts-expect-error: a misspelled stage does not compile
    cp.transition(plan, 'exploraton');
    // @ts-expect-error: not a stage of the career process
    cp.canTransition(plan, 'networking');
  });

  it('edits keep the plan type', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' } });
    const next = cp.addGoal(plan, { title: 'x', kind: 'skill', horizon: 'short' });
    expectTypeOf(next).toEqualTypeOf(plan);
    expectTypeOf(cp.undo(next)).toEqualTypeOf(plan);
    expectTypeOf(cp.planAt(next, 0)).toEqualTypeOf(plan);
    expectTypeOf(cp.planAt(next, cp.revisions(next)[0]!)).toEqualTypeOf(plan);
    // @ts-expect-error a Date is not a point of the history: give an ISO-8601 instant
    cp.planAt(next, new Date());
    expectTypeOf(cp.transition(next, 'match')).toEqualTypeOf(plan);
  });

  it('custom stage ids are inferred as literals and stage data is typed by its schema', () => {
    const networking = cp.defineStage({
      id: 'networking',
      title: 'Networking',
      description: '',
      data: z.object({ contacts: z.array(z.string()) }),
    });
    expectTypeOf(networking.id).toEqualTypeOf<'networking'>();
    const process = cp.deriveProcess(cp.careerProcess, {
      id: 'career-networking',
      version: 1,
      insert: [{ after: 'exploration', stage: networking }],
    });
    const plan = cp.createPlan({ owner: { id: 'alex' }, process });
    expectTypeOf(plan.stage).toEqualTypeOf<cp.CareerStageId | 'networking'>();
    cp.transition(plan, 'networking');
    // @ts-expect-error: 'netwroking' is not a stage of this process
    cp.transition(plan, 'netwroking');
    expectTypeOf(plan.stageData.networking).toEqualTypeOf<{ contacts: string[] } | undefined>();
    cp.setStageData(plan, 'networking', { contacts: ['Sam'] });
    // @ts-expect-error: the data does not match the stage's schema
    cp.setStageData(plan, 'networking', { contacts: 'Sam' });
    // @ts-expect-error: the match stage keeps no data
    cp.setStageData(plan, 'match', {});
  });

  it('defineProcess infers the union of its stage ids', () => {
    const process = cp.defineProcess({
      id: 'casve',
      version: 1,
      stages: [
        cp.defineStage({ id: 'communication', title: 'C', description: '' }),
        cp.defineStage({ id: 'analysis', title: 'A', description: '', data: z.object({ gaps: z.number() }) }),
      ],
    });
    const plan = cp.createPlan({ owner: { id: 'a' }, process });
    expectTypeOf(plan.stage).toEqualTypeOf<'communication' | 'analysis'>();
    expectTypeOf(plan.stageData.analysis).toEqualTypeOf<{ gaps: number } | undefined>();
    const removed = cp.deriveProcess(process, { id: 'c', version: 1, remove: ['analysis'] });
    expectTypeOf(cp.createPlan({ owner: { id: 'a' }, process: removed }).stage).toEqualTypeOf<'communication'>();
  });

  it('inferred entity types are readonly', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' } });
    // @ts-expect-error: plans are readonly
    plan.title = 'x';
    // @ts-expect-error: lists are readonly
    plan.goals.push({} as cp.Goal);
    const goal = {} as cp.Goal;
    // @ts-expect-error: entities are readonly
    goal.title = 'x';
    // @ts-expect-error: nested lists are readonly
    goal.strategies[0] = {} as cp.Strategy;
    expectTypeOf<cp.Goal['strategies']>().toEqualTypeOf<readonly cp.Strategy[]>();
  });

  it('optional fields are absent-or-present under exactOptionalPropertyTypes', () => {
    expectTypeOf<cp.Goal['description']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error: an optional field cannot hold undefined in a stored entity
    const goal: cp.Goal = {
      id: 'g',
      title: 't',
      kind: 'skill',
      horizon: 'short',
      status: 'open',
      priority: 'low',
      strategies: [],
      description: undefined,
    };
    void goal;
    const input: cp.GoalInput = { title: 't', kind: 'skill', horizon: 'short' };
    void input;
    // an update may set an optional field to undefined, which removes it
    const changes: cp.Changes<cp.Goal> = { description: undefined };
    void changes;
  });

  it('input types make defaults and ids optional', () => {
    expectTypeOf<cp.StrategyInput>()
      .toHaveProperty('status')
      .toEqualTypeOf<'todo' | 'in-progress' | 'done' | 'skipped' | undefined>();
    expectTypeOf<{ title: string }>().toMatchTypeOf<cp.StrategyInput>();
    expectTypeOf<cp.CareerOptionInput['id']>().toEqualTypeOf<string | undefined>();
  });

  it('errors carry a code union', () => {
    expectTypeOf<cp.CareerPlanError['code']>().toEqualTypeOf<cp.CareerPlanErrorCode>();
    // @ts-expect-error: not a code
    const code: cp.CareerPlanErrorCode = 'oops';
    void code;
  });

  it('participants: a decline needs a reason; a policy sees the request', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' } });
    cp.declineSuggestion(plan, 's1', { reason: 'Not now' });
    // @ts-expect-error: declining needs a reason
    cp.declineSuggestion(plan, 's1', {});
    const policy: cp.Policy = (request) => {
      expectTypeOf(request.role).toEqualTypeOf<string>();
      expectTypeOf(request.action).toEqualTypeOf<cp.Action>();
      // @ts-expect-error: a policy's typo is a compile error
      if (request.action === 'goal.ad') return false;
      return request.role === 'owner';
    };
    expectTypeOf(cp.createPlan({ owner: { id: 'alex' }, policy })).toEqualTypeOf(plan);
    // @ts-expect-error: only content edits can be suggested, not participants' edits
    cp.suggest(plan, { edit: { kind: 'addAdvisor', input: { id: 'x', role: 'mentor' } } });
    cp.suggest(plan, { edit: { kind: 'removeGoal', id: 'g1' } });
    // @ts-expect-error: an edit's parameters are typed by its kind
    cp.suggest(plan, { edit: { kind: 'removeGoal', goalId: 'g1' } });
    expectTypeOf(cp.viewFor(plan, 'dana')).toEqualTypeOf(plan);
  });

  it('actions are typed words: a revision, a policy and a permission request use them', () => {
    expectTypeOf<cp.Revision['action']>().toEqualTypeOf<cp.Action>();
    expectTypeOf<cp.PermissionRequest['action']>().toEqualTypeOf<cp.Action>();
    const action: cp.Action = 'strategy.complete';
    expectTypeOf(action).toExtend<cp.Action>();
    // @ts-expect-error: not an action
    const typo: cp.Action = 'goal.ad';
    void typo;
  });

  it('error details are typed by their code', () => {
    const error = new cp.CareerPlanError('duplicate-id', 'x', { id: 'g1' }) as cp.CareerPlanError;
    if (error.is('transition-blocked')) {
      expectTypeOf(error.details.reasons).toEqualTypeOf<readonly cp.TransitionReason[]>();
      expectTypeOf(error.details.from).toEqualTypeOf<string>();
    }
    if (error.is('invalid-input'))
      expectTypeOf(error.details.issues).toEqualTypeOf<readonly cp.ValidationIssue[] | undefined>();
    if (error.is('forbidden')) expectTypeOf(error.details.action).toEqualTypeOf<cp.Action | undefined>();
    expectTypeOf<cp.CareerPlanError<'transition-blocked'>['details']['reasons']>().toEqualTypeOf<
      readonly cp.TransitionReason[]
    >();
    // @ts-expect-error: not a code
    error.is('not-a-code');
  });

  it('a loaded plan keeps its type: the career process by default, or the process given', () => {
    const stored = cp.serialize(cp.createPlan({ owner: { id: 'alex' } }));
    const plan = cp.deserialize(stored);
    expectTypeOf(plan).toEqualTypeOf<cp.PlanOf<typeof cp.careerProcess>>();
    expectTypeOf(plan).toEqualTypeOf(cp.createPlan({ owner: { id: 'alex' } }));
    // @ts-expect-error: a misspelled stage of a loaded plan does not compile
    cp.transition(cp.deserialize(stored), 'exploraton');
    const networking = cp.defineStage({
      id: 'networking',
      title: 'Networking',
      description: '',
      data: z.object({ contacts: z.array(z.string()) }),
    });
    const process = cp.deriveProcess(cp.careerProcess, {
      id: 'career-networking',
      version: 1,
      insert: [{ after: 'exploration', stage: networking }],
    });
    const custom = cp.deserialize(stored, { process });
    expectTypeOf(custom).toEqualTypeOf<cp.PlanOf<typeof process>>();
    expectTypeOf(custom).toEqualTypeOf(cp.createPlan({ owner: { id: 'alex' }, process }));
    expectTypeOf(custom.stageData.networking).toEqualTypeOf<{ contacts: string[] } | undefined>();
    cp.transition(custom, 'networking');
    // @ts-expect-error: not a stage of this process
    cp.transition(custom, 'netwroking');
    const result = cp.safeDeserialize(stored, { process });
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<cp.PlanOf<typeof process>>();
    expectTypeOf(cp.deserialize(stored, { processes: [process] })).toEqualTypeOf<cp.Plan>();
  });

  it('edits as data: the Edit union is typed by its kind', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' } });
    expectTypeOf(cp.applyEdit(plan, { kind: 'updateGoal', id: 'g1', changes: { priority: 'high' } })).toEqualTypeOf(
      plan,
    );
    // @ts-expect-error: an unknown edit
    cp.applyEdit(plan, { kind: 'renameGoal', id: 'g1' });
    // @ts-expect-error: a wrong value for a field of the goal
    cp.applyEdit(plan, { kind: 'updateGoal', id: 'g1', changes: { priority: 'urgent' } });
    expectTypeOf<cp.EditOf<'moveGoal'>>().toEqualTypeOf<{ kind: 'moveGoal'; id: string; toIndex: number }>();
    expectTypeOf<cp.Revision['edit']>().not.toBeAny();
  });

  it('the match step: results, next actions and the new edits are typed', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' } });
    const result = cp.matchOptions(plan, { method: 'c-index', statuses: ['shortlisted'] });
    expectTypeOf(result.ranked[0]!.shared).toEqualTypeOf<readonly cp.RiasecArea[]>();
    expectTypeOf(result.method).toEqualTypeOf<cp.MatchMethod>();
    // @ts-expect-error: not a method
    cp.matchOptions(plan, { method: 'm-index' });
    // @ts-expect-error: not a status
    cp.matchOptions(plan, { statuses: ['maybe'] });
    for (const action of cp.nextActions(plan, { today: '2026-11-28' })) {
      if (action.kind === 'review') expectTypeOf(action).toEqualTypeOf<cp.ReviewAction>();
      else expectTypeOf(action.strategyId).toEqualTypeOf<string>();
    }
    expectTypeOf(cp.scoreInterestProfiler('3'.repeat(60)).scores).toEqualTypeOf<cp.RiasecScores>();
    expectTypeOf(cp.rateSkill(plan, 'k1', { rating: 3 })).toEqualTypeOf(plan);
    // @ts-expect-error: a rating is required
    cp.rateSkill(plan, 'k1', { note: 'Good' });
    // @ts-expect-error: a signature names its revision by id
    cp.signPlan(plan, { revision: { seq: 1, id: 'r1' } });
    expectTypeOf<cp.EditOf<'signPlan'>['input']['revisionId']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<cp.Skill['ratings'][number]['by']>().toEqualTypeOf<cp.ActorRef>();
    expectTypeOf<cp.Review['participants']>().toEqualTypeOf<readonly string[]>();
    // @ts-expect-error: evidence is about a goal, strategy or milestone
    cp.addEvidence(plan, { kind: 'note', title: 'Log', date: '2026-05-01', about: { kind: 'barrier', id: 'b1' } });
    expectTypeOf(cp.updatePlan(plan, { reviewCadence: { everyMonths: 12 } })).toEqualTypeOf(plan);
    // @ts-expect-error: a cadence is months or dates
    cp.updatePlan(plan, { reviewCadence: { everyWeeks: 2 } });
  });

  it('catalogs: a missing, misspelled or wrongly typed message is a compile error, and they cover every code', () => {
    const ours: cp.Catalog = cp.defineCatalog({
      locale: 'en-GB',
      messages: { ...cp.en.messages, reviewThePlan: 'Review' },
    });
    expectTypeOf(ours.messages.markdown.journey).toEqualTypeOf<string>();
    // @ts-expect-error: a message is missing
    cp.defineCatalog({ locale: 'xx', messages: { area: cp.en.messages.area } });
    // @ts-expect-error: a misspelled message id
    cp.defineCatalog({ locale: 'xx', messages: { ...cp.en.messages, reviewThePlann: 'Review' } });
    // @ts-expect-error: a message takes its parameters, not others
    const wrong: cp.Messages['sameStage'] = ({ stages }: { stages: string }) => stages;
    void wrong;
    // @ts-expect-error: a parameter the message does not have
    cp.en.messages.matchSharesNone({ code: 'IRC', areas: [] });
    // Every error code has a sentence, and nothing else does.
    expectTypeOf<keyof cp.ErrorWords>().toEqualTypeOf<cp.CareerPlanErrorCode>();
    // Every action is a verb on a thing, or one of the changes with words of their own (describeRevision says
    // comment.add and review.add in words of their own too).
    type Special = Exclude<cp.Action, `${cp.Noun}.${cp.Verb}`>;
    expectTypeOf<Special>().toEqualTypeOf<
      | 'decision.set'
      | 'decision.clear'
      | 'plan.update'
      | 'stage.transition'
      | 'stageData.set'
      | 'suggestion.add'
      | 'suggestion.accept'
      | 'suggestion.decline'
      | 'suggestion.withdraw'
      | 'privateNote.add'
      | 'privateNote.remove'
      | 'skill.rate'
      | 'signature.add'
      | 'undo'
      | 'redo'
    >();
    expectTypeOf(cp.inputErrors()).toEqualTypeOf<z.core.$ZodErrorMap>();
    expectTypeOf(cp.describeError).parameter(1).toEqualTypeOf<cp.DescribeErrorOptions | undefined>();
    expectTypeOf(cp.describeRevision).parameter(1).toEqualTypeOf<cp.DescribeOptions | undefined>();
  });
});
