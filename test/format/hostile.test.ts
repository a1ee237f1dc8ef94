import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { realisticPlan, wholeDocument } from '../helpers.js';

const text = wholeDocument(cp.undo(realisticPlan()));
const fresh = (): Record<string, any> => JSON.parse(text);

/** The code deserialize fails with, checking that it failed with a CareerPlanError. */
function codeOf(input: unknown, options?: cp.DeserializeOptions, loads = false): string {
  const result = cp.safeDeserialize(input, options);
  if (result.success && loads) return 'ok';
  if (result.success) throw new Error('expected the document to be refused');
  expect(result.error).toBeInstanceOf(cp.CareerPlanError);
  return result.error.code;
}

describe('hostile input gets a CareerPlanError with a stable code', () => {
  it('not JSON', () => {
    for (const input of ['', '{', 'undefined', '{"a":1,}', "{'a':1}", 'NaN'])
      expect(codeOf(input)).toBe('invalid-json');
  });

  it('JSON of the wrong type', () => {
    for (const input of ['null', '1', '"career-plan"', '[]', 'true', '[{"format":"career-plan"}]'])
      expect(codeOf(input)).toBe('invalid-document');
    for (const input of [null, 1, 'x', [], undefined, () => 1, new Date()])
      expect(['invalid-document', 'invalid-json']).toContain(codeOf(input));
    expect(codeOf({ format: 'something-else', version: 1 })).toBe('invalid-document');
  });

  it('missing fields', () => {
    for (const key of ['process', 'plan', 'revisions']) {
      const doc = fresh();
      delete doc[key];
      expect(codeOf(doc)).toBe('invalid-document');
    }
    const doc = fresh();
    delete doc.plan.goals[0].title;
    expect(codeOf(doc)).toBe('invalid-document');
    for (const key of ['id', 'at', 'by']) {
      const noField = fresh();
      delete noField.revisions[2][key];
      expect(codeOf(noField)).toBe('invalid-document');
    }
    // A sequence number, an action or an author's name left out is derived (as format 5 writes them).
    const derived = fresh();
    delete derived.revisions[2].seq;
    delete derived.revisions[2].by.name;
    expect(codeOf(derived, undefined, true)).toBe('ok');
    expect(cp.revisions(cp.deserialize(derived))[2]).toEqual(cp.revisions(cp.deserialize(text))[2]);
  });

  it('unknown extra fields are rejected, never silently dropped', () => {
    const top = fresh();
    top.comment = 'hi';
    expect(codeOf(top)).toBe('invalid-document');
    const nested = fresh();
    nested.plan.goals[0].strategies[0].colour = 'red';
    expect(codeOf(nested)).toBe('invalid-document');
    const inRevision = fresh();
    inRevision.revisions[0].signature = 'x';
    expect(codeOf(inRevision)).toBe('invalid-document');
  });

  it('__proto__, constructor and prototype keys anywhere, operations included, and nothing is polluted', () => {
    const inject = (mutate: (doc: Record<string, any>) => void): string => {
      const doc = fresh();
      mutate(doc);
      return JSON.stringify(doc);
    };
    const attacks = [
      text.replace('"format":"career-plan"', '"__proto__":{"polluted":true},"format":"career-plan"'),
      inject((d) => (d.plan.goals[0].constructor = { prototype: { polluted: true } })),
      inject((d) => (d.plan.stageData = { constructor: { polluted: true } })),
      inject((d) => (d.plan.stageData = { prototype: 1 })),
      inject((d) =>
        d.revisions[0].ops.push({ op: 'set', kind: 'plan', set: { ['__proto__']: { polluted: true } }, old: {} }),
      ),
      inject((d) => d.revisions[0].ops.push({ op: 'set', kind: 'plan', set: { constructor: true }, old: {} })),
      inject((d) => d.revisions[0].ops.push({ op: 'add', kind: '__proto__', index: 0, value: { polluted: true } })),
      inject((d) => (d.revisions[0].ops[0].value = { nested: { prototype: { polluted: true } } })),
    ].map((attack) => attack.replace('"stageData":{}', '"stageData":{}'));
    const stageProto = text.replace('"stageData":{}', '"stageData":{"__proto__":{"polluted":true}}');
    expect(stageProto).not.toBe(text);
    attacks.push(stageProto);
    for (const attack of attacks) expect(['invalid-document', 'corrupt-history']).toContain(codeOf(attack));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('operations that do not fit the plan they claim to change', () => {
    const cases: [string, object][] = [
      [
        'an entity that is not there',
        { op: 'set', kind: 'goal', id: 'nowhere', set: { title: 'x' }, old: { title: 'y' } },
      ],
      [
        'a position past the end',
        { op: 'add', kind: 'barrier', index: 99, value: { id: 'b99', description: 'x', status: 'open' } },
      ],
      [
        'a child without its parent',
        { op: 'add', kind: 'strategy', index: 0, value: { id: 's99', title: 'x', status: 'todo' } },
      ],
      [
        'a parent that is not there',
        { op: 'add', kind: 'strategy', parent: 'nowhere', index: 0, value: { id: 's99', title: 'x', status: 'todo' } },
      ],
      ['removing what is not there', { op: 'remove', kind: 'goal', index: 0, value: { id: 'missing' } }],
      ['a move from the wrong place', { op: 'move', kind: 'goal', id: 'g1', from: 7, to: 0 }],
    ];
    for (const [name, op] of cases) {
      const doc = fresh();
      doc.revisions.at(-3).ops = [op];
      expect([name, codeOf(doc)]).toEqual([name, 'corrupt-history']);
    }
  });

  it('undo data that does not lead back to the state it came from', () => {
    // A set whose old value is not what the field held: undoing it would give a tampered value.
    const doc = fresh();
    const index = doc.revisions.findIndex((r: { ops: { op: string; kind: string }[] }) =>
      r.ops.some((op) => op.op === 'set' && op.kind === 'goal'),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const op = doc.revisions[index].ops.find((o: { op: string; kind: string }) => o.op === 'set' && o.kind === 'goal');
    const key = (Object.keys(op.old)[0] ?? Object.keys(op.set)[0]) as string;
    op.old = { ...op.old, [key]: 'Tampered' };
    expect(codeOf(doc)).toBe('corrupt-history');
    // A removal that keeps another entity than the one removed.
    const removal = JSON.parse(wholeDocument(cp.removeGoal(realisticPlan(), 'g2')));
    const at = removal.revisions.findIndex((r: { ops: { op: string }[] }) => r.ops.some((o) => o.op === 'remove'));
    expect(at).toBeGreaterThanOrEqual(0);
    const removed = removal.revisions[at].ops.find((o: { op: string }) => o.op === 'remove');
    removed.value = { ...removed.value, description: 'Not what was removed', title: 'Not what was removed' };
    expect(codeOf(removal)).toBe('corrupt-history');
  });

  it("a participant's revision under another name, as a document and as a tail", () => {
    const doc = fresh();
    const dana = doc.revisions.findIndex((r: { by: { id: string } }) => r.by.id === 'dana');
    expect(dana).toBeGreaterThanOrEqual(0);
    doc.revisions[dana].by = { id: 'dana', name: 'Mallory' };
    expect(codeOf(doc)).toBe('corrupt-history');
    const owner = fresh();
    owner.revisions[0].by = { id: 'alex', name: 'Alex' };
    expect(codeOf(owner)).toBe('corrupt-history');
    // Left out, the name is the plan's (format 5 writes no participant's name).
    owner.revisions[0].by = { id: 'alex' };
    expect(cp.revisions(cp.deserialize(owner))[0]?.by).toEqual({ id: 'alex', name: 'Alex Rivera' });
    // the same in a tail appended to a copy
    const plan = cp.deserialize(text);
    const tail = JSON.parse(
      JSON.stringify(
        cp.revisionsSince(cp.addGoal(plan, { title: 'New', kind: 'skill', horizon: 'short' }), cp.revisionCount(plan)),
      ),
    );
    tail.revisions[0].by.name = 'Mallory';
    expect(() => cp.appendRevisions(plan, tail)).toThrow(expect.objectContaining({ code: 'corrupt-history' }));
  });

  it('labels that disagree with the plan at that point: subjects, stages left, suggestions, undo', () => {
    let plan = cp.addComment(realisticPlan(), { text: 'Looks good', about: { kind: 'plan' } }, { by: 'dana' });
    plan = cp.addSuggestion(
      plan,
      { edit: { kind: 'addStrategy', goalId: 'g1', input: { title: 'Ask for a referral' } } },
      { by: 'dana' },
    );
    const suggestion = plan.suggestions.at(-1)?.id as string;
    plan = cp.undo(cp.acceptSuggestion(plan, suggestion));
    const labelled = wholeDocument(plan);
    type Rev = { action: string; subject?: { kind: string; label?: string }; from?: { label?: string } };
    const forge = (find: (r: Rev) => boolean, change: (r: Rev) => void): string => {
      const doc = JSON.parse(labelled);
      const revision = (doc.revisions as Rev[]).find(find);
      expect(revision).toBeDefined();
      change(revision as Rev);
      return codeOf(doc);
    };
    const label = (value: string) => (r: Rev) => {
      (r.subject as { label?: string }).label = value;
    };
    expect(codeOf(JSON.parse(labelled), undefined, true)).toBe('ok');
    for (const action of ['goal.update', 'goal.add', 'activity.add', 'decision.set', 'comment.add', 'suggestion.add'])
      expect(forge((r) => r.action === action, label('Mallory was here'))).toBe('corrupt-history');
    expect(forge((r) => r.action === 'strategy.add', label('Mallory was here'))).toBe('corrupt-history');
    expect(forge((r) => r.action === 'stage.transition', label('Nowhere'))).toBe('corrupt-history');
    expect(
      forge(
        (r) => r.action === 'stage.transition',
        (r) => {
          (r.from as { label?: string }).label = 'Nowhere';
        },
      ),
    ).toBe('corrupt-history');
    expect(forge((r) => r.action === 'undo', label('Mallory was here'))).toBe('corrupt-history');
    // a stage left that was not the plan's stage, with that stage's own title
    expect(
      forge(
        (r) => r.action === 'stage.transition',
        (r) => {
          Object.assign(r.from as object, { id: 'action-plan', label: 'Action plan' });
        },
      ),
    ).toBe('corrupt-history');
    // the same in a tail appended to a copy
    const loaded = cp.deserialize(labelled);
    const edited = cp.addGoal(loaded, { title: 'New', kind: 'skill', horizon: 'short' });
    const tail = JSON.parse(JSON.stringify(cp.revisionsSince(edited, cp.revisionCount(loaded))));
    tail.revisions[0].subject.label = 'Mallory';
    expect(() => cp.appendRevisions(loaded, tail)).toThrow(expect.objectContaining({ code: 'corrupt-history' }));
  });

  it('a 10 MB string', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    expect(codeOf(big)).toBe('invalid-json');
    expect(codeOf(JSON.stringify(big))).toBe('invalid-document');
    expect(codeOf(big, { maxLength: 1024 * 1024 })).toBe('too-large');
    const hugeTitle = fresh();
    hugeTitle.plan.title = big;
    expect(codeOf(JSON.stringify(hugeTitle))).toBe('invalid-document');
  });

  it('nesting 100,000 deep, as a string and as a value', () => {
    const deepArray = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(codeOf(deepArray)).toBe('invalid-document');
    const inTitle = text.replace('"title":"Alex\'s career action plan"', `"title":${deepArray}`);
    expect(codeOf(inTitle)).toBe('invalid-document');
    const inOperation = text.replace(
      '"op":"add","kind":"employment","index":0,"value":',
      `"op":"add","kind":"employment","index":0,"value":${deepArray},"x":`,
    );
    expect(inOperation).not.toBe(text);
    expect(codeOf(inOperation)).toBe('invalid-document');
    let deepValue: unknown = 1;
    for (let i = 0; i < 100_000; i++) deepValue = { a: deepValue };
    const doc = fresh();
    doc.revisions[0].ops[0].value = deepValue;
    expect(codeOf(doc)).toBe('invalid-document');
    const inStageData = text.replace('"stageData":{}', `"stageData":{"networking":${deepArray}}`);
    expect(codeOf(inStageData)).toBe('invalid-document');
  });

  it('a history of a million tiny revisions is refused by a documented, configurable limit', () => {
    const doc = fresh();
    const tiny = doc.revisions[0];
    doc.revisions = new Array(1_000_000).fill(tiny);
    const started = Date.now();
    expect(codeOf(doc)).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(cp.DEFAULT_LIMITS.maxRevisions).toBe(100_000);
    expect(codeOf(fresh(), { maxRevisions: 5 })).toBe('too-large');
  });

  it('dates that are not dates', () => {
    const cases: ((d: Record<string, any>) => void)[] = [
      (d) => (d.plan.createdAt = 'yesterday'),
      (d) => (d.plan.goals[0].targetDate = '2026-02-30'),
      (d) => (d.plan.goals[0].targetDate = '2026-9-30'),
      (d) => (d.revisions[0].at = 1767600000000),
      (d) => (d.revisions[0].at = '2026-01-05 09:00'),
      (d) => (d.plan.journey[0].enteredAt = '2026-13-01T00:00:00Z'),
    ];
    for (const mutate of cases) {
      const doc = fresh();
      mutate(doc);
      expect(codeOf(doc)).toBe('invalid-document');
    }
  });

  it('duplicate ids', () => {
    const doc = fresh();
    doc.plan.goals[1].id = doc.plan.goals[0].id;
    expect(codeOf(doc)).toBe('duplicate-id');
    const across = fresh();
    across.plan.goals[0].strategies[0].id = across.plan.assessments[0].id;
    expect(codeOf(across)).toBe('duplicate-id');
    const revisionIds = fresh();
    revisionIds.revisions[3].id = revisionIds.revisions[2].id;
    expect(codeOf(revisionIds)).toBe('corrupt-history');
  });

  it('a revision sequence that goes backwards or skips', () => {
    const back = fresh();
    [back.revisions[3].seq, back.revisions[4].seq] = [back.revisions[4].seq, back.revisions[3].seq];
    expect(codeOf(back)).toBe('corrupt-history');
    const swapped = fresh();
    [swapped.revisions[3], swapped.revisions[4]] = [swapped.revisions[4], swapped.revisions[3]];
    expect(codeOf(swapped)).toBe('corrupt-history');
    const gap = fresh();
    gap.revisions.splice(5, 1);
    expect(codeOf(gap)).toBe('corrupt-history');
  });

  it('a revision that claims to undo one that does not exist, or not the latest', () => {
    const ghost = fresh();
    ghost.revisions.at(-1).target.id = 'no-such-revision';
    expect(codeOf(ghost)).toBe('corrupt-history');
    const wrong = fresh();
    wrong.revisions.at(-1).target.id = wrong.revisions[0].id;
    expect(codeOf(wrong)).toBe('corrupt-history');
    const stray = fresh();
    stray.revisions[0].target = { id: stray.revisions[1].id, action: 'goal.add' };
    expect(codeOf(stray)).toBe('corrupt-history');
  });

  it('a history that does not reproduce the plan', () => {
    const edited = fresh();
    edited.plan.goals[0].title = 'Edited outside the library';
    expect(codeOf(edited)).toBe('corrupt-history');
    const extra = fresh();
    extra.plan.notes.push({
      id: 'smuggled',
      text: 'Added outside the library',
      at: '2026-01-01T00:00:00.000Z',
      by: { id: 'x' },
    });
    expect(codeOf(extra)).toBe('corrupt-history');
    const truncated = fresh();
    truncated.revisions = truncated.revisions.slice(5).map((r: { seq: number }, i: number) => ({ ...r, seq: i + 1 }));
    expect(codeOf(truncated)).toBe('corrupt-history');
    const forged = fresh();
    forged.revisions[0].ops[0].value = { ...forged.revisions[0].ops[0].value, employer: 'Forged' };
    expect(codeOf(forged)).toBe('corrupt-history');
    const badBase = fresh();
    badBase.revisions[0].ops = [
      { op: 'set', kind: 'plan', set: { title: badBase.plan.title }, old: { title: '' } },
      ...badBase.revisions[0].ops,
    ];
    expect(codeOf(badBase)).toBe('corrupt-history');
  });

  it('a history that passes through an invalid state is refused when loaded, nothing loaded', () => {
    const smuggle = (ops: object[][]): Record<string, any> => {
      const doc = fresh();
      const last = doc.revisions.at(-1);
      const n = doc.revisions.length;
      ops.forEach((step, i) =>
        doc.revisions.push({
          id: `smuggle-${i}`,
          seq: n + i + 1,
          at: last.at,
          by: last.by,
          action: 'plan.update',
          ops: step,
        }),
      );
      return doc;
    };
    const title = fresh().plan.title;
    const goal = fresh().plan.goals[0];
    const cases: Record<string, object[][]> = {
      'a field the plan does not have': [
        [{ op: 'set', kind: 'plan', set: { junk: 'x' }, old: {} }],
        [{ op: 'set', kind: 'plan', set: {}, old: { junk: 'x' } }],
      ],
      'a value its field refuses, set and set back': [
        [{ op: 'set', kind: 'plan', set: { title: '' }, old: { title } }],
        [{ op: 'set', kind: 'plan', set: { title }, old: { title: '' } }],
      ],
      'a required field removed and put back': [
        [{ op: 'set', kind: 'goal', id: goal.id, set: {}, old: { title: goal.title } }],
        [{ op: 'set', kind: 'goal', id: goal.id, set: { title: goal.title }, old: {} }],
      ],
      'an entity that is not valid, added and removed': [
        [{ op: 'add', kind: 'barrier', index: 0, value: { id: 'bad', status: 'open' } }],
        [{ op: 'remove', kind: 'barrier', index: 0, value: { id: 'bad', status: 'open' } }],
      ],
    };
    for (const [name, ops] of Object.entries(cases))
      expect([name, codeOf(smuggle(ops))]).toEqual([name, 'corrupt-history']);
    // The journey always has its open visit.
    const journey = fresh();
    const visit = journey.plan.journey.at(-1);
    const n = journey.revisions.length;
    journey.revisions.push({
      ...journey.revisions.at(-1),
      id: 'drop',
      seq: n + 1,
      action: 'plan.update',
      ops: [{ op: 'remove', kind: 'visit', index: journey.plan.journey.length - 1, value: visit }],
    });
    journey.revisions.push({
      ...journey.revisions.at(-1),
      id: 'back',
      seq: n + 2,
      action: 'plan.update',
      ops: [{ op: 'add', kind: 'visit', index: journey.plan.journey.length - 1, value: visit }],
    });
    expect(['corrupt-history', 'invalid-document']).toContain(codeOf(journey));
  });

  it('stage and process problems', () => {
    const stage = fresh();
    stage.plan.stage = 'networking';
    stage.plan.journey.at(-1).stage = 'networking';
    expect(codeOf(stage)).toBe('unknown-stage');
    const process = fresh();
    process.process = { id: 'career', version: 2 };
    process.plan.process = { id: 'career', version: 2 };
    expect(codeOf(process)).toBe('unknown-process');
    const mismatch = fresh();
    mismatch.process = { id: 'other', version: 1 };
    expect(codeOf(mismatch)).toBe('invalid-document');
    const journey = fresh();
    delete journey.plan.journey[0].leftAt;
    expect(codeOf(journey)).toBe('invalid-document');
    const stageData = fresh();
    stageData.plan.stageData = { match: { x: 1 } };
    expect(codeOf(stageData)).toBe('invalid-document');
  });

  it('dangling references', () => {
    const doc = fresh();
    doc.plan.barriers[0].goalIds = ['ghost'];
    expect(codeOf(doc)).toBe('invalid-reference');
    const decision = fresh();
    decision.plan.decision.chosenOptionId = 'ghost';
    expect(codeOf(decision)).toBe('invalid-reference');
  });

  it('getters and proxies in a parsed value cannot escape as foreign errors', () => {
    const doc = fresh();
    Object.defineProperty(doc.plan, 'title', {
      enumerable: true,
      get: () => {
        throw new TypeError('boom');
      },
    });
    expect(['invalid-document']).toContain(codeOf(doc));
    const proxy = new Proxy(fresh(), {
      ownKeys: () => {
        throw new TypeError('boom');
      },
    });
    expect(['invalid-document']).toContain(codeOf(proxy));
  });
});

describe('fuzzing: the only thing ever thrown is CareerPlanError', () => {
  const onlyCareerPlanErrors = (input: unknown) => {
    try {
      // What loads is a valid plan whose history writes and reads back the same.
      const loaded = cp.deserialize(input);
      expect(cp.planSchema.safeParse(loaded).success).toBe(true);
      expect(cp.revisions(cp.deserialize(cp.serialize(loaded)))).toEqual(cp.revisions(loaded));
    } catch (error) {
      if (!(error instanceof cp.CareerPlanError)) {
        // Say exactly what escaped, and on what input, so that a failure can be reproduced.
        const shown = typeof input === 'string' ? input.slice(0, 2000) : JSON.stringify(input)?.slice(0, 2000);
        throw new Error(
          `deserialize threw a foreign error: ${error instanceof Error ? error.stack : String(error)}\ninput: ${shown}`,
        );
      }
    }
  };

  it('over arbitrary JSON values and strings', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        onlyCareerPlanErrors(value);
        onlyCareerPlanErrors(JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string(), onlyCareerPlanErrors), { numRuns: 300 });
  });

  it('over envelopes with arbitrary contents', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (plan, revisions) =>
        onlyCareerPlanErrors({
          format: 'career-plan',
          version: 1,
          process: { id: 'career', version: 1 },
          plan,
          revisions,
        }),
      ),
      { numRuns: 300 },
    );
  });

  /** Paths to every value in a JSON tree. */
  function paths(
    value: unknown,
    prefix: (string | number)[] = [],
    out: (string | number)[][] = [],
  ): (string | number)[][] {
    out.push(prefix);
    if (Array.isArray(value)) value.forEach((item, i) => paths(item, [...prefix, i], out));
    else if (typeof value === 'object' && value !== null)
      for (const [key, item] of Object.entries(value)) paths(item, [...prefix, key], out);
    return out;
  }
  // Both forms: the document as serialize writes it (format 5, each revision without what loading
  // derives) and with its revisions whole and no plan as created (as a store assembles one).
  const compactText = cp.serialize(cp.undo(realisticPlan()));
  const forms = [
    { text: compactText, allPaths: paths(JSON.parse(compactText)).filter((path) => path.length > 0) },
    { text, allPaths: paths(fresh()).filter((path) => path.length > 0) },
  ];

  it('over randomly mutated valid documents', () => {
    const mutation = fc.record({
      at: fc.nat({ max: 1_000_000 }),
      kind: fc.constantFrom('replace', 'delete', 'duplicate', 'string'),
      value: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('__proto__', '', -1, 1e308, '9999-99-99', null)),
    });
    fc.assert(
      fc.property(
        fc.nat({ max: forms.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (f, mutations) => {
          const { text: original, allPaths } = forms[f]!;
          const doc = JSON.parse(original);
          for (const { at, kind, value } of mutations) {
            const path = allPaths[at % allPaths.length]!;
            let parent: any = doc;
            for (const key of path.slice(0, -1)) parent = parent?.[key];
            if (typeof parent !== 'object' || parent === null) continue;
            const key = path.at(-1)!;
            if (kind === 'replace') parent[key] = value;
            else if (kind === 'delete') Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key];
            else if (kind === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
            // JSON.stringify, not String(): String({ toString: false }) throws (a counterexample fast-check found).
            else if (kind === 'string') parent[key] = JSON.stringify(value) ?? 'null';
          }
          onlyCareerPlanErrors(doc);
          onlyCareerPlanErrors(JSON.stringify(doc));
        },
      ),
      { numRuns: 600 },
    );
  });
});
