import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as cp from '../../src/index.js';
import type { Plan } from '../../src/index.js';
import { PostgresPlanStore, type Queryable } from '../../examples/postgres-store.js';
import { codeOf, content } from '../helpers.js';

// The same tests on PGlite (PostgreSQL in WASM, always) and on a PostgreSQL server when
// CAREER_PLAN_PG_URL names one (.ci/run starts Debian's and sets it).
interface Backend {
  readonly name: string;
  /** A client for one writer; each call may open its own connection. */
  connect(): Promise<Queryable & { close(): Promise<void> }>;
  close(): Promise<void>;
}

function pglite(): Backend {
  const db = new PGlite();
  return {
    name: 'PGlite',
    // PGlite is one embedded database: writers share it, and their queries interleave at each await.
    connect: async () => ({ query: (sql, params) => db.query(sql, params), close: async () => {} }),
    close: () => db.close(),
  };
}

function server(url: string): Backend {
  const schema = `cp_test_${process.pid}_${Date.now()}`;
  const opened: pg.Client[] = [];
  return {
    name: 'PostgreSQL server',
    connect: async () => {
      const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema}` });
      await client.connect();
      await client.query(`create schema if not exists ${schema}`);
      opened.push(client);
      return { query: (sql, params) => client.query(sql, params), close: () => client.end() };
    },
    close: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
      await Promise.all(opened.map((c) => c.end().catch(() => undefined)));
    },
  };
}

const backends: (() => Backend)[] = [pglite];
const url = process.env.CAREER_PLAN_PG_URL;
if (url !== undefined && url !== '') backends.push(() => server(url));

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

for (const make of backends) {
  const backend = make();
  describe(`PostgresPlanStore on ${backend.name}`, () => {
    let store: PostgresPlanStore;
    beforeAll(async () => {
      store = new PostgresPlanStore(await backend.connect(), { snapshotEvery: 10 });
      await store.setup();
    });
    afterAll(() => backend.close());

    it('saves only what is new, loads from the latest snapshot, and reads the earlier history on demand', async () => {
      const env = cp.fixedEnv({ start: '2026-01-05T09:00:00.000Z', idPrefix: 'a-' });
      let plan: Plan = cp.createPlan({ owner: { id: 'alex' }, id: 'plan-a' }, { env });
      let head = await store.create(plan);
      for (let i = 0; i < 25; i++) {
        plan = cp.addGoal(plan, { title: `Goal ${i}`, kind: 'personal', horizon: 'short' }, { env });
        head = await store.append(plan, head);
      }
      expect(head).toEqual(cp.headOf(plan));
      const loaded = await store.load('plan-a');
      expect(cp.historyStart(loaded).seq).toBe(20);
      expect(content(loaded)).toEqual(content(plan));
      expect(codeOf(() => cp.revisions(loaded))).toBe('history-not-loaded');
      const whole = await store.loadEarlier(loaded);
      expect(cp.revisions(whole)).toEqual(cp.revisions(plan));
      // jsonb keeps keys in its own order: the same revisions and plan, if not the same text
      const all = await store.loadAll('plan-a');
      expect(cp.revisions(all)).toEqual(cp.revisions(plan));
      expect(content(all)).toEqual(content(plan));
      expect(cp.headHash(all)).toBe(cp.headHash(plan)); // the hash is of canonical JSON
      await expect(store.load('nope')).rejects.toMatchObject({ code: 'not-found' });
    });

    it('a stale save fails with conflict; save merges and retries, losing nothing', async () => {
      const env = cp.fixedEnv({ start: '2026-02-01T09:00:00.000Z', idPrefix: 'b-' });
      const created = cp.addGoal(
        cp.createPlan({ owner: { id: 'alex' }, id: 'plan-b' }, { env }),
        {
          id: 'g1',
          title: 'Get certified',
          kind: 'education',
          horizon: 'short',
          strategies: [{ id: 's1', title: 'Book' }],
        },
        { env },
      );
      const saved = await store.create(created);
      const laptop = cp.addGoal(
        await store.load('plan-b'),
        { title: 'Mentor', kind: 'personal', horizon: 'short' },
        { env },
      );
      const phone = cp.completeStrategy(await store.load('plan-b'), 's1', { env });
      const first = await store.save(laptop, saved);
      await expect(store.append(phone, saved)).rejects.toMatchObject({ code: 'conflict' });
      const second = await store.save(phone, saved);
      expect(second.conflicts).toEqual([]);
      const stored = await store.loadAll('plan-b');
      expect(cp.headOf(stored)).toEqual(second.head);
      expect(stored.goals.map((g) => g.title)).toEqual(['Get certified', 'Mentor']);
      expect(stored.goals[0]?.strategies[0]?.status).toBe('done');
      expect(content(stored)).toEqual(content(second.plan));
      expect(first.head.seq).toBe(2);
    });

    it('8 writers on separate connections, 200 edits each: every edit is stored exactly once', async () => {
      const owner = { id: 'alex' };
      let plan: Plan = cp.createPlan({ owner, id: 'plan-c' });
      for (let w = 1; w < 8; w++) plan = cp.addAdvisor(plan, { id: `advisor-${w}`, role: 'counselor' });
      await store.create(plan);
      const writers = Array.from({ length: 8 }, async (_, w) => {
        const db = await backend.connect();
        const mine = new PostgresPlanStore(db, { snapshotEvery: 100, retries: 1_000 });
        let local = await mine.load('plan-c');
        let head = cp.headOf(local);
        for (let i = 0; i < 200; i++) {
          await sleep(Math.random() * 3);
          const text = `writer ${w} edit ${i}`;
          local =
            w === 0
              ? cp.addNote(local, { text })
              : cp.addComment(local, { text, about: { kind: 'plan' } }, { by: `advisor-${w}` });
          const saved = await mine.save(local, head);
          expect(saved.conflicts).toEqual([]);
          local = saved.plan;
          head = saved.head;
        }
        await db.close();
      });
      await Promise.all(writers);
      const stored = await store.loadAll('plan-c');
      const texts = cp
        .revisions(stored)
        .flatMap((r) => r.ops)
        .flatMap((op) => (op.op === 'add' && typeof op.value.text === 'string' ? [op.value.text] : []));
      expect(texts).toHaveLength(1_600);
      expect(new Set(texts).size).toBe(1_600);
      for (let w = 0; w < 8; w++) for (let i = 0; i < 200; i++) expect(texts).toContain(`writer ${w} edit ${i}`);
      // the plan loaded from a snapshot equals a replay of the whole log, and the log reloads as a document
      const latest = await store.load('plan-c');
      expect(content(latest)).toEqual(content(stored));
      expect(content(cp.deserialize(cp.serialize(stored)))).toEqual(content(stored));
      expect(stored.notes).toHaveLength(200);
      expect(stored.comments).toHaveLength(1_400);
    }, 240_000);
  });
}
