import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { toMarkdown } from '../../src/export/index.js';
import { codeOf, realisticPlan, wholeDocument } from '../helpers.js';

type Json = Record<string, any>;
const env = () => cp.fixedEnv({ start: '2026-03-01T09:00:00.000Z', idPrefix: 'm-' });

/** Alex's plan (owner alex, advisor dana) with an environment of its own. */
function base() {
  const e = env();
  return { plan: realisticPlan() as cp.Plan, o: { env: e }, dana: { env: e, by: 'dana' } };
}

/** The code loading a changed copy of `plan`'s document fails with (`undefined`: it loaded). */
function forged(plan: cp.Plan, change: (doc: Json) => void): string | undefined {
  const doc = JSON.parse(wholeDocument(plan)) as Json;
  change(doc);
  const result = cp.safeDeserialize(doc);
  return result.success ? undefined : result.error.code;
}

describe('skills', () => {
  it('keep the owner’s rating on the skill and each advisor’s rating with who and when', () => {
    let { plan, o, dana } = base();
    plan = cp.addSkill(plan, { id: 'k1', name: 'Troubleshooting', importance: 5 }, o);
    plan = cp.rateSkill(plan, 'k1', { rating: 2 }, o);
    plan = cp.rateSkill(plan, 'k1', { rating: 3, note: 'Solid at the help desk' }, dana);
    plan = cp.rateSkill(plan, 'k1', { rating: 4 }, dana);
    const skill = plan.skills[0] as cp.Skill;
    expect(skill.selfRating).toBe(2);
    expect(skill.ratings.map((r) => [r.by.id, r.rating, r.note ?? null])).toEqual([
      ['dana', 3, 'Solid at the help desk'],
      ['dana', 4, null],
    ]);
    expect(skill.ratings[0]?.at).toMatch(/^2026-03-01T/);
    // the same rating again by the owner changes nothing
    expect(cp.rateSkill(plan, 'k1', { rating: 2 }, o)).toBe(plan);
    expect(
      cp
        .revisions(plan)
        .slice(-3)
        .map((r) => cp.describeRevision(r)),
    ).toEqual([
      "Alex Rivera rated the skill 'Troubleshooting'",
      "Dana (counselor) rated the skill 'Troubleshooting'",
      "Dana (counselor) rated the skill 'Troubleshooting'",
    ]);
  });

  it('are the owner’s to add and change; advisors rate them under the default policy, strangers do not', () => {
    let { plan, o, dana } = base();
    expect(codeOf(() => cp.addSkill(plan, { name: 'Troubleshooting' }, dana))).toBe('forbidden');
    plan = cp.addSkill(plan, { id: 'k1', name: 'Troubleshooting' }, o);
    expect(codeOf(() => cp.updateSkill(plan, 'k1', { importance: 5 }, dana))).toBe('forbidden');
    expect(codeOf(() => cp.rateSkill(plan, 'k1', { rating: 3 }, { ...o, by: 'mallory' }))).toBe('forbidden');
    expect(codeOf(() => cp.rateSkill(plan, 'k1', { rating: 6 }, dana))).toBe('invalid-input');
    expect(codeOf(() => cp.rateSkill(plan, 'k1', { rating: 3, note: 'mine' }, o))).toBe('invalid-input');
    expect(codeOf(() => cp.rateSkill(plan, 'nope', { rating: 3 }, dana))).toBe('not-found');
    expect(codeOf(() => cp.updateSkill(plan, 'k1', { ratings: [] } as never, o))).toBe('invalid-input');
    // an app's policy may keep advisors from rating
    const strict: cp.Policy = (request) => request.action !== 'skill.rate' && cp.defaultPolicy(request);
    const loaded = cp.deserialize(cp.serialize(plan), { policy: strict });
    expect(codeOf(() => cp.rateSkill(loaded, 'k1', { rating: 3 }, dana))).toBe('forbidden');
  });

  it('removing a skill takes its ratings and unlinks the goals that named it', () => {
    let { plan, o, dana } = base();
    plan = cp.addSkill(plan, { id: 'k1', name: 'Troubleshooting', selfRating: 2, importance: 5 }, o);
    plan = cp.rateSkill(plan, 'k1', { id: 'kr1', rating: 3 }, dana);
    plan = cp.updateGoal(plan, 'g1', { skillIds: ['k1'] }, o);
    expect(codeOf(() => cp.updateGoal(plan, 'g2', { skillIds: ['nope'] }, o))).toBe('invalid-reference');
    plan = cp.removeSkill(plan, 'k1', o);
    expect(plan.skills).toEqual([]);
    expect(plan.goals.find((g) => g.id === 'g1')?.skillIds).toEqual([]);
    const back = cp.undo(plan, o);
    expect(back.skills[0]?.ratings.map((r) => r.id)).toEqual(['kr1']);
    expect(back.goals.find((g) => g.id === 'g1')?.skillIds).toEqual(['k1']);
  });

  it('skillGaps lists the largest gaps first, from the own rating or else the advisors’ latest ones', () => {
    let { plan, o, dana } = base();
    plan = cp.addAdvisor(plan, { id: 'lee', name: 'Lee', role: 'mentor' }, o);
    plan = cp.addSkill(plan, { id: 'k1', name: 'Troubleshooting', selfRating: 2, importance: 5 }, o); // gap 3
    plan = cp.addSkill(plan, { id: 'k2', name: 'Networking', importance: 4 }, o); // advisors: dana 2 then 3, lee 2
    plan = cp.addSkill(plan, { id: 'k3', name: 'Customer service', selfRating: 4, importance: 4 }, o); // gap 0
    plan = cp.addSkill(plan, { id: 'k4', name: 'Scripting', selfRating: 1 }, o); // no importance: left out
    plan = cp.addSkill(plan, { id: 'k5', name: 'Linux', selfRating: 2, importance: 5 }, o); // gap 3, after k1
    plan = cp.rateSkill(plan, 'k2', { rating: 2 }, dana);
    plan = cp.rateSkill(plan, 'k2', { rating: 3 }, dana);
    plan = cp.rateSkill(plan, 'k2', { rating: 2 }, { ...o, by: 'lee' });
    // k2: advisors' mean of latest ratings (3 + 2) / 2 = 2.5, gap 4 - 2.5 = 1.5
    expect(cp.skillGaps(plan).map((g) => [g.skillId, g.rating, g.gap])).toEqual([
      ['k1', 2, 3],
      ['k5', 2, 3],
      ['k2', 2.5, 1.5],
    ]);
    expect(cp.skillGaps(plan)[2]).toMatchObject({ advisorRating: 2.5, importance: 4, goalIds: [], closed: false });
    expect(cp.skillGaps(plan, { limit: 1 })).toHaveLength(1);
    expect(codeOf(() => cp.skillGaps(plan, { limit: -1 }))).toBe('invalid-input');
  });

  it('progress counts gaps open, closed by a goal, and without a goal', () => {
    let { plan, o } = base();
    plan = cp.addSkill(plan, { id: 'k1', name: 'Troubleshooting', selfRating: 2, importance: 5 }, o);
    plan = cp.addSkill(plan, { id: 'k2', name: 'Networking', selfRating: 1, importance: 3 }, o);
    plan = cp.updateGoal(plan, 'g1', { skillIds: ['k1'] }, o);
    expect(cp.progress(plan, { today: '2026-03-02' }).skills).toEqual({ open: 2, closed: 0, withoutGoal: 1 });
    plan = cp.rateSkill(plan, 'k1', { rating: 5 }, o);
    expect(cp.progress(plan, { today: '2026-03-02' }).skills).toEqual({ open: 1, closed: 1, withoutGoal: 1 });
  });
});

