// A reference store of career plans on PostgreSQL, as revision logs: a save appends the revisions
// since the last one, naming the head it extends, so a stale save fails and is merged and
// retried; a snapshot every so often keeps loading short. Tested on PGlite (PostgreSQL in WASM)
// in `npm test`, and on a PostgreSQL server in CI. Copy it into your app and adapt it.
//
// It needs only a client with `query(sql, params)` returning `{ rows }`: node-postgres's `Pool`
// or `Client`, or PGlite. The tables are in SCHEMA below; `(plan_id, seq)` is the primary key of
// the log, so two devices cannot both write revision 42 of one plan.
import {
  CareerPlanError,
  FORMAT_VERSION,
  appendRevisions,
  fromSnapshot,
  headOf,
  historyStart,
  loadEarlier,
  merge,
  planAt,
  revisionsSince,
  toSnapshot,
  type DeserializeOptions,
  type MergeConflict,
  type MergeOptions,
  type Plan,
  type PlanSnapshot,
  type Revision,
  type RevisionPoint,
} from 'career-plan';

/** What the store needs of a PostgreSQL client (node-postgres and PGlite both have it). */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** The tables: one row per revision, and a snapshot now and then (always one at 0: the plan as created). */
export const SCHEMA = [
  `create table if not exists career_plan_revisions (
     plan_id  text    not null,
     seq      integer not null check (seq > 0),
     revision jsonb   not null,
     primary key (plan_id, seq)
   )`,
  `create table if not exists career_plan_snapshots (
     plan_id  text    not null,
     seq      integer not null check (seq >= 0),
     snapshot jsonb   not null,
     primary key (plan_id, seq)
   )`,
];

// One statement, so it is atomic: insert the tail only if the plan exists, the stored head is
// the one the tail follows, and nothing was stored after it. Two writers that both pass the check
// at once collide on the primary key (23505) and one of them fails: both ways, a conflict.
const APPEND = `
  insert into career_plan_revisions (plan_id, seq, revision)
  select $1, (r->>'seq')::integer, r
  from jsonb_array_elements($2::jsonb) as r
  where exists (select 1 from career_plan_snapshots where plan_id = $1 and seq = 0)
    and not exists (select 1 from career_plan_revisions where plan_id = $1 and seq > $3::integer)
    and ($3::integer = 0
         or exists (select 1 from career_plan_revisions
                    where plan_id = $1 and seq = $3::integer and revision->>'id' = $4))
  returning seq`;

/** How the store behaves: how often it keeps a snapshot, and how plans are loaded. */
export interface StoreOptions {
  /** Keep a snapshot every this many revisions (default 100). */
  readonly snapshotEvery?: number;
  /** The processes, policy and limits plans are loaded with (as for `deserialize`). */
  readonly load?: DeserializeOptions;
  /** How many times `save` merges and retries before giving up (default 20). */
  readonly retries?: number;
}

/** What `save` returns: the plan as stored (merged with what others saved), its head, and any conflicts. */
export interface Saved<P extends Plan> {
  readonly plan: P;
  readonly head: RevisionPoint;
  readonly conflicts: readonly MergeConflict[];
}

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

export class PostgresPlanStore {
  readonly #db: Queryable;
  readonly #every: number;
  readonly #load: DeserializeOptions;
  readonly #retries: number;

  constructor(db: Queryable, options: StoreOptions = {}) {
    this.#db = db;
    this.#every = options.snapshotEvery ?? 100;
    this.#load = options.load ?? {};
    this.#retries = options.retries ?? 20;
  }

  /** Creates the tables if they are not there. */
  async setup(): Promise<void> {
    for (const statement of SCHEMA) await this.#db.query(statement);
  }

