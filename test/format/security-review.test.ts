import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { copyJsonValue, jsonEqual } from '../../src/model/json.js';
import { parseOrThrow } from '../../src/model/validate.js';
import { planSchema } from '../../src/model/plan.js';
import { codeOf, realisticPlan, wholeDocument } from '../helpers.js';

// Every finding of the security review of 0.1 (issue "hostile histories"), one test each, named
// after what it proves. The costs of hostile shapes are in hostile-cost.test.ts and the bench.

type Json = Record<string, any>;
type Doc = { plan: Json; revisions: Json[]; formerAuthors?: string[] };

const o = { env: cp.fixedEnv({ start: '2026-03-01T09:00:00.000Z', idPrefix: 'sr-' }) };
const dana = { by: 'dana' } as const;

/** The plan of the tests: Alex's plan with a second advisor, Lee, and a few more changes. */
function reviewed(): cp.Plan {
  let plan: cp.Plan = cp.addAdvisor(realisticPlan(), { id: 'lee', name: 'Lee (mentor)', role: 'mentor' }, o);
  plan = cp.addComment(plan, { id: 'c-alex', text: 'My own thoughts', about: { kind: 'plan' } }, o);
  plan = cp.addComment(plan, { id: 'c-lee', text: 'From Lee', about: { kind: 'plan' } }, { ...o, by: 'lee' });
  plan = cp.addSuggestion(
    plan,
    { id: 's-lee', edit: { kind: 'addGoal', input: { title: 'Join a user group', kind: 'skill', horizon: 'short' } } },
    { ...o, by: 'lee' },
  );
  plan = cp.addResource(plan, { id: 'r-alex', name: 'CompTIA practice tests', kind: 'website' }, o);
  return cp.addPrivateNote(plan, { id: 'secret', text: 'Worried about money' }, o);
}

/** The code loading a forged copy of `plan`'s document fails with (`undefined`: it loaded). */
function forged(plan: cp.Plan, change: (doc: Doc) => void): { code: string | undefined; message: string } {
  const doc = JSON.parse(wholeDocument(plan)) as Doc;
  change(doc);
  const result = cp.safeDeserialize(doc);
  return result.success ? { code: undefined, message: '' } : { code: result.error.code, message: result.error.message };
}

const byAction = (doc: Doc, action: string): Json => doc.revisions.find((r) => r.action === action) as Json;

/** Drops revisions and numbers the rest again. */
function drop(doc: Doc, keep: (revision: Json) => boolean): void {
  doc.revisions = doc.revisions.filter(keep);
  doc.revisions.forEach((revision, i) => (revision.seq = i + 1));
}

/** Replaces every string equal to `from` in a value, in place. */
function replaceStrings(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value === from ? to : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = replaceStrings(value[i], from, to);
    return value;
  }
  if (typeof value === 'object' && value !== null)
    for (const key of Object.keys(value)) (value as Json)[key] = replaceStrings((value as Json)[key], from, to);
  return value;
}

