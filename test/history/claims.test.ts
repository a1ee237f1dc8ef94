import { describe, expect, it } from 'vitest';
import { contentEditors } from '../../src/edits/content-editors.js';
import { participantEditors } from '../../src/edits/participants.js';
import { signatureEditors } from '../../src/edits/signatures.js';
import { rateSkillEditors } from '../../src/edits/skills.js';
import { suggestionEditors } from '../../src/edits/suggestions.js';
import { editAction } from '../../src/history/claims.js';
import * as cp from '../../src/index.js';
import { realisticPlan, wholeDocument } from '../helpers.js';

describe('what a loaded revision claims', () => {
  it('the action table that loading checks is every editor’s own action', () => {
    const editors = {
      ...contentEditors(),
      ...participantEditors,
      ...suggestionEditors,
      ...rateSkillEditors,
      ...signatureEditors,
    } as Record<string, { readonly action: unknown }>;
    expect(Object.keys(editors).length).toBeGreaterThan(60);
    for (const [kind, editor] of Object.entries(editors)) {
      const action = editAction(kind as cp.EditKind);
      const own = editor.action;
      if (action === 'background') expect(typeof own).toBe('function');
      else if (action === 'suggested') expect(own).toBe('suggestion.accept');
      else expect(own).toBe(action);
    }
  });

  it('refuses relabelled actions, false credit, times before the plan, and undo that is not the inverse', () => {
    let plan = cp.addSuggestion(
      realisticPlan(),
      { edit: { kind: 'addStrategy', goalId: 'g1', input: { title: 'Ask for a referral' } } },
      { by: 'dana' },
    );
    plan = cp.acceptSuggestion(plan, plan.suggestions.at(-1)?.id as string);
    plan = cp.addComment(plan, { text: 'Nice', about: { kind: 'plan' } }, { by: 'dana' });
    plan = cp.undo(cp.updateGoal(plan, 'g1', { priority: 'low' }));
    const text = wholeDocument(plan);
    type Rev = Record<string, unknown> & { action: string; ops: Record<string, unknown>[] };
    const forged = (change: (revisions: Rev[]) => void): string | undefined => {
      const doc = JSON.parse(text) as { revisions: Rev[] };
      change(doc.revisions);
      const result = cp.safeDeserialize(doc);
      return result.success ? undefined : result.error.code;
    };
    const find = (revisions: Rev[], action: string): Rev => revisions.find((r) => r.action === action) as Rev;
    expect(forged(() => {})).toBeUndefined();
    // an owner's goal.add relabelled as comment.add (an advisor's undo would then take the goal away)
    expect(forged((r) => (find(r, 'goal.add').action = 'comment.add'))).toBe('corrupt-history');
    // credit for a suggestion the revision does not accept, or for another advisor
    expect(forged((r) => (find(r, 'goal.add').credit = { id: 'dana', name: 'Dana (counselor)' }))).toBe(
      'corrupt-history',
    );
    expect(forged((r) => (find(r, 'strategy.add').credit = { id: 'alex', name: 'Alex Rivera' }))).toBe(
      'corrupt-history',
    );
    expect(
      forged((r) => {
        delete find(r, 'strategy.add').credit;
      }),
    ).toBe('corrupt-history');
    // a time before the plan was created
    expect(forged((r) => ((r[3] as Rev).at = '2020-01-01T00:00:00.000Z'))).toBe('corrupt-history');
    // an undo whose steps are consistent with the states but are not the inverse of its target's:
    // it sets the priority to medium instead of back to high (and the stored plan says medium)
    const doc = JSON.parse(text) as { plan: { goals: { id: string; priority: string }[] }; revisions: Rev[] };
    const undo = find(doc.revisions, 'undo');
    expect(undo.ops).toEqual([
      expect.objectContaining({ op: 'set', set: { priority: 'high' }, old: { priority: 'low' } }),
    ]);
    (undo.ops[0] as { set: Record<string, unknown> }).set = { priority: 'medium' };
    (doc.plan.goals.find((goal) => goal.id === 'g1') as { priority: string }).priority = 'medium';
    const result = cp.safeDeserialize(doc);
    expect(result.success ? undefined : result.error.message).toMatch(/does not revert exactly/);
  });
});
