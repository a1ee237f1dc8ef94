import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { runMigrations } from '../../src/format/migrations.js';
import { apply, commandArb, content, isDeepFrozen, realisticPlan, wholeDocument } from '../helpers.js';

const fixture = readFileSync(new URL('../fixtures/document-v1.json', import.meta.url), 'utf8');
const fixtureV2 = readFileSync(new URL('../fixtures/document-v2.json', import.meta.url), 'utf8');
const fixtureV3 = readFileSync(new URL('../fixtures/document-v3.json', import.meta.url), 'utf8');
const fixtureV4 = readFileSync(new URL('../fixtures/document-v4.json', import.meta.url), 'utf8');
const tailV3 = readFileSync(new URL('../fixtures/tail-v3.json', import.meta.url), 'utf8');
const snapshotV3 = readFileSync(new URL('../fixtures/snapshot-v3.json', import.meta.url), 'utf8');

describe('serialize and deserialize', () => {
  it('write a versioned document with the plan, its process and its whole history', () => {
    const plan = realisticPlan();
    const doc = cp.toDocument(plan);
    expect(doc.format).toBe('career-plan');
    expect(doc.version).toBe(cp.FORMAT_VERSION);
    expect(doc.process).toEqual({ id: 'career', version: 1 });
    expect(doc.plan).toEqual(plan);
    expect(doc.created).toEqual(cp.planAt(plan, 0));
    expect(doc.revisions).toHaveLength(cp.revisionCount(plan));
    expect(doc.revisions.map((revision) => revision.id)).toEqual(cp.revisions(plan).map((revision) => revision.id));
    expect(JSON.parse(cp.serialize(plan))).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(cp.serialize(plan, { space: 2 })).toContain('\n  "format": "career-plan"');
    expect(cp.documentSchema.safeParse(JSON.parse(cp.serialize(plan))).success).toBe(true);
  });

  it('read back a plan on which every history function works as on the original', () => {
    const plan = cp.undo(realisticPlan());
    const loaded = cp.deserialize(cp.serialize(plan));
    expect(loaded).toEqual(plan);
    expect(isDeepFrozen(loaded)).toBe(true);
    expect(isDeepFrozen(cp.revisions(loaded))).toBe(true);
    expect(cp.revisions(loaded)).toEqual(cp.revisions(plan));
    expect(cp.canRedo(loaded)).toBe(true);
    expect(content(cp.redo(loaded))).toEqual(content(cp.redo(plan)));
    expect(content(cp.undo(loaded))).toEqual(content(cp.undo(plan)));
    for (let k = 0; k <= cp.revisionCount(plan); k++)
      expect(content(cp.planAt(loaded, k))).toEqual(content(cp.planAt(plan, k)));
    expect(cp.canTransition(loaded, 'match')).toEqual({ ok: true });
    const edited = cp.addGoal(loaded, { title: 'After loading', kind: 'skill', horizon: 'short' });
    expect(cp.revisions(edited)).toHaveLength(cp.revisionCount(plan) + 1);
  });

  it('read an already parsed value without changing or freezing it', () => {
    const value = JSON.parse(cp.serialize(realisticPlan()));
    const snapshot = structuredClone(value);
    const loaded = cp.deserialize(value);
    expect(value).toEqual(snapshot);
    expect(Object.isFrozen(value.plan)).toBe(false);
    expect(Object.isFrozen(value.revisions[0].ops[0].value)).toBe(false);
    expect(loaded.id).toBe('plan-alex');
  });

  it('round trip: deserialize(serialize(p)) answers like p, for random edit sequences', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 30 }), fc.nat({ max: 5 }), (commands, extraUndos) => {
        const env = cp.fixedEnv({ tick: 1000 });
        let plan = cp.createPlan({ owner: { id: 'alex' } }, { env });
        for (const command of commands) plan = apply(plan, command, { env });
        for (let i = 0; i < extraUndos; i++) plan = cp.undo(plan, { env });
        const loaded = cp.deserialize(cp.serialize(plan));
        expect(content(loaded)).toEqual(content(plan));
        expect(cp.revisions(loaded)).toEqual(cp.revisions(plan));
        expect(cp.canUndo(loaded)).toBe(cp.canUndo(plan));
        expect(cp.canRedo(loaded)).toBe(cp.canRedo(plan));
        const envA = cp.fixedEnv({ start: '2030-01-01T00:00:00.000Z', idPrefix: 'x' });
        const envB = cp.fixedEnv({ start: '2030-01-01T00:00:00.000Z', idPrefix: 'x' });
        expect(content(cp.undo(loaded, { env: envA }))).toEqual(content(cp.undo(plan, { env: envB })));
        expect(content(cp.redo(loaded, { env: envA }))).toEqual(content(cp.redo(plan, { env: envB })));
        for (let k = 0; k <= cp.revisionCount(plan); k++)
          expect(content(cp.planAt(loaded, k))).toEqual(content(cp.planAt(plan, k)));
      }),
      { numRuns: 60 },
    );
  });

  it('a custom process with stage data round-trips when the process is supplied', () => {
    const process = cp.deriveProcess(cp.careerProcess, {
      id: 'career-networking',
      version: 2,
      insert: [
        {
          after: 'exploration',
          stage: cp.defineStage({
            id: 'networking',
            title: 'Networking',
            description: '',
            data: z.object({ contacts: z.array(z.string()) }),
          }),
        },
      ],
    });
    let plan = cp.createPlan({ owner: { id: 'alex' }, process });
    plan = cp.setStageData(plan, 'networking', { contacts: ['Sam'] });
    const text = cp.serialize(plan);
    expect(() => cp.deserialize(text)).toThrow(expect.objectContaining({ code: 'unknown-process' }));
    const other = cp.deriveProcess(process, { id: 'career-networking', version: 3 });
    expect(() => cp.deserialize(text, { processes: [other] })).toThrow(
      expect.objectContaining({ code: 'unknown-process' }),
    );
    const loaded = cp.deserialize(text, { processes: [process] });
    expect(loaded.stageData).toEqual({ networking: { contacts: ['Sam'] } });
    expect(cp.processOf(loaded)).toBe(process);
    const bad = JSON.parse(text);
    bad.plan.stageData.networking = { contacts: 'Sam' };
    expect(() => cp.deserialize(bad, { processes: [process] })).toThrow(
      expect.objectContaining({ code: 'invalid-document' }),
    );
  });

  it('safeDeserialize returns a result instead of throwing', () => {
    const ok = cp.safeDeserialize(cp.serialize(realisticPlan()));
    expect(ok.success).toBe(true);
    const bad = cp.safeDeserialize('{');
    expect(bad).toMatchObject({ success: false, error: { code: 'invalid-json' } });
  });
});