describe('advisors may not undo what they may not do directly', () => {
  const plan = reviewed();

  it("an advisor's undo leaves the owner's comment, resource and private note, and other advisors' work", () => {
    // Dana's own latest change is her note on the goal: that is what her undo takes back, nothing else.
    const undone = cp.undo(plan, dana);
    expect(undone.notes.map((n) => n.id)).not.toContain('n1');
    expect(undone.comments.map((c) => c.id)).toEqual(['c-alex', 'c-lee']);
    expect(undone.resources.map((r) => r.id)).toContain('r-alex');
    expect(undone.suggestions.map((s) => s.id)).toEqual(['s-lee']);
    expect(undone.privateNotes).toEqual(plan.privateNotes);
    // and with nothing of hers left, another undo changes nothing
    const twice = cp.undo(cp.undo(undone, dana), dana);
    expect(twice.comments).toEqual(undone.comments);
  });

  it("an advisor's undo does not put back another advisor's withdrawn suggestion", () => {
    const withdrawn = cp.withdrawSuggestion(plan, 's-lee', { ...o, by: 'lee' });
    const undone = cp.undo(cp.undo(withdrawn, dana), dana);
    expect(undone.suggestions.find((s) => s.id === 's-lee')?.status).toBe('withdrawn');
  });

  it("an advisor's undo does not restore a comment of theirs that the owner removed", () => {
    let mine = cp.addComment(plan, { id: 'c-dana', text: 'From Dana', about: { kind: 'plan' } }, { ...o, ...dana });
    mine = cp.removeComment(mine, 'c-dana', o);
    // her latest change, the comment, is gone: undoing it cannot be done, and nothing comes back
    expect(codeOf(() => cp.undo(mine, dana))).toBe('conflict');
    expect(cp.canRedo(mine, dana)).toBe(false);
  });

  it("an advisor's redo does not re-add a resource the owner undid", () => {
    const undone = cp.undo(cp.undo(plan)); // the private note, then the resource
    expect(undone.resources.map((r) => r.id)).not.toContain('r-alex');
    expect(cp.redo(undone, dana)).toBe(undone);
  });

  it('an advisor may undo their own change only while the policy lets them make it', () => {
    let open = true;
    const policy: cp.Policy = (request) => request.role === 'owner' || (open && request.action === 'note.add');
    let plan: cp.Plan = cp.createPlan({ owner: { id: 'alex' }, policy }, o);
    plan = cp.addAdvisor(plan, { id: 'dana', role: 'counselor' }, o);
    plan = cp.addNote(plan, { text: 'Try the library workshops' }, { ...o, ...dana });
    open = false;
    expect(codeOf(() => cp.undo(plan, dana))).toBe('forbidden');
    open = true;
    expect(cp.undo(plan, dana).notes).toEqual([]);
  });

  it('a history is replayed under the policy given to deserialize, not a more generous one', () => {
    const text = cp.serialize(plan);
    const noNotes: cp.Policy = (request) => cp.defaultPolicy(request) && request.action !== 'note.add';
    expect(codeOf(() => cp.deserialize(text, { policy: noNotes }))).toBe('corrupt-history');
    // and the policy sees the plan as it stood, read-only
    const seen: string[] = [];
    const watching: cp.Policy = (request) => {
      seen.push(`${request.action}:${request.plan.notes.length}`);
      expect(() => ((request.plan as { title: string }).title = 'x')).toThrow(TypeError);
      return cp.defaultPolicy(request);
    };
    expect(cp.deserialize(text, { policy: watching }).title).toBe(plan.title);
    expect(seen).toContain('note.add:0');
  });
});

