import { describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { codeOf, realisticPlan } from '../helpers.js';

/** The same JSON value with every object's keys in reverse order (as a database may keep them). */
const reversed = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reversed);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
};

describe('headHash', () => {
  it('is the same for the same history, whatever the order of keys, loaded or in memory', () => {
    const plan = realisticPlan();
    const kept = cp.headHash(plan);
    expect(kept).toMatch(/^[0-9a-f]{64}$/);
    expect(cp.headHash(realisticPlan())).toBe(kept);
    expect(cp.headHash(cp.deserialize(cp.serialize(plan)))).toBe(kept);
    expect(cp.headHash(cp.deserialize(reversed(JSON.parse(cp.serialize(plan)))))).toBe(kept);
    // asked again after more edits, it hashes the new revisions onto the old head
    const more = cp.addNote(plan, { text: 'One more' });
    expect(cp.headHash(more)).not.toBe(kept);
    expect(cp.headHash(cp.deserialize(cp.serialize(more)))).toBe(cp.headHash(more));
    expect(cp.headHash(cp.planAt(more, cp.revisionCount(plan)))).toBe(kept);
  });

  it('a document rewritten anywhere in its history, or cut short, no longer matches the head kept', () => {
    const clock = cp.fixedEnv({ start: '2026-01-05T09:00:00.000Z' });
    const env = () => clock;
    const created = cp.createPlan({ owner: { id: 'alex' }, id: 'p' }, { env: env() });
    const honest = cp.addGoal(created, { id: 'g', title: 'X', kind: 'skill', horizon: 'short' }, { env: env() });
    // the same plan today, reached by another history: a consistent rewrite that loads on its own
    const rewritten = cp.updateGoal(
      cp.addGoal(created, { id: 'g', title: 'Y', kind: 'skill', horizon: 'short' }, { env: env() }),
      'g',
      { title: 'X' },
      { env: env() },
    );
    expect(rewritten.goals).toEqual(honest.goals);
    const kept = cp.headHash(honest);
    expect(cp.deserialize(cp.serialize(honest), { headHash: kept }).goals).toHaveLength(1);
    expect(codeOf(() => cp.deserialize(cp.serialize(rewritten), { headHash: kept }))).toBe('corrupt-history');
    const longer = cp.addNote(honest, { text: 'n' }, { env: env() });
    expect(codeOf(() => cp.deserialize(cp.serialize(honest), { headHash: cp.headHash(longer) }))).toBe(
      'corrupt-history',
    );
    expect(codeOf(() => cp.deserialize(cp.serialize(honest), { headHash: 'abc' }))).toBe('invalid-input');
    expect(codeOf(() => cp.headHash(cp.fromSnapshot(cp.toSnapshot(honest))))).toBe('history-not-loaded');
    expect(codeOf(() => cp.headHash({ ...honest } as cp.Plan))).toBe('invalid-plan');
  });
});
