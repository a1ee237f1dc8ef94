import { beforeAll, describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import { toICalendar, toMarkdown } from '../../src/export/index.js';
import { allViews, deepNesting, manyChanges, manyInserts, manyLinks, sharedSubtrees } from '../hostile-shapes.js';

// Documents within the default limits whose shape once made a later call slow (issue "hostile
// histories": 50 goals linking the same 1,000 resources made toMarkdown take 20 s). Each call
// gets a generous one-second timeout; the bench measures costs, this only proves none explodes.
describe('hostile documents cost no call more than a second', () => {
  let linked: cp.Plan;
  beforeAll(() => {
    linked = cp.deserialize(manyLinks(50, 1_000).input);
  }, 60_000);

  it('toMarkdown of 50 goals each linking the same 1,000 resources', { timeout: 1_000 }, () => {
    expect(toMarkdown(linked)).toContain('Resource 999');
  });

  it('the other views of the same plan', { timeout: 1_000 }, () => {
    expect(cp.progress(linked, { today: '2026-02-01' }).goals).toHaveLength(50);
    expect(cp.nextActions(linked, { today: '2026-02-01' })).toEqual([]);
    expect(toICalendar(linked)).toContain('BEGIN:VCALENDAR');
    expect(cp.checkGoal(linked.goals[0] as cp.Goal, { today: '2026-02-01' })).toBeDefined();
  });

  it('removing a resource that 50 goals link to', { timeout: 1_000 }, () => {
    expect(cp.removeResource(linked, 'r5').goals[0]?.resourceIds).toHaveLength(999);
  });
});

// The other shapes of the review (test/hostile-shapes.ts, which the bench measures for growth),
// at sizes well within the default limits: loading each gets a few seconds, every later call one.
describe('every shape of hostile document, loaded, costs no later call more than a second', () => {
  const shapes = {
    'many inserts (5,000 goals, each added and moved to the front)': () => manyInserts(5_000),
    'many changes (5,000 goals, then 5,000 changes to the last)': () => manyChanges(5_000),
    'deep nesting (1,000 stage data changes, 62 levels each)': () => deepNesting(1_000),
    'shared subtrees (stage data sharing its objects 14 levels deep)': () => sharedSubtrees(14),
  };
  const loaded = new Map<string, cp.Plan>();
  beforeAll(() => {
    for (const [name, make] of Object.entries(shapes)) {
      const doc = make();
      loaded.set(name, cp.deserialize(doc.input, doc.options));
    }
  }, 60_000);

  for (const name of Object.keys(shapes)) {
    it(`${name}: every view`, { timeout: 1_000 }, () => {
      expect(allViews(loaded.get(name) as cp.Plan)).toBeGreaterThan(0);
    });
    it(`${name}: an edit and its undo, and a save of what is new`, { timeout: 1_000 }, () => {
      const plan = loaded.get(name) as cp.Plan;
      const edited = cp.updatePlan(plan, { title: 'Renamed' });
      expect(cp.undo(edited).title).toBe(plan.title);
      expect(cp.revisionsSince(edited, cp.revisionCount(plan)).revisions).toHaveLength(1);
    });
  }

  it(
    'a parsed document sharing its objects 40 levels deep (a trillion objects as text) is refused at once',
    {
      timeout: 1_000,
    },
    () => {
      const doc = sharedSubtrees(40);
      expect(() => cp.deserialize(doc.input, doc.options)).toThrow(expect.objectContaining({ code: 'too-large' }));
    },
  );
});