describe('forged histories do not load', () => {
  const plan = reviewed();

  it('a document whose owner was replaced (the revisions still name the real owner)', () => {
    const result = forged(plan, (doc) => (doc.plan.owner = { id: 'mallory', name: 'Mallory' }));
    expect(result.code).toBe('corrupt-history');
    expect(result.message).toMatch(/"alex", who was not a participant/);
  });

  it('a document whose advisor.add was dropped and the advisor made owner', () => {
    const result = forged(plan, (doc) => {
      drop(doc, (r) => !(r.action === 'advisor.add' && r.subject?.id === 'dana'));
      doc.plan.owner = { id: 'dana', name: 'Dana (counselor)' };
      doc.plan.advisors = doc.plan.advisors.filter((a: Json) => a.id !== 'dana');
    });
    expect(result.code).toBe('corrupt-history');
  });

  it('owner-only actions attributed to an advisor', () => {
    for (const action of ['goal.add', 'privateNote.add', 'advisor.add', 'stage.transition']) {
      const result = forged(plan, (doc) => (byAction(doc, action).by = { id: 'dana', name: 'Dana (counselor)' }));
      expect(result.code, action).toBe('corrupt-history');
    }
  });

  it('a revision by someone who is not a participant', () => {
    const result = forged(plan, (doc) => (byAction(doc, 'goal.update').by = { id: 'mallory' }));
    expect(result.code).toBe('corrupt-history');
    expect(result.message).toMatch(/not a participant/);
  });

  it("an advisor's removal of another person's comment", () => {
    const removed = cp.removeComment(plan, 'c-lee', o);
    const result = forged(
      removed,
      (doc) => (byAction(doc, 'comment.remove').by = { id: 'dana', name: 'Dana (counselor)' }),
    );
    expect(result.code).toBe('corrupt-history');
  });

  it('a forged credit that names no suggestion', () => {
    const result = forged(plan, (doc) => {
      const revision = byAction(doc, 'goal.add');
      revision.credit = { id: 'lee', name: 'Lee (mentor)' };
      revision.suggestion = 'nothing';
    });
    expect(result.code).toBe('corrupt-history');
  });

  it("a revision dated before the plan's creation", () => {
    const result = forged(plan, (doc) => (byAction(doc, 'goal.update').at = '2020-01-01T00:00:00.000Z'));
    expect(result.code).toBe('corrupt-history');
  });

  it('an action relabelled from goal.add to comment.add', () => {
    const result = forged(plan, (doc) => (byAction(doc, 'goal.add').action = 'comment.add'));
    expect(result.code).toBe('corrupt-history');
  });

  it('the same forgeries come no further as a tail appended to a copy', () => {
    const copy = cp.deserialize(cp.serialize(plan));
    const next = cp.updateGoal(plan, 'g1', { priority: 'low' }, o);
    const tail = JSON.parse(JSON.stringify(cp.revisionsSince(next, cp.revisionCount(plan)))) as Json;
    tail.revisions[0].by = { id: 'dana', name: 'Dana (counselor)' };
    expect(codeOf(() => cp.appendRevisions(copy, tail))).toBe('corrupt-history');
    tail.revisions[0].by = { id: 'mallory' };
    expect(codeOf(() => cp.appendRevisions(copy, tail))).toBe('corrupt-history');
  });

  it('version-1 documents, written before participants, still load with their other authors', () => {
    const v1 = JSON.parse(readFixture('document-v1.json')) as Doc;
    const loaded = cp.deserialize(v1);
    expect(cp.revisions(loaded).some((r) => r.by.id === 'dana')).toBe(true);
    const again = JSON.parse(cp.serialize(loaded)) as Doc;
    expect(again.formerAuthors).toEqual(['dana']);
    expect(cp.deserialize(again).goals).toEqual(loaded.goals);
    // a former author is not a participant: they see nothing and may change nothing
    expect(codeOf(() => cp.viewFor(loaded, 'dana'))).toBe('forbidden');
    expect(codeOf(() => cp.addComment(loaded, { text: 'x', about: { kind: 'plan' } }, dana))).toBe('forbidden');
    // and the list does not let anyone in for what participants brought (comments, private notes)
    const forgedDoc = forged(plan, (doc) => {
      doc.formerAuthors = ['mallory'];
      byAction(doc, 'comment.add').by = { id: 'mallory' };
    });
    expect(forgedDoc.code).toBe('corrupt-history');
  });
});

describe('undo and redo revisions that are not the inverse or repeat of their target do not load', () => {
  const plan = cp.undo(cp.updateGoal(reviewed(), 'g1', { priority: 'low' }, o), o);

  it('an undo whose steps differ from the inverse of its target (a later undo would have crashed)', () => {
    const result = forged(plan, (doc) => {
      const undo = byAction(doc, 'undo');
      undo.ops[0].set.priority = 'medium';
      doc.plan.goals[0].priority = 'medium';
    });
    expect(result.code).toBe('corrupt-history');
  });

  it('an empty undo, which a redo would then have repeated as a duplicate', () => {
    const result = forged(plan, (doc) => {
      byAction(doc, 'undo').ops = [];
      doc.plan.goals[0].priority = 'low';
    });
    expect(result.code).toBe('corrupt-history');
  });

  it('an undo that names its target with another action', () => {
    const result = forged(plan, (doc) => (byAction(doc, 'undo').target.action = 'comment.add'));
    expect(result.code).toBe('corrupt-history');
    expect(result.message).toMatch(/names the action/);
  });
});