describe('reviews', () => {
  it('are recorded by the owner or an advisor, with who took part and the goals changed', () => {
    let { plan, dana } = base();
    plan = cp.addReview(plan, { id: 'rv1', date: '2026-06-01', agreed: 'Keep the A+ goal', goalIds: ['g1'] }, dana);
    expect(plan.reviews[0]).toEqual({
      id: 'rv1',
      date: '2026-06-01',
      agreed: 'Keep the A+ goal',
      goalIds: ['g1'],
      participants: ['Dana (counselor)'],
      by: { id: 'dana', name: 'Dana (counselor)' },
    });
    expect(codeOf(() => cp.addReview(plan, { date: '2026-06-01', agreed: 'x', goalIds: ['nope'] }, dana))).toBe(
      'invalid-reference',
    );
    expect(codeOf(() => cp.addReview(plan, { date: '2026-02-30', agreed: 'x' }, dana))).toBe('invalid-input');
    expect(codeOf(() => cp.updateReview(plan, 'rv1', { agreed: 'Changed' }, dana))).toBe('forbidden');
    expect(codeOf(() => cp.updateReview(plan, 'rv1', { by: { id: 'mallory' } } as never))).toBe('invalid-input');
    // removing a goal unlinks it from the review
    plan = cp.removeGoal(plan, 'g1');
    expect(plan.reviews[0]?.goalIds).toEqual([]);
  });

  it('a goal a counselor’s review names since cannot be undone by the owner: a conflict', () => {
    let { plan, o, dana } = base();
    plan = cp.addGoal(plan, { id: 'g9', title: 'Learn Linux', kind: 'skill', horizon: 'short' }, o);
    plan = cp.addReview(plan, { date: '2026-06-01', agreed: 'Add Linux', goalIds: ['g9'] }, dana);
    expect(codeOf(() => cp.undo(plan, o))).toBe('conflict');
    expect(codeOf(() => cp.undo(cp.deserialize(cp.serialize(plan)), o))).toBe('conflict');
  });

  it('fall due by a cadence of months, from the latest review or the plan’s creation', () => {
    let { plan, o } = base(); // created 2026-01-05
    expect(cp.reviewStatus(plan, { today: '2026-12-01' })).toEqual({ state: 'none' });
    plan = cp.updatePlan(plan, { reviewCadence: { everyMonths: 12 } }, o);
    expect(cp.reviewStatus(plan, { today: '2026-11-01' })).toMatchObject({
      state: 'upcoming',
      nextDue: '2027-01-05',
      daysUntilDue: 65,
    });
    expect(cp.reviewStatus(plan, { today: '2026-12-06' }).state).toBe('due'); // 30 days before
    expect(cp.reviewStatus(plan, { today: '2026-12-05' }).state).toBe('upcoming');
    expect(cp.reviewStatus(plan, { today: '2026-12-05', notice: 31 }).state).toBe('due');
    expect(cp.reviewStatus(plan, { today: '2027-01-06' })).toMatchObject({ state: 'overdue', daysUntilDue: -1 });
    plan = cp.addReview(plan, { date: '2026-12-20', agreed: 'On track' }, o);
    expect(cp.reviewStatus(plan, { today: '2027-01-06' })).toMatchObject({
      state: 'upcoming',
      lastReview: '2026-12-20',
      nextDue: '2027-12-20',
    });
    // a month's end stays in its month: 2027-01-31 plus one month is 2027-02-28
    plan = cp.updatePlan(plan, { reviewCadence: { everyMonths: 1 } }, o);
    plan = cp.addReview(plan, { date: '2027-01-31', agreed: 'Monthly now' }, o);
    expect(cp.reviewStatus(plan, { today: '2027-02-01' }).nextDue).toBe('2027-02-28');
    expect(codeOf(() => cp.reviewStatus(plan, { today: '2027-02-01', notice: -1 }))).toBe('invalid-input');
    expect(codeOf(() => cp.updatePlan(plan, { reviewCadence: { everyMonths: 0 } }, o))).toBe('invalid-input');
    plan = cp.updatePlan(plan, { reviewCadence: null }, o);
    expect(plan.reviewCadence).toBeUndefined();
    expect(cp.undo(plan, o).reviewCadence).toEqual({ everyMonths: 1 });
  });

  it('fall due on set dates, such as the end of each term', () => {
    let { plan, o } = base();
    plan = cp.updatePlan(plan, { reviewCadence: { dates: ['2026-12-18', '2026-05-29', '2027-05-28'] } }, o);
    expect(cp.reviewStatus(plan, { today: '2026-05-01' })).toMatchObject({ state: 'due', nextDue: '2026-05-29' });
    plan = cp.addReview(plan, { date: '2026-05-29', agreed: 'Term 1 done' }, o);
    expect(cp.reviewStatus(plan, { today: '2026-06-01' })).toMatchObject({ nextDue: '2026-12-18' });
    plan = cp.addReview(plan, { date: '2027-05-28', agreed: 'Year done' }, o);
    expect(cp.reviewStatus(plan, { today: '2027-06-01' })).toMatchObject({ state: 'none', lastReview: '2027-05-28' });
  });

  it('a due or overdue review comes first in nextActions', () => {
    let { plan, o } = base();
    plan = cp.updatePlan(plan, { reviewCadence: { everyMonths: 6 } }, o); // due 2026-07-05
    const before = cp.nextActions(plan, { today: '2026-05-01' });
    expect(before.every((a) => a.kind === undefined)).toBe(true);
    const actions = cp.nextActions(plan, { today: '2026-07-10' });
    expect(actions[0]).toEqual({
      kind: 'review',
      title: 'Review the plan',
      dueDate: '2026-07-05',
      daysUntilDue: -5,
      overdue: true,
    });
    expect(actions.slice(1).map((a) => a.title)).toEqual(
      cp
        .nextActions(plan, { today: '2026-07-10' })
        .slice(1)
        .map((a) => a.title),
    );
    expect(
      actions
        .slice(1)
        .map((a) => a.title)
        .sort(),
    ).toEqual(before.map((a) => a.title).sort());
    expect(cp.nextActions(plan, { today: '2026-07-10', limit: 1 })).toHaveLength(1);
  });
});