describe('versions and migrations', () => {
  it('the version-1 fixture loads through the migrations to the current version (it must keep loading)', () => {
    expect(JSON.parse(fixture).version).toBe(1);
    const plan = cp.deserialize(fixture);
    expect(plan.advisors).toEqual([]);
    expect(plan.privateNotes).toEqual([]);
    expect(JSON.parse(cp.serialize(plan)).version).toBe(cp.FORMAT_VERSION);
    expect(cp.revisions(cp.deserialize(cp.serialize(plan)))).toEqual(cp.revisions(plan));
    expect(plan.id).toBe('plan-alex');
    expect(plan.stage).toBe('action-plan');
    expect(cp.revisions(plan)).toHaveLength(27);
    expect(plan.barriers).toHaveLength(1);
    expect(cp.planAt(plan, 0).goals).toEqual([]);
    expect(cp.describeRevision(cp.revisions(plan).at(-1)!)).toBe(
      "Alex Rivera undid a change (removed the barrier 'Caring for my son in the evenings')",
    );
  });

  it('the version-2 fixture loads (it must keep loading in every later release)', () => {
    expect(JSON.parse(fixtureV2).version).toBe(2);
    const plan = cp.deserialize(fixtureV2);
    expect(plan.advisors.map((a) => a.id)).toEqual(['dana']);
    expect(plan.suggestions.map((s) => s.status)).toEqual(['accepted', 'declined']);
    expect(plan.comments.map((c) => c.replyTo ?? null)).toEqual([null, 'c1']);
    expect(plan.privateNotes).toHaveLength(1);
    expect(cp.revisions(plan).find((r) => r.suggestion === 'sg1')?.credit).toEqual({
      id: 'dana',
      name: 'Dana (counselor)',
    });
    expect(cp.viewFor(plan, 'dana').privateNotes).toEqual([]);
  });

  it('the version-3 fixture loads (it must keep loading in every later release)', () => {
    expect(JSON.parse(fixtureV3).version).toBe(3);
    const plan = cp.deserialize(fixtureV3);
    expect(plan.goals.map((goal) => goal.id)).toEqual(['g2', 'g1']);
    expect(plan.goals[1]?.strategies.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    expect(plan.goals[1]?.realism).toBeUndefined();
    expect(plan.barriers.map((b) => b.id)).toEqual(['b1']);
    expect(plan.resources).toEqual([]);
    expect(plan.suggestions.map((s) => [s.id, s.status, s.edit.kind])).toEqual([
      ['sg1', 'accepted', 'addStrategy'],
      ['sg2', 'declined', 'removeBarrier'],
    ]);
    const all = cp.revisions(plan);
    expect(all).toHaveLength(35);
    expect(all.filter((r) => r.action !== 'undo' && r.action !== 'redo').every((r) => r.edit !== undefined)).toBe(true);
    expect(all.find((r) => r.suggestion === 'sg1')).toMatchObject({
      action: 'strategy.add',
      credit: { id: 'dana' },
      edit: { kind: 'acceptSuggestion', id: 'sg1' },
    });
    expect(cp.describeRevision(all.at(-1)!)).toBe(
      "Alex Rivera undid a change (removed the barrier 'Caring for my son in the evenings')",
    );
    expect(cp.viewFor(plan, 'dana').privateNotes).toEqual([]);
    expect(cp.planAt(plan, 0).goals).toEqual([]);
    expect(cp.redo(plan).barriers).toEqual([]);
    // Version 4 added skills, reviews, evidence and signatures: a version-3 plan has none.
    expect([plan.skills, plan.reviews, plan.evidence, plan.signatures]).toEqual([[], [], [], []]);
    expect(plan.reviewCadence).toBeUndefined();
    expect(JSON.parse(cp.serialize(plan)).version).toBe(cp.FORMAT_VERSION);
    expect(cp.addSkill(plan, { name: 'Troubleshooting' }).skills).toHaveLength(1);
  });

  it('the version-3 snapshot and tail a store kept load, migrated, into the same plan', () => {
    expect([JSON.parse(snapshotV3).version, JSON.parse(tailV3).version]).toEqual([3, 3]);
    const plan = cp.fromSnapshot(snapshotV3, tailV3);
    expect(plan.skills).toEqual([]);
    expect(cp.revisionCount(plan)).toBe(21);
    expect(content(plan)).toEqual(content(realisticPlan()));
    // the tail also appends onto the snapshot loaded alone
    expect(content(cp.appendRevisions(cp.fromSnapshot(snapshotV3), tailV3))).toEqual(content(plan));
    const old = JSON.parse(tailV3);
    expect(() => cp.appendRevisions(cp.fromSnapshot(snapshotV3), { ...old, version: 2 })).toThrow(
      expect.objectContaining({ code: 'unsupported-version' }),
    );
  });

  it('the version-4 fixture loads (it must keep loading in every later release)', () => {
    expect(JSON.parse(fixtureV4).version).toBe(4);
    const plan = cp.deserialize(fixtureV4);
    expect(plan.skills.map((skill) => [skill.id, skill.selfRating, skill.ratings.map((r) => r.by.id)])).toEqual([
      ['k1', 3, ['dana']],
      ['k2', 4, []],
    ]);
    expect(plan.goals.find((goal) => goal.id === 'g1')?.skillIds).toEqual(['k1']);
    expect(plan.reviewCadence).toEqual({ everyMonths: 12 });
    expect(plan.reviews.map((review) => [review.id, review.by.id, review.goalIds])).toEqual([['rv1', 'dana', ['g1']]]);
    expect(plan.evidence.map((item) => [item.id, item.about])).toEqual([['ev1', { kind: 'strategy', id: 's1' }]]);
    expect(plan.careerOptions[0]?.jobZone).toBe(3);
    expect(cp.signatureStatus(plan)).toMatchObject([
      {
        signatureId: 'sig1',
        role: 'counselor',
        state: 'changed',
        changes: [{ description: "Alex Rivera rated the skill 'Troubleshooting'" }],
      },
    ]);
    expect(cp.reviewStatus(plan, { today: '2027-02-01' })).toMatchObject({ state: 'due', nextDue: '2027-02-10' });
    expect(cp.revisions(cp.undo(plan, { by: 'dana' })).at(-1)?.target?.action).toBe('signature.add');
    // Written again in format 5 (smaller), it loads as the same history, to the same head hash.
    const again = cp.serialize(plan);
    expect(again.length).toBeLessThan(fixtureV4.length * 0.8);
    const reloaded = cp.deserialize(again);
    expect(cp.revisions(reloaded)).toEqual(cp.revisions(plan));
    expect(cp.headHash(reloaded)).toBe(cp.headHash(plan));
    expect(cp.serialize(reloaded)).toBe(again);
  });

  it('migrated revisions record operations by id, and their edit where the action shows it', () => {
    const plan = cp.deserialize(fixtureV2);
    const all = cp.revisions(plan);
    expect(all.every((revision) => revision.ops.length > 0)).toBe(true);
    expect(all.every((revision) => cp.operationSchema.array().safeParse(revision.ops).success)).toBe(true);
    const withEdit = all.filter((revision) => revision.edit !== undefined);
    expect(withEdit.length).toBeGreaterThan(0);
    for (const revision of withEdit) expect(cp.editSchema.safeParse(revision.edit).success).toBe(true);
    expect(all.find((revision) => revision.action === 'stage.transition')?.edit).toEqual({
      kind: 'transition',
      to: 'exploration',
    });
    // Undo, redo and time travel work on migrated history as on any other.
    expect(cp.planAt(plan, 0).goals).toEqual([]);
    const undone = cp.undo(plan);
    expect(cp.revisions(undone).at(-1)?.action).toBe('undo');
    expect(cp.deserialize(cp.serialize(undone)).stage).toBe(undone.stage);
  });

  it('a typed load: options.process is the one process the document may follow', () => {
    const networking = cp.deriveProcess(cp.careerProcess, {
      id: 'career-networking',
      version: 1,
      insert: [
        {
          after: 'exploration',
          stage: cp.defineStage({ id: 'networking', title: 'Networking', description: 'Meet people' }),
        },
      ],
    });
    const stored = cp.serialize(cp.createPlan({ owner: { id: 'alex' }, process: networking }));
    expect(cp.deserialize(stored, { process: networking }).process).toEqual({ id: 'career-networking', version: 1 });
    expect(() => cp.deserialize(stored)).toThrow(expect.objectContaining({ code: 'unknown-process' }));
    expect(() =>
      cp.deserialize(cp.serialize(cp.createPlan({ owner: { id: 'alex' } })), { process: networking }),
    ).toThrow(expect.objectContaining({ code: 'unknown-process' }));
    expect(() => cp.deserialize(stored, { process: networking, processes: [networking] } as never)).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
    expect(() => cp.deserialize(stored, { process: {} as never })).toThrow(
      expect.objectContaining({ code: 'invalid-input' }),
    );
  });

  it('a document from a newer version fails with unsupported-version, never a guess', () => {
    const doc = JSON.parse(fixture);
    expect(() => cp.deserialize({ ...doc, version: cp.FORMAT_VERSION + 1 })).toThrow(
      expect.objectContaining({ code: 'unsupported-version' }),
    );
    expect(() => cp.deserialize({ ...doc, version: 0 })).toThrow(expect.objectContaining({ code: 'invalid-document' }));
    expect(() => cp.deserialize({ ...doc, version: '1' })).toThrow(
      expect.objectContaining({ code: 'invalid-document' }),
    );
  });

  it("migrations run in order from a document's version to the target", () => {
    const seen: number[] = [];
    const registry: Record<number, cp.Migration> = {
      1: (doc) => (seen.push(1), { ...doc, version: 2, renamed: doc.old }),
      2: (doc) => (seen.push(2), { ...doc, version: 3 }),
    };
    const out = runMigrations({ format: 'career-plan', version: 1, old: 'x' }, 1, 3, registry);
    expect(out).toMatchObject({ version: 3, renamed: 'x' });
    expect(seen).toEqual([1, 2]);
    expect(() => runMigrations({ version: 1 }, 1, 3, { 1: registry[1]! })).toThrow(
      expect.objectContaining({ code: 'unsupported-version' }),
    );
    expect(() => runMigrations({ version: 1 }, 1, 2, { 1: (doc) => doc })).toThrow(
      expect.objectContaining({ code: 'invalid-document' }),
    );
    expect(Object.keys(cp.migrations)).toEqual(['1', '2', '3', '4']);
    const migrated = runMigrations(JSON.parse(fixture), 1, 5);
    expect(migrated.version).toBe(5);
    expect(cp.documentSchema.safeParse(migrated).success).toBe(true);
    expect(runMigrations({ format: 'career-plan', version: 1, plan: 'not a plan' }, 1, 2)).toEqual({
      format: 'career-plan',
      version: 2,
      plan: 'not a plan',
    });
  });
});

describe('format 5 stores what loading cannot derive, and checks what it derives', () => {
  type Json = Record<string, any>;
  const plan = (() => {
    let p: cp.Plan = cp.updateStrategy(realisticPlan(), 's1', { title: 'Book the exam' });
    p = cp.updateGoal(p, 'g1', { priority: 'low' });
    p = cp.updateGoal(p, 'g1', { targetDate: null });
    p = cp.removeGoal(p, 'g2');
    return cp.undo(p);
  })();
  const text = cp.serialize(plan);
  const doc = (): Json => JSON.parse(text);
  const codeOf = (value: unknown): string | undefined => {
    const result = cp.safeDeserialize(value);
    return result.success ? undefined : result.error.code;
  };
  const find = (d: Json, kind: string): Json => d.revisions.findLast((r: Json) => r.edit?.kind === kind);

  it('leaves out sequence numbers, derivable actions, participants’ names, undo data and update steps', () => {
    const d = doc();
    expect(d.created).toEqual(content(cp.planAt(plan, 0)));
    expect(d.revisions.some((r: Json) => 'seq' in r || r.by.name !== undefined)).toBe(false);
    const update = find(d, 'updateStrategy');
    expect(update).not.toHaveProperty('ops');
    expect(update).not.toHaveProperty('action');
    // A field removed is named, not its old value; a removal names the entity, not all of it.
    expect(find(d, 'updateGoal').ops).toEqual([{ op: 'set', kind: 'goal', id: 'g1', set: {}, unset: ['targetDate'] }]);
    expect(find(d, 'removeGoal').ops).toEqual([
      { op: 'remove', kind: 'goal', index: 1, id: 'g2' },
      { op: 'set', kind: 'goal', id: 'g1', set: { supports: [] } },
    ]);
    // An undo keeps its steps and action: no edit says them. What it adds is whole (no plan before it holds that).
    expect(d.revisions.at(-1)).toMatchObject({
      action: 'undo',
      ops: [{ op: 'set' }, { op: 'add', value: { id: 'g2' } }],
    });
    expect(text.length).toBeLessThan(wholeDocument(plan).length);
    const loaded = cp.deserialize(text);
    expect(cp.revisions(loaded)).toEqual(cp.revisions(plan));
    expect(cp.headHash(loaded)).toBe(cp.headHash(plan));
    expect(cp.serialize(loaded)).toBe(text);
    expect(cp.storedRevisionSchema.array().safeParse(d.revisions).success).toBe(true);
  });

  it('refuses a stored revision whose derived parts do not fit the plan before it', () => {
    expect(codeOf(doc())).toBeUndefined();
    const changes = doc();
    find(changes, 'updateStrategy').edit.changes.title = 'Something else';
    expect(codeOf(changes)).toBe('corrupt-history');
    const unset = doc();
    find(unset, 'updateGoal').ops[0].unset = ['description'];
    expect(codeOf(unset)).toBe('corrupt-history');
    const removal = doc();
    find(removal, 'removeGoal').ops[0].id = 'g1';
    expect(codeOf(removal)).toBe('corrupt-history');
    const missing = doc();
    find(missing, 'updateStrategy').edit.id = 'no-such-strategy';
    expect(codeOf(missing)).toBe('corrupt-history');
    const noSteps = doc();
    delete find(noSteps, 'addGoal').ops;
    expect(codeOf(noSteps)).toBe('corrupt-history');
    const seq = doc();
    seq.revisions[3].seq = 3;
    expect(codeOf(seq)).toBe('corrupt-history');
    const action = doc();
    find(action, 'updateStrategy').action = 'strategy.complete';
    expect(codeOf(action)).toBe('corrupt-history');
    const name = doc();
    find(name, 'updateStrategy').by.name = 'Mallory';
    expect(codeOf(name)).toBe('corrupt-history');
    const lists = doc();
    find(lists, 'updateGoal').ops[0].set = { strategies: [] };
    expect(codeOf(lists)).toBe('corrupt-history');
    const undo = doc();
    delete undo.revisions.at(-1).ops[1].value;
    expect(codeOf(undo)).toBe('invalid-document');
  });

  it('refuses a plan as created that is not one, or not this plan’s', () => {
    const busy = doc();
    busy.created.stage = 'match';
    busy.created.journey[0].stage = 'match';
    expect(codeOf(busy)).toBe('corrupt-history');
    const goals = doc();
    goals.created.goals = [
      { id: 'gx', title: 'X', kind: 'skill', horizon: 'short', status: 'open', priority: 'medium', strategies: [] },
    ];
    expect(codeOf(goals)).toBe('corrupt-history');
    const other = doc();
    other.created.id = 'another-plan';
    expect(codeOf(other)).toBe('corrupt-history');
    const owner = doc();
    owner.created.owner = { id: 'mallory', name: 'Mallory' };
    expect(codeOf(owner)).toBe('corrupt-history');
  });
});