describe('every past state meets the plan rules, not only the schema', () => {
  const base = reviewed();

  it('a history passing through a state with a dangling reference', () => {
    let plan = cp.addGoal(base, { id: 'tmp', title: 'Temporary', kind: 'skill', horizon: 'short' }, o);
    plan = cp.addMilestone(plan, { id: 'm9', title: 'Temporary done', date: '2026-10-01', goalIds: ['tmp'] }, o);
    plan = cp.removeMilestone(plan, 'm9', o);
    plan = cp.removeGoal(plan, 'tmp', o);
    expect(cp.deserialize(cp.serialize(plan)).goals).toHaveLength(2);
    // without the goal's addition and removal, the milestone named a goal the plan never had
    const result = forged(plan, (doc) => drop(doc, (r) => r.subject?.id !== 'tmp'));
    expect(result.code).toBe('corrupt-history');
    expect(result.message).toMatch(/would name the goal "tmp", which it did not have/);
  });

  it('a history passing through a state with an id used twice', () => {
    const plan = cp.removeGoal(
      cp.addGoal(base, { id: 'tmp', title: 'Temporary', kind: 'skill', horizon: 'short' }, o),
      'tmp',
      o,
    );
    const result = forged(plan, (doc) => {
      for (const revision of doc.revisions.slice(-2)) replaceStrings(revision, 'tmp', 'r1');
    });
    expect(result.code).toBe('corrupt-history');
    expect(result.message).toMatch(/would use the id "r1" twice/);
  });

  it('a history passing through a stage the process does not have', () => {
    // A move that was undone leaves no visit in the journey: only the states on the way show it.
    const match = cp.careerProcess.stages.find((stage) => stage.id === 'match')?.title as string;
    const plan = cp.undo(cp.transition(base, 'match', o), o);
    expect(cp.deserialize(cp.serialize(plan)).stage).toBe('action-plan');
    const result = forged(plan, (doc) => {
      for (const revision of doc.revisions.slice(-2)) {
        replaceStrings(revision, 'match', 'nowhere');
        replaceStrings(revision, match, 'nowhere');
      }
    });
    expect(result.code).toBe('corrupt-history');
    expect(result.message).toMatch(/would be in the stage "nowhere", which its process does not have/);
  });

  it("a step that changes an entity's id", () => {
    const plan = cp.updateGoal(base, 'g2', { title: 'Renamed' }, o);
    const result = forged(plan, (doc) => {
      const step = (doc.revisions.at(-1) as Json).ops[0];
      step.set.id = 'r1';
      step.old.id = 'g2';
    });
    expect(result.code).toBe('corrupt-history');
    expect(result.message).toMatch(/id never changes/);
  });

  it('planAt on a loaded plan returns only states that met the rules', () => {
    const plan = cp.deserialize(cp.serialize(cp.removeGoal(base, 'g2', o)));
    for (let seq = 0; seq <= cp.revisionCount(plan); seq++) {
      const past = cp.planAt(plan, seq);
      const ids = [...past.goals.map((g) => g.id), ...past.resources.map((r) => r.id)];
      expect(new Set(ids).size).toBe(ids.length);
      for (const goal of past.goals)
        for (const id of goal.supports ?? []) expect(past.goals.map((g) => g.id)).toContain(id);
    }
  });
});

describe('advisors learn nothing of private notes', () => {
  const plan = reviewed();

  it('an advisor may use an id that a private note uses: no duplicate-id gives it away', () => {
    const commented = cp.addComment(plan, { id: 'secret', text: 'Hello', about: { kind: 'plan' } }, { ...o, ...dana });
    expect(commented.comments.at(-1)?.id).toBe('secret');
    expect(cp.deserialize(cp.serialize(commented)).privateNotes).toHaveLength(1);
  });

  it("an advisor's undo and redo never reach, nor name, the owner's private note", () => {
    const errors: string[] = [];
    let at: cp.Plan = plan;
    for (let i = 0; i < 4; i++) {
      for (const step of [cp.undo, cp.redo]) {
        const result = cp.safeDeserialize(cp.serialize(at));
        expect(result.success).toBe(true);
        try {
          at = step(at, dana);
        } catch (error) {
          errors.push(`${(error as Error).message} ${JSON.stringify((error as cp.CareerPlanError).details)}`);
        }
      }
    }
    expect(at.privateNotes).toEqual(plan.privateNotes);
    for (const error of errors) expect(error).not.toMatch(/privateNote|secret/);
  });
});