describe('evidence', () => {
  it('attaches to a goal, strategy or milestone that exists, with an http(s) address if any', () => {
    let { plan, o } = base();
    plan = cp.addMilestone(plan, { id: 'm-9', title: 'A+ earned', date: '2026-09-30' }, o);
    const item = { kind: 'certificate' as const, title: 'CompTIA A+', date: '2026-09-12' };
    plan = cp.addEvidence(plan, { ...item, id: 'e-goal', about: { kind: 'goal', id: 'g1' } }, o);
    plan = cp.addEvidence(plan, { ...item, id: 'e-strategy', about: { kind: 'strategy', id: 's1' } }, o);
    plan = cp.addEvidence(plan, { ...item, id: 'e-milestone', about: { kind: 'milestone', id: 'm-9' } }, o);
    expect(plan.evidence.map((e) => e.id)).toEqual(['e-goal', 'e-strategy', 'e-milestone']);
    expect(codeOf(() => cp.addEvidence(plan, { ...item, about: { kind: 'strategy', id: 'g1' } }, o))).toBe(
      'invalid-reference',
    );
    for (const url of ['javascript:alert(1)', 'ftp://example.org/x', 'not a url'])
      expect(codeOf(() => cp.addEvidence(plan, { ...item, url, about: { kind: 'goal', id: 'g1' } }, o))).toBe(
        'invalid-input',
      );
  });

  it('an advisor may suggest it, and the suggestion reads as English', () => {
    let { plan, o, dana } = base();
    plan = cp.addSuggestion(
      plan,
      {
        id: 'sg-e',
        edit: {
          kind: 'addEvidence',
          input: { kind: 'note', title: 'Study log', date: '2026-05-01', about: { kind: 'goal', id: 'g1' } },
        },
      },
      dana,
    );
    expect(cp.describeRevision(cp.revisions(plan).at(-1) as cp.Revision)).toBe(
      'Dana (counselor) suggested evidence: Study log',
    );
    plan = cp.acceptSuggestion(plan, 'sg-e', o);
    expect(plan.evidence.map((e) => e.title)).toEqual(['Study log']);
  });

  it('stays in the portfolio when what it was attached to is removed, and can still be changed', () => {
    let { plan, o } = base();
    plan = cp.addEvidence(
      plan,
      { id: 'e-9', kind: 'note', title: 'Study log', date: '2026-05-01', about: { kind: 'goal', id: 'g1' } },
      o,
    );
    plan = cp.removeGoal(plan, 'g1', o);
    expect(plan.evidence).toHaveLength(1);
    plan = cp.updateEvidence(plan, 'e-9', { note: 'Two hours a day' }, o);
    expect(plan.evidence[0]?.note).toBe('Two hours a day');
    expect(codeOf(() => cp.updateEvidence(plan, 'e-9', { about: { kind: 'goal', id: 'g-gone' } }, o))).toBe(
      'invalid-reference',
    );
    expect(toMarkdown(plan)).toContain(
      '### Earlier parts of the plan\n\n- 2026-05-01, note: Study log: Two hours a day',
    );
  });

  it('toMarkdown shows a portfolio by goal, strategy and milestone, escaping what people typed', () => {
    let { plan, o } = base();
    plan = cp.addEvidence(
      plan,
      {
        kind: 'link',
        title: '</svg><script>x</script> [transcript](http://evil)',
        date: '2026-05-30',
        url: 'https://example.edu/t/1 2',
        about: { kind: 'strategy', id: 's1' },
      },
      o,
    );
    const md = toMarkdown(plan);
    expect(md).toContain('## Portfolio');
    expect(md).toContain('### Strategy: ');
    expect(md).toContain(
      '- 2026-05-30, link: [\\</svg\\>\\<script\\>x\\</script\\> \\[transcript\\](http://evil)]' +
        '(<https://example.edu/t/1%202>)',
    );
  });
});