  /** Stores a new plan: its snapshot at 0 (the plan as created) and its revisions so far. */
  async create(plan: Plan): Promise<RevisionPoint> {
    const created = toSnapshot(planAt(plan, 0));
    await this.#db.query('insert into career_plan_snapshots (plan_id, seq, snapshot) values ($1, 0, $2::jsonb)', [
      plan.id,
      JSON.stringify(created),
    ]);
    return this.append(plan, created.at);
  }

  /**
   * Appends the revisions of `plan` after `saved` (the head this device last saved or loaded).
   * Fails with `conflict` when the store's head is not `saved`: someone saved in between.
   */
  async append(plan: Plan, saved: RevisionPoint): Promise<RevisionPoint> {
    const tail = revisionsSince(plan, saved.seq);
    if (tail.revisions.length === 0) return saved;
    let rows: unknown[];
    try {
      ({ rows } = await this.#db.query(APPEND, [plan.id, JSON.stringify(tail.revisions), saved.seq, saved.id]));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      rows = [];
    }
    if (rows.length === 0) {
      throw new CareerPlanError('conflict', `Plan ${plan.id} has changed in the store since revision ${saved.seq}`, {
        expected: saved,
      });
    }
    const head = headOf(plan);
    // A snapshot when the head crosses a multiple of snapshotEvery (a lost race here only loses a snapshot).
    if (Math.floor(head.seq / this.#every) > Math.floor(saved.seq / this.#every)) {
      await this.#db.query(
        `insert into career_plan_snapshots (plan_id, seq, snapshot) values ($1, $2, $3::jsonb)
         on conflict do nothing`,
        [plan.id, head.seq, JSON.stringify(toSnapshot(plan))],
      );
    }
    return head;
  }

  /** The revisions stored after `seq`, oldest first. */
  async #revisionsAfter(id: string, seq: number, upTo = 2 ** 31 - 1): Promise<Revision[]> {
    const { rows } = await this.#db.query(
      'select revision from career_plan_revisions where plan_id = $1 and seq > $2 and seq <= $3 order by seq',
      [id, seq, upTo],
    );
    return rows.map((row) => (row as { revision: Revision }).revision);
  }

  async #snapshot(id: string, latest: boolean): Promise<PlanSnapshot> {
    const { rows } = await this.#db.query(
      `select snapshot from career_plan_snapshots where plan_id = $1 order by seq ${latest ? 'desc' : 'asc'} limit 1`,
      [id],
    );
    const row = rows[0] as { snapshot: PlanSnapshot } | undefined;
    if (row === undefined) throw new CareerPlanError('not-found', `No plan ${id} in the store`, { kind: 'plan', id });
    return row.snapshot;
  }

  /** Loads a plan from its latest snapshot and the revisions after it (earlier history: `loadEarlier`). */
  async load(id: string): Promise<Plan> {
    const snapshot = await this.#snapshot(id, true);
    return fromSnapshot(
      snapshot,
      this.#tail(id, snapshot.at, await this.#revisionsAfter(id, snapshot.at.seq)),
      this.#load,
    );
  }

  /** Loads a plan with its whole history: the snapshot at 0 and every revision. */
  async loadAll(id: string): Promise<Plan> {
    const created = await this.#snapshot(id, false);
    return fromSnapshot(created, this.#tail(id, created.at, await this.#revisionsAfter(id, 0)), this.#load);
  }

  /** Adds the history before the snapshot a plan was loaded from. */
  async loadEarlier<P extends Plan>(plan: P): Promise<P> {
    const start = historyStart(plan);
    if (start.seq === 0) return plan;
    const { rows } = await this.#db.query(
      'select snapshot from career_plan_snapshots where plan_id = $1 and seq = $2',
      [plan.id, start.seq],
    );
    const snapshot = (rows[0] as { snapshot: PlanSnapshot } | undefined)?.snapshot;
    if (snapshot === undefined)
      throw new CareerPlanError('not-found', `No snapshot at ${start.seq}`, { seq: start.seq });
    // A document of whole revisions, as the rows keep them, without the plan as created: loading
    // finds that by undoing them.
    const document = {
      format: 'career-plan',
      version: snapshot.version,
      process: snapshot.process,
      plan: snapshot.plan,
      revisions: await this.#revisionsAfter(plan.id, 0, start.seq),
    };
    return loadEarlier(plan, document, this.#load);
  }

  #tail(id: string, after: RevisionPoint, revisions: readonly Revision[]) {
    return { format: 'career-plan-revisions', version: FORMAT_VERSION, plan: id, after, revisions };
  }

  /**
   * Saves what is new in `plan` since `saved`. When others saved in between, reads what they
   * saved, merges this plan's new revisions onto it (`merge(stored, local)`), and tries again.
   */
  async save<P extends Plan>(plan: P, saved: RevisionPoint, options: MergeOptions = {}): Promise<Saved<P>> {
    const conflicts: MergeConflict[] = [];
    let local: P = plan;
    let base = saved;
    for (let attempt = 0; ; attempt++) {
      try {
        return { plan: local, head: await this.append(local, base), conflicts };
      } catch (error) {
        if (!(error instanceof CareerPlanError && error.code === 'conflict') || attempt >= this.#retries) throw error;
      }
      const theirs = await this.#revisionsAfter(plan.id, base.seq);
      const stored = appendRevisions(planAt(local, base.seq), this.#tail(plan.id, base, theirs));
      const merged = merge(stored, local, options);
      conflicts.push(...merged.conflicts);
      local = merged.plan;
      base = headOf(stored);
    }
  }
}