describe('strangers are always refused', () => {
  it('undo and redo by a non-participant, even with nothing to undo or redo', () => {
    const plan = cp.createPlan({ owner: { id: 'alex' } });
    expect(codeOf(() => cp.undo(plan, { by: 'mallory' }))).toBe('forbidden');
    expect(codeOf(() => cp.redo(plan, { by: 'mallory' }))).toBe('forbidden');
    expect(codeOf(() => cp.undo(reviewed(), { by: 'mallory' }))).toBe('forbidden');
  });
});

describe('no TypeErrors and no silent bad plans', () => {
  const goal = reviewed().goals[0] as cp.Goal;

  it('checkGoal with rules that are not rules', () => {
    expect(codeOf(() => cp.checkGoal(goal, { today: '2026-01-01', rules: 5 as never }))).toBe('invalid-input');
    expect(codeOf(() => cp.checkGoal(goal, { today: '2026-01-01', rules: [null] as never }))).toBe('invalid-input');
  });

  it('createPlan with stages that are not stages, or empty ones', () => {
    for (const stages of [[null], [{}]]) {
      const process = { ...cp.careerProcess, stages } as never;
      expect(codeOf(() => cp.createPlan({ owner: { id: 'a' }, process }))).toBe('invalid-input');
    }
  });

  it('parsing null against a schema', () => {
    expect(codeOf(() => parseOrThrow(planSchema, null, 'plan'))).toBe('invalid-input');
  });

  it('comparing and copying cyclic or very deep values', () => {
    const cyclic: Json = { a: 1 };
    cyclic.self = cyclic;
    expect(jsonEqual(cyclic, cyclic)).toBe(true);
    expect(jsonEqual(cyclic, { a: 1, self: { a: 1 } })).toBe(false);
    let deep: Json = {};
    for (let i = 0; i < 100_000; i++) deep = { d: deep };
    expect(() => jsonEqual(deep, deep)).not.toThrow();
    expect(codeOf(() => copyJsonValue(deep, 'value'))).toBe('invalid-input');
    expect(codeOf(() => copyJsonValue(cyclic, 'value'))).toBe('invalid-input');
  });

  it("an env whose clock says 'yesterday'", () => {
    const env = { now: () => 'yesterday', newId: () => 'n1' } as unknown as cp.Env;
    expect(codeOf(() => cp.createPlan({ owner: { id: 'a' } }, { env }))).toBe('invalid-input');
    expect(codeOf(() => cp.addNote(reviewed(), { text: 'x' }, { env }))).toBe('invalid-input');
  });

  it('an env whose newId repeats an id, for entities and for revisions', () => {
    const env = { now: () => '2026-03-02T00:00:00.000Z', newId: () => 'same' };
    const once = cp.addNote(reviewed(), { text: 'x' }, { env });
    expect(codeOf(() => cp.addNote(once, { text: 'y' }, { env }))).toBe('duplicate-id');
    // an edit that makes no entity still makes a revision, whose id must be new
    expect(codeOf(() => cp.updateGoal(once, 'g1', { priority: 'low' }, { env }))).toBe('invalid-input');
    expect(cp.deserialize(cp.serialize(once)).notes.at(-1)?.text).toBe('x');
    // a plan edited again from an older point still checks against its own history
    const later = cp.updateGoal(once, 'g1', { priority: 'low' }, o);
    expect(codeOf(() => cp.updateGoal(once, 'g1', { priority: 'medium' }, { env }))).toBe('invalid-input');
    expect(codeOf(() => cp.updateGoal(later, 'g1', { priority: 'medium' }, { env }))).toBe('invalid-input');
  });
});

function readFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}