describe('signatures', () => {
  it('name the revision signed, the signer and their role; the view says what changed since', () => {
    let { plan, o, dana } = base();
    const head = cp.revisions(plan).at(-1) as cp.Revision;
    plan = cp.signPlan(plan, { id: 'sig1', statement: 'Reviewed with Alex and his parents.' }, dana);
    expect(plan.signatures[0]).toEqual({
      id: 'sig1',
      by: { id: 'dana', name: 'Dana (counselor)' },
      role: 'counselor',
      at: expect.stringMatching(/^2026-03-01T/),
      revisionId: head.id,
      statement: 'Reviewed with Alex and his parents.',
    });
    expect(cp.signatureStatus(plan)).toMatchObject([{ signatureId: 'sig1', state: 'unchanged', changes: [] }]);
    plan = cp.signPlan(plan, { id: 'sig2' }, o); // the owner signs too: not a change to what Dana signed
    expect(cp.signatureStatus(plan).map((s) => [s.role, s.state])).toEqual([
      ['counselor', 'unchanged'],
      ['owner', 'unchanged'],
    ]);
    plan = cp.updateGoal(plan, 'g1', { priority: 'low' }, o);
    const [danas] = cp.signatureStatus(plan);
    expect(danas?.state).toBe('changed');
    expect(danas?.changes).toEqual([
      { seq: head.seq + 3, description: "Alex Rivera updated the goal 'Finish the CompTIA A+ certificate'" },
    ]);
    expect(toMarkdown(plan)).toContain(
      `## Signatures\n\n- Dana (counselor) (counselor), 2026-03-01, revision ${head.seq}; changed since (1 revision)`,
    );
  });

  it('the policy decides who may sign', () => {
    const { plan, dana } = base();
    const noSigning: cp.Policy = (request) => request.action !== 'signature.add' && cp.defaultPolicy(request);
    const loaded = cp.deserialize(cp.serialize(plan), { policy: noSigning });
    expect(codeOf(() => cp.signPlan(loaded, {}, dana))).toBe('forbidden');
    expect(codeOf(() => cp.signPlan(plan, {}, { by: 'mallory' }))).toBe('forbidden');
    expect(cp.signPlan(plan, {}, dana).signatures).toHaveLength(1);
  });

  it('a signature the history cannot confirm is unknown, never unchanged', () => {
    let { plan, dana } = base();
    plan = cp.signPlan(plan, { id: 'sig1' }, dana);
    // loaded from a later snapshot, the signed revision is not at hand
    const later = cp.fromSnapshot(cp.toSnapshot(plan));
    expect(cp.signatureStatus(later)[0]?.state).toBe('unknown');
    // plain data has no history
    expect(cp.signatureStatus(JSON.parse(JSON.stringify(plan)))[0]?.state).toBe('unknown');
    // a document whose signature names a revision this history does not have
    const doc = JSON.parse(wholeDocument(plan)) as Json;
    for (const target of [doc.plan.signatures[0], doc.revisions.at(-1).ops[0].value]) target.revisionId = 'made-up';
    expect(cp.signatureStatus(cp.deserialize(doc))[0]?.state).toBe('unknown');
  });
});

describe('loading refuses entries in another person’s name', () => {
  it('a signature, a skill rating or a comment must be its author’s, with their role', () => {
    let { plan, o, dana } = base();
    plan = cp.addSkill(plan, { id: 'k1', name: 'Troubleshooting' }, o);
    plan = cp.rateSkill(plan, 'k1', { id: 'kr1', rating: 3 }, dana);
    plan = cp.signPlan(plan, { id: 'sig1' }, dana);
    plan = cp.addComment(plan, { id: 'c9', text: 'Fine', about: { kind: 'plan' } }, dana);
    expect(forged(plan, () => {})).toBeUndefined();
    const rename = (doc: Json, action: string, list: (plan: Json) => Json[]) => {
      const revision = doc.revisions.find((r: Json) => r.action === action);
      revision.by = { id: 'alex', name: 'Alex Rivera' };
      void list;
    };
    // the owner's revision adding dana's signature, rating or comment
    expect(forged(plan, (doc) => rename(doc, 'signature.add', (p) => p.signatures))).toBe('corrupt-history');
    expect(forged(plan, (doc) => rename(doc, 'skill.rate', (p) => p.skills))).toBe('corrupt-history');
    expect(forged(plan, (doc) => rename(doc, 'comment.add', (p) => p.comments))).toBe('corrupt-history');
    // a signature with a role its author did not have
    expect(
      forged(plan, (doc) => {
        doc.plan.signatures[0].role = 'owner';
        doc.revisions.find((r: Json) => r.action === 'signature.add').ops[0].value.role = 'owner';
      }),
    ).toBe('corrupt-history');
    // an advisor's revision that sets the owner's own rating
    expect(
      forged(plan, (doc) => {
        const revision = doc.revisions.find((r: Json) => r.action === 'skill.rate');
        revision.ops = [{ op: 'set', kind: 'skill', id: 'k1', set: { selfRating: 5 }, old: {} }];
        doc.plan.skills[0].selfRating = 5;
        doc.plan.skills[0].ratings = [];
      }),
    ).toBe('corrupt-history');
  });
});

describe('signatures and merge', () => {
  it('sign a given revision of the history, and refuse one it does not have', () => {
    const { plan, dana } = base();
    const [first] = cp.revisions(plan);
    const signed = cp.signPlan(plan, { revisionId: first?.id ?? null }, dana);
    expect(signed.signatures[0]?.revisionId).toBe(first?.id);
    expect(cp.signatureStatus(signed)[0]?.seq).toBe(1);
    expect(cp.signatureStatus(cp.signPlan(plan, { revisionId: null }, dana))[0]).toMatchObject({ seq: 0 });
    expect(cp.signatureStatus(signed)[0]?.changes.length).toBe(cp.revisionCount(plan) - 1);
    expect(cp.revisions(signed).at(-1)?.edit).toMatchObject({
      kind: 'signPlan',
      input: { revisionId: first?.id },
    });
    expect(codeOf(() => cp.signPlan(plan, { revisionId: 'other' }, dana))).toBe('invalid-reference');
    // a revision about private notes is not one every participant sees
    const secret = cp.addPrivateNote(plan, { text: 'Worried about money' });
    const hidden = cp.revisions(secret).at(-1)?.id as string;
    expect(codeOf(() => cp.signPlan(secret, { revisionId: hidden }, dana))).toBe('invalid-reference');
    // by default the latest revision every participant sees is signed, and the advisor's view has it
    const viewSigned = cp.signPlan(secret, {}, dana);
    expect(viewSigned.signatures[0]?.revisionId).toBe(cp.headOf(plan).id);
    const danaSees = cp.deserialize(cp.serialize(viewSigned, { for: 'dana' }));
    expect(cp.signatureStatus(danaSees)[0]?.state).toBe('unchanged');
    expect(JSON.stringify(cp.revisions(danaSees))).not.toContain(hidden);
    // a signature naming its own or a later revision is unknown, never unchanged
    const later = cp.updateGoal(cp.signPlan(plan, { id: 'sig1' }, dana), 'g1', { priority: 'low' });
    const doc = JSON.parse(cp.serialize(later)) as Json;
    const last = doc.revisions.at(-1);
    const signing = doc.revisions.at(-2);
    for (const target of [doc.plan.signatures[0], signing.ops[0].value]) target.revisionId = last.id;
    expect(cp.signatureStatus(cp.deserialize(doc))[0]?.state).toBe('unknown');
    for (const target of [doc.plan.signatures[0], signing.ops[0].value]) target.revisionId = signing.id;
    expect(cp.signatureStatus(cp.deserialize(doc))[0]?.state).toBe('unknown');
  });

  it('a merge signs what the signer saw, or reports that the merged history lacks it', () => {
    const { plan, o, dana } = base();
    const saved = cp.deserialize(cp.serialize(plan));
    // The laptop changes a goal; the counselor's tablet signs the plan as it was saved.
    const laptop = cp.updateGoal(plan, 'g1', { priority: 'low' }, o);
    const tablet = cp.signPlan(saved, { id: 'sig1' }, dana);
    const merged = cp.merge(laptop, tablet);
    expect(merged.conflicts).toEqual([]);
    const [status] = cp.signatureStatus(merged.plan);
    expect(status?.revisionId).toBe(cp.headOf(plan).id);
    expect(status?.state).toBe('changed'); // the laptop's change came after what Dana signed
    expect(status?.changes.map((change) => change.description)).toEqual([
      "Alex Rivera updated the goal 'Finish the CompTIA A+ certificate'",
    ]);
    // Signed after a change of the tablet's own: the merged history has not that revision.
    const edited = cp.updateGoal(saved, 'g2', { priority: 'high' }, o);
    const late = cp.merge(laptop, cp.signPlan(edited, { id: 'sig2' }, dana));
    expect(late.conflicts.map((conflict) => conflict.error.code)).toEqual(['invalid-reference']);
    expect(late.plan.signatures).toEqual([]);
  });
});
