// Benchmarks: each figure is a ratio to a baseline measured in the same run, so they compare
// across machines. Run with `npm run bench` (node --expose-gc). Writes bench/results.json.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { summarize } from './stats.js';
import { Immer, enablePatches, type Patch } from 'immer';
import * as cp from '../src/index.js';
import { interestHexagon, timeline } from '../src/pictures/index.js';
import { toICalendar } from '../src/export/index.js';
import { invertOperations } from '../src/model/operation.js';
import { applyOperations } from '../src/history/operations.js';

enablePatches();

type Plan = cp.Plan<cp.CareerStageId>;
const results: Record<string, number> = {};
const targets: Record<string, string> = {};
/** The interquartile range of each interleaved ratio (its 25th and 75th percentiles), beside its median. */
const spread: Record<string, readonly [number, number]> = {};
let lastSpread: readonly [number, number] | undefined;

/** Median nanoseconds per call of `fn`, over `batches` batches of `iterations` calls. */
function measure(fn: (i: number) => unknown, iterations: number, batches = 15): number {
  for (let i = 0; i < iterations; i++) fn(i); // warm up
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn(i);
    samples.push(Number(process.hrtime.bigint() - start) / iterations);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

/**
 * The median, over `rounds`, of the ratio of `fn` to `baseline`, each timed over `iterations`
 * calls in the same round: interleaving keeps garbage collection and JIT state from favouring
 * whichever runs first. Both are warmed up together for at least a fifth of a second first, so
 * that neither is measured while the engine still compiles it, and a round has at least 10 ms of
 * `fn` (more calls than `iterations` when one is quick), so that the timer and the scheduler do
 * not decide it: rounds of 1 ms gave `checkGoal_vs_loop` anywhere from 0.7 to 2.2.
 */
function ratio(fn: () => unknown, baseline: () => unknown, iterations: number, rounds = 21): number {
  const warm = performance.now() + 200;
  let spent = 0;
  let calls = 0;
  do {
    const start = performance.now();
    for (let i = 0; i < iterations; i++) fn();
    spent += performance.now() - start;
    calls += iterations;
    for (let i = 0; i < iterations; i++) baseline();
  } while (performance.now() < warm);
  iterations = Math.max(iterations, Math.ceil((10 * calls) / spent));
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const a = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    const b = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) baseline();
    const c = process.hrtime.bigint();
    ratios.push(Number(b - a) / Number(c - b));
  }
  const { median, spread } = summarize(ratios);
  lastSpread = spread;
  return median;
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** Records a figure; a ratio measured by `ratio` just before is reported with its spread. */
function report(name: string, value: number, target?: string, measured = lastSpread): void {
  lastSpread = undefined;
  results[name] = round(value);
  if (target) targets[name] = target;
  if (measured !== undefined) spread[name] = [round(measured[0]), round(measured[1])];
  const range = measured === undefined ? '' : `(${round(measured[0])} to ${round(measured[1])})`;
  console.log(`${name.padEnd(32)} ${results[name]!.toString().padStart(10)} ${range.padEnd(22)} ${target ?? ''}`);
}

/** A plan of `goals` goals (50 by default) with 10 strategies each. */
function bigPlan(env: cp.Env, goals = 50): Plan {
  let plan = cp.createPlan({ owner: { id: 'alex', name: 'Alex' } }, { env });
  for (let g = 0; g < goals; g++) {
    plan = cp.addGoal(
      plan,
      {
        id: `g${g}`,
        title: `Goal ${g}`,
        kind: 'skill',
        horizon: 'short',
        targetDate: '2027-01-01',
        strategies: Array.from({ length: 10 }, (_, s) => ({
          id: `g${g}s${s}`,
          title: `Strategy ${s} of goal ${g}`,
          byWho: 'me',
          dueDate: '2026-12-01',
        })),
      },
      { env },
    );
  }
  return plan;
}

/** Grows a plan's history to `count` revisions with one-field strategy changes. */
function grow(plan: Plan, count: number, env: cp.Env): Plan {
  let next = plan;
  for (let i = cp.revisionCount(next); i < count; i++) {
    next = cp.updateStrategy(next, `g${i % 50}s${i % 10}`, { title: `Revised ${i}` }, { env });
  }
  return next;
}

const env = cp.defaultEnv;
const base = bigPlan(env);

// 1. One real one-field edit (every sample changes the title to a new value) with its revision
//    vs a bare produceWithPatches (auto-freeze on) of the same change, on plans of 50 and 500
//    goals (10 strategies each); and the edit and an addStrategy on 500 goals vs on 50. Edits
//    are chained (plan = edit(plan)), as an app makes them.
{
  const floor = new Immer({ autoFreeze: true });
  const g = 17;
  const s = 3;
  const plan100 = grow(base, 100, env);
  const plan500 = grow(bigPlan(env, 500), 100, env);
  let n = 0;
  const chain = (start: Plan) => {
    let plan = start;
    return {
      edit: (): unknown => (plan = cp.updateStrategy(plan, `g${g}s${s}`, { title: `Revised ${n++}` }, { env })),
      add: (): unknown => (plan = cp.addStrategy(plan, `g${n % 50}`, { title: `Added ${n++}` }, { env })),
      floor: (): unknown =>
        floor.produceWithPatches(start as cp.PlanData, (draft) => {
          const strategy = draft.goals[g]?.strategies[s];
          if (strategy) strategy.title = `Revised ${n++}`;
        }),
    };
  };
  const small = chain(plan100);
  const large = chain(plan500);
  const edit = measure(small.edit, 2000);
  const bare = measure(small.floor, 2000);
  report('edit_vs_immer_floor', ratio(small.edit, small.floor, 500), 'target <= 1.4');
  report('edit_vs_immer_floor_500', ratio(large.edit, large.floor, 500), 'target <= 1.4');
  report('edit_500_vs_50_goals', ratio(large.edit, small.edit, 500), 'target <= 1.3');
  report('add_500_vs_50_goals', ratio(large.add, small.add, 500), 'target <= 1.3');
  results.edit_us = Math.round(edit / 10) / 100;
  results.immer_floor_us = Math.round(bare / 10) / 100;
  const editOnce = (i: number): unknown => cp.updateStrategy(plan100, `g${g}s${s}`, { title: `Once ${i}` }, { env });

  // 2. The same edit at 100,000 revisions vs at 100.
  const plan100k = grow(plan100, 100_000, env);
  const bigOnce = (i: number): unknown => cp.updateStrategy(plan100k, `g${g}s${s}`, { title: `Once ${i}` }, { env });
  report(
    'edit_growth_100k_vs_100',
    ratio(
      () => bigOnce(n++),
      () => editOnce(n++),
      500,
    ),
    'target <= 1.5',
  );

  // planAt anywhere in 100,000 revisions: near the root vs 100 back from the head, and by the
  // instant of a revision half way back vs by its sequence number.
  const last = cp.revisionCount(plan100k);
  report(
    'planAt_root_vs_head_100k',
    ratio(
      () => cp.planAt(plan100k, 100),
      () => cp.planAt(plan100k, last - 100),
      200,
    ),
    'target <= 2',
  );
  const middle = cp.revisions(plan100k)[Math.floor(last / 2)]!;
  // The same point both ways: the revision that instant finds (several share a millisecond).
  const found = cp.revisionCount(cp.planAt(plan100k, middle.at));
  report(
    'planAt_instant_vs_seq',
    ratio(
      () => cp.planAt(plan100k, middle.at),
      () => cp.planAt(plan100k, found),
      200,
    ),
    'target <= 2',
  );

  // The first planAt 100 back from the head on a plan just loaded (whose only checkpoint is the
  // root until states are built) vs the same call in memory: five loads, each timed once, each
  // against the in-memory call timed right after it.
  {
    const text = cp.serialize(plan100k);
    const rounds: number[] = [];
    for (let r = 0; r < 5; r++) {
      (globalThis as { gc?: () => void }).gc?.();
      const loaded = cp.deserialize(text);
      const a = process.hrtime.bigint();
      cp.planAt(loaded, last - 100 - r);
      const b = process.hrtime.bigint();
      cp.planAt(plan100k, last - 100 - r);
      const c = process.hrtime.bigint();
      rounds.push(Number(b - a) / Number(c - b));
    }
    rounds.sort((x, y) => x - y);
    report('loaded_planAt_first_vs_memory', rounds[2] as number, 'target <= 1.5', [
      rounds[1] as number,
      rounds[3] as number,
    ]);
  }

  // 4. planAt 5,000 revisions back in a 10,000-revision history vs undoing the same 5,000
  //    revisions' operations in one pass.
  const plan10k = grow(base, 10_000, env);
  const history = cp.revisions(plan10k);
  const backwards = history.slice(5_000).flatMap((revision) => revision.ops);
  report(
    'planAt_vs_replay_10k',
    ratio(
      () => cp.planAt(plan10k, 5_000),
      () => applyOperations(plan10k as cp.PlanData, invertOperations(backwards), false),
      1,
      9,
    ),
    'target <= 0.1',
  );
}

// 3. Building a history: this library (a revision per edit, with its edit and operations) vs
//    what a good engineer would write with immer instead: produceWithPatches for the plan, and
//    the patches kept in a plain array outside the immer state. 2,000 edits a round, interleaved.
{
  const outside = new Immer({ autoFreeze: true });
  const immerHistory = (): unknown => {
    let plan = base as cp.PlanData;
    const history: { at: string; patches: Patch[]; inversePatches: Patch[] }[] = [];
    for (let i = 0; i < 2_000; i++) {
      const [next, patches, inversePatches] = outside.produceWithPatches(plan, (draft) => {
        const strategy = draft.goals[i % 50]?.strategies[i % 10];
        if (strategy) strategy.title = `Revised ${i}`;
      });
      plan = next as cp.PlanData;
      history.push({ at: env.now(), patches, inversePatches });
    }
    return history;
  };
  report(
    'history_2k_vs_immer_outside',
    ratio(() => grow(base, 2_000, env), immerHistory, 1, 7),
    'target <= 1.5',
  );
}

// 5. Retained heap per revision of a one-field change.
{
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) {
    console.log('bytes_per_revision: run with node --expose-gc');
  } else {
    let plan: Plan | null = grow(base, 100, env);
    gc();
    const before = process.memoryUsage().heapUsed;
    const count = 20_000;
    plan = grow(plan, 100 + count, env);
    gc();
    const after = process.memoryUsage().heapUsed;
    report('bytes_per_revision', (after - before) / count, 'target <= 700 (issue 14)');
    if (cp.revisionCount(plan) !== 100 + count) throw new Error('history lost');
  }
}

// 6. Reading and writing a document: a plan of 50 goals x 10 strategies with 1,000 revisions.
//    The heap is collected first, so the 100,000-revision plans built above do not weigh on it.
{
  (globalThis as { gc?: () => void }).gc?.();
  const plan = grow(base, 1_000, env);
  const text = cp.serialize(plan);
  const plain: unknown = JSON.parse(text);
  // The same history written whole: the plan and its revisions as `revisions` gives them, as
  // format 4 wrote them (and as an app that kept the history itself would store it). Format 5
  // leaves out of each revision what loading derives (29% fewer bytes here), so JSON.parse of
  // its own document is no longer the measure of the data loading reads.
  const whole = JSON.stringify({
    ...cp.toDocument(plan),
    version: 4,
    created: undefined,
    revisions: cp.revisions(plan),
  });
  report(
    'deserialize_vs_json_parse',
    ratio(
      () => cp.deserialize(text),
      () => JSON.parse(whole),
      8,
      31,
    ),
    'target <= 3.5: JSON.parse of the same history written whole (format 4)',
  );
  report(
    'deserialize_vs_json_parse_same_document',
    ratio(
      () => cp.deserialize(text),
      () => JSON.parse(text),
      8,
      31,
    ),
    'reference: JSON.parse of the format-5 document itself',
  );
  report(
    'zod_parse_vs_json_parse',
    ratio(
      () => cp.documentSchema.parse(JSON.parse(text)),
      () => JSON.parse(text),
      4,
    ),
    'reference: JSON.parse plus the document schema alone',
  );
  // Undo on a loaded plan vs the same undo on the plan made in memory.
  const loaded = cp.deserialize(text);
  report(
    'loaded_undo_vs_memory',
    ratio(
      () => cp.undo(loaded, { env }),
      () => cp.undo(plan, { env }),
      200,
    ),
    'target <= 1.5',
  );
  report(
    'serialize_vs_json_stringify',
    ratio(
      () => cp.serialize(plan),
      () => JSON.stringify(plain),
      4,
    ),
    'target <= 2',
  );
  results.document_kib = Math.round(text.length / 1024);
  // Bytes of document per one-field revision: the revisions of the one-field edits as the
  // document holds them (the 50 that added the goals, each with its ten strategies, are left out).
  const oneField = (JSON.parse(text) as { revisions: { edit?: { kind: string } }[] }).revisions.filter(
    (revision) => revision.edit?.kind === 'updateStrategy',
  );
  report('document_bytes_per_revision', JSON.stringify(oneField).length / oneField.length, 'target <= 250 (issue 14)');

  // viewFor leaves the plan as it was: an undo after a view was made vs before.
  const owner = cp.addAdvisor(plan, { id: 'dana', role: 'counselor' }, { env });
  const before = (): unknown => cp.undo(owner, { env });
  const untouched = cp.addAdvisor(plan, { id: 'dana', role: 'counselor' }, { env });
  cp.viewFor(untouched, 'dana');
  report(
    'undo_after_viewFor_vs_before',
    ratio(() => cp.undo(untouched, { env }), before, 200),
    'target <= 1.5',
  );
}

// 7. Two devices: one save (the revisions since the last save, as JSON) at 20,000 revisions vs at
//    100; loading a snapshot and the 100 revisions after it vs a whole 10,000-revision document;
//    merging 100 edits onto a 10,000-revision plan vs applying the same 100 edits to it.
{
  (globalThis as { gc?: () => void }).gc?.();
  const small = cp.updateGoal(grow(base, 100, env), 'g3', { priority: 'high' }, { env });
  const large = cp.updateGoal(grow(base, 20_000, env), 'g3', { priority: 'high' }, { env });
  const save = (plan: Plan) => (): string => JSON.stringify(cp.revisionsSince(plan, cp.revisionCount(plan) - 1));
  report('save_growth_20k_vs_100', ratio(save(large), save(small), 2_000), 'target <= 1.5');
  report('save_bytes_20k_vs_100', save(large)().length / save(small)().length, 'target <= 1.5');
  report(
    'serialize_vs_save_20k',
    ratio(() => cp.serialize(large), save(large), 1, 5),
    'reference: writing the whole document against one save',
  );

  const plan = grow(base, 10_000, env);
  const snapshot = JSON.stringify(cp.toSnapshot(cp.planAt(plan, 9_900)));
  const tail = JSON.stringify(cp.revisionsSince(plan, 9_900));
  const whole = cp.serialize(plan);
  report(
    'load_tail_vs_full_10k',
    ratio(
      () => cp.fromSnapshot(snapshot, tail),
      () => cp.deserialize(whole),
      2,
      11,
    ),
    'target <= 0.1',
  );

  const edits: cp.Edit[] = Array.from({ length: 100 }, (_, i) => ({
    kind: 'updateStrategy',
    id: `g${(i * 7) % 50}s${i % 10}`,
    changes: { title: `Merged ${i}` },
  }));
  const applyAll = (onto: Plan): Plan => edits.reduce((p, edit) => cp.applyEdit(p, edit, { env }), onto);
  const theirs = applyAll(plan);
  const ours = cp.updateGoal(plan, 'g49', { priority: 'low' }, { env });
  report(
    'merge_100_vs_apply_100',
    ratio(
      () => cp.merge(ours, theirs, { env }),
      () => applyAll(ours),
      5,
    ),
    'target <= 2',
  );
}

// 8. Views against a plain loop writing the same output, on 500 goals x 10 strategies: the
//    iCalendar text (the loop escapes text as RFC 5545 asks; no line is long enough to fold) and
//    the progress figures.
{
  (globalThis as { gc?: () => void }).gc?.();
  const plan = bigPlan(env, 500);
  const fixed = cp.fixedEnv({ start: '2026-11-01T00:00:00.000Z' });
  const stamp = '20261101T000000Z';
  const esc = (value: string): string => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
  const status: Record<string, string> = {
    todo: 'NEEDS-ACTION',
    'in-progress': 'IN-PROCESS',
    done: 'COMPLETED',
    skipped: 'CANCELLED',
  };
  const goalStatus: Record<string, string> = {
    open: 'NEEDS-ACTION',
    'in-progress': 'IN-PROCESS',
    achieved: 'COMPLETED',
    dropped: 'CANCELLED',
  };
  const priority: Record<string, number> = { high: 1, medium: 5, low: 9 };
  const loop = (): string => {
    const uid = (id: string): string => `${id}.${plan.id}@career-plan`;
    let out =
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//career-plan//career-plan//EN\r\nCALSCALE:GREGORIAN\r\n' +
      `X-WR-CALNAME:${esc(plan.title)}\r\n`;
    for (const goal of plan.goals) {
      for (const s of goal.strategies) {
        if (s.dueDate === undefined) continue;
        const by = s.byWho === undefined ? [] : [`By: ${s.byWho}`];
        const description = [`Goal: ${goal.title}`, ...by].join('\n');
        out +=
          `BEGIN:VTODO\r\nUID:${uid(s.id)}\r\nDTSTAMP:${stamp}\r\n` +
          `DUE;VALUE=DATE:${s.dueDate.replaceAll('-', '')}\r\nSUMMARY:${esc(s.title)}\r\n` +
          `DESCRIPTION:${esc(description)}\r\nSTATUS:${status[s.status]}\r\n` +
          `PRIORITY:${priority[goal.priority]}\r\nRELATED-TO:${uid(goal.id)}\r\nEND:VTODO\r\n`;
      }
      if (goal.targetDate === undefined) continue;
      out +=
        `BEGIN:VTODO\r\nUID:${uid(goal.id)}\r\nDTSTAMP:${stamp}\r\n` +
        `DUE;VALUE=DATE:${goal.targetDate.replaceAll('-', '')}\r\nSUMMARY:${esc(`Goal: ${goal.title}`)}\r\n` +
        `STATUS:${goalStatus[goal.status]}\r\nPRIORITY:${priority[goal.priority]}\r\n` +
        `CATEGORIES:${goal.kind}\r\nEND:VTODO\r\n`;
    }
    return `${out}END:VCALENDAR\r\n`;
  };
  if (toICalendar(plan, { env: fixed }).length !== loop().length)
    throw new Error('the loop does not write the same text');
  report(
    'icalendar_vs_loop',
    ratio(() => toICalendar(plan, { env: fixed }), loop, 5),
    'target <= 3',
  );

  const today = '2026-11-15';
  const plainProgress = (): unknown => {
    const count = (strategies: readonly cp.Strategy[]) => {
      let done = 0;
      let total = 0;
      let overdue = 0;
      for (const s of strategies) {
        if (s.status === 'skipped') continue;
        total++;
        if (s.status === 'done') done++;
        else if (s.dueDate !== undefined && s.dueDate < today) overdue++;
      }
      return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100), overdue };
    };
    const goals = [];
    let done = 0;
    let total = 0;
    let overdue = 0;
    for (const goal of plan.goals) {
      const c = count(goal.strategies);
      done += c.done;
      total += c.total;
      overdue += c.overdue;
      goals.push({ goalId: goal.id, title: goal.title, status: goal.status, ...c });
    }
    const now = Date.parse(`${today}T00:00:00.000Z`);
    const stages = cp.careerProcess.stages.map((stage) => {
      let visits = 0;
      let ms = 0;
      for (const visit of plan.journey) {
        if (visit.stage !== stage.id) continue;
        visits++;
        ms += Math.max(0, (visit.leftAt === undefined ? now : Date.parse(visit.leftAt)) - Date.parse(visit.enteredAt));
      }
      return { stage: stage.id, title: stage.title, visits, days: Math.round(ms / 8_640_000) / 10 };
    });
    return {
      goals,
      overall: { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100), overdue },
      stages,
    };
  };
  report(
    'progress_vs_loop',
    ratio(() => cp.progress(plan, { today }), plainProgress, 20),
    'target <= 2',
  );

  const rank: Record<string, number> = { high: 0, medium: 1, low: 2 };
  const day = (date: string): number => Date.parse(`${date}T00:00:00Z`);
  type Action = Record<string, unknown> & { overdue: boolean; dueDate?: string; priority: string };
  const plainNext = (): unknown => {
    const open: { order: number; action: Action }[] = [];
    for (const goal of plan.goals) {
      if (goal.status === 'achieved' || goal.status === 'dropped') continue;
      for (const s of goal.strategies) {
        if (s.status !== 'todo' && s.status !== 'in-progress') continue;
        const due = s.dueDate;
        const action: Action = {
          strategyId: s.id,
          title: s.title,
          goalId: goal.id,
          goalTitle: goal.title,
          priority: goal.priority,
          status: s.status,
          overdue: due !== undefined && due < today,
        };
        if (s.byWho !== undefined) action.byWho = s.byWho;
        if (due !== undefined) {
          action.dueDate = due;
          action.daysUntilDue = Math.round((day(due) - day(today)) / 86_400_000);
        }
        open.push({ order: open.length, action });
      }
    }
    open.sort((a, b) => {
      if (a.action.overdue !== b.action.overdue) return a.action.overdue ? -1 : 1;
      const da = a.action.dueDate;
      const db = b.action.dueDate;
      if (da !== db) return da === undefined ? 1 : db === undefined ? -1 : da < db ? -1 : 1;
      return (rank[a.action.priority] as number) - (rank[b.action.priority] as number) || a.order - b.order;
    });
    return open.map((entry) => entry.action);
  };
  report(
    'nextActions_vs_loop',
    ratio(() => cp.nextActions(plan, { today }), plainNext, 10),
    'target <= 2',
  );

  // checkGoal on every goal (Doran's rules, the default) vs a plain loop writing the same
  // findings: the horizon limits computed once, the rules inline.
  const addMonths = (date: string, months: number): string => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const total = y * 12 + (m - 1) + months;
    const year = Math.floor(total / 12);
    const month = total - year * 12 + 1;
    const day = Math.min(d, new Date(Date.UTC(year, month, 0)).getUTCDate());
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  };
  const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';
  const plainCheck = (): unknown => {
    const shortLimit = addMonths(today, 12);
    const longLimit = addMonths(today, 60);
    return plan.goals.map((goal) => {
      const findings: { code: string; criterion: string; message: string }[] = [];
      if (blank(goal.description))
        findings.push({
          code: 'no-description',
          criterion: 'specific',
          message: 'Say specifically what the goal means: add a description',
        });
      if (blank(goal.successMeasure))
        findings.push({
          code: 'no-success-measure',
          criterion: 'measurable',
          message: 'Say how you will know the goal is reached: add a success measure',
        });
      if (!goal.strategies.some((s) => !blank(s.byWho)))
        findings.push({
          code: 'no-one-assigned',
          criterion: 'assignable',
          message: 'Name who does the work: give at least one strategy someone to do it',
        });
      if (blank(goal.realism) && (goal.resourceIds ?? []).length === 0)
        findings.push({
          code: 'not-shown-realistic',
          criterion: 'realistic',
          message: 'Say why the goal is realistic (time, money, support) or link the resources that make it so',
        });
      const target = goal.targetDate;
      if (target === undefined)
        findings.push({ code: 'no-target-date', criterion: 'time-bound', message: 'Set a target date for the goal' });
      else {
        const place =
          target < today ? 'past' : target <= shortLimit ? 'short' : target <= longLimit ? 'long' : 'beyond';
        if (place === 'past')
          findings.push({
            code: 'target-date-past',
            criterion: 'time-bound',
            message: 'The target date has passed: set a new one, or mark the goal achieved or dropped',
          });
        else if (place !== goal.horizon)
          findings.push({
            code: 'outside-horizon',
            criterion: 'time-bound',
            message:
              goal.horizon === 'short'
                ? 'The target date is too far away for a short-term goal: bring it closer or make the goal long-term'
                : place === 'short'
                  ? 'The target date is close enough for a short-term goal: make the goal short-term'
                  : 'The target date is beyond the long-term horizon: bring it closer',
          });
      }
      return { ok: findings.length === 0, findings };
    });
  };
  const checked = plan.goals.map((goal) => cp.checkGoal(goal, { today }));
  const plain = plainCheck() as { findings: { code: string }[] }[];
  if (
    checked.some(
      (check, g) => check.findings.map((f) => f.code).join() !== plain[g]?.findings.map((f) => f.code).join(),
    )
  )
    throw new Error('the loop does not find the same');
  report(
    'checkGoal_vs_loop',
    ratio(() => plan.goals.map((goal) => cp.checkGoal(goal, { today })), plainCheck, 10),
    'target <= 2 (goals of a plan made by the library; plain data pays one validation, below)',
  );
  const copies = JSON.parse(JSON.stringify(plan.goals)) as cp.Goal[];
  report(
    'checkGoal_plain_data_vs_loop',
    ratio(
      () => JSON.parse(JSON.stringify(copies)).map((goal: cp.Goal) => cp.checkGoal(goal, { today })),
      () => {
        JSON.parse(JSON.stringify(copies));
        return plainCheck();
      },
      5,
    ),
    'reference: goals given as fresh plain data, each validated once',
  );
}

// 8b. Pictures against a plain loop writing the same elements (the same shapes, attributes and
//     texts, without options, catalogs or escaping beyond what the texts need), on the 50 x 10
//     plan with an interests assessment and two profiled options.
{
  (globalThis as { gc?: () => void }).gc?.();
  let plan = bigPlan(env);
  plan = cp.addAssessment(
    plan,
    {
      kind: 'interests',
      instrument: 'O*NET Interest Profiler',
      takenAt: '2026-01-06',
      results: {
        riasec: { realistic: 62, investigative: 71, artistic: 20, social: 45, enterprising: 30, conventional: 55 },
      },
    },
    { env },
  );
  const levels = { realistic: 6, investigative: 6.5, artistic: 1.5, social: 3, enterprising: 2, conventional: 5 };
  plan = cp.addCareerOption(plan, { id: 'o1', title: 'Support specialist', interests: levels }, { env });
  plan = cp.addCareerOption(plan, { id: 'o2', title: 'Network specialist', interests: levels }, { env });
  const areas = ['realistic', 'investigative', 'artistic', 'social', 'enterprising', 'conventional'] as const;
  const names = ['Realistic', 'Investigative', 'Artistic', 'Social', 'Enterprising', 'Conventional'];
  const r1 = (value: number): number => Math.round(value * 10) / 10;
  const hexagonLoop = (): string => {
    const corner = (i: number, share: number): string => {
      const angle = ((-120 + 60 * i) * Math.PI) / 180;
      return `${r1(240 + Math.cos(angle) * 112 * share)},${r1(157 + Math.sin(angle) * 112 * share)}`;
    };
    let out = '<g fill="none" stroke="#5f6b7a" stroke-width="1">';
    for (const ring of [0.25, 0.5, 0.75, 1])
      out += `<polygon points="${[0, 1, 2, 3, 4, 5].map((i) => corner(i, ring)).join(' ')}"/>`;
    for (let i = 0; i < 6; i++) out += `<line x1="240" y1="157" x2="${corner(i, 1).replace(',', '" y2="')}"/>`;
    out += '</g>';
    for (let i = 0; i < 6; i++)
      out += `<text x="${corner(i, 1.12).replace(',', '" y="')}" text-anchor="middle">${names[i]} (R)</text>`;
    const person = plan.assessments[0]?.results?.riasec;
    const profiles = [
      { name: plan.owner.name ?? '', values: areas.map((a) => [person?.[a] ?? 0, (person?.[a] ?? 0) / 100] as const) },
      ...plan.careerOptions.map((o) => ({
        name: o.title,
        values: areas.map((a) => [o.interests?.[a] ?? 1, ((o.interests?.[a] ?? 1) - 1) / 6] as const),
      })),
    ];
    for (const profile of profiles) {
      out +=
        `<polygon points="${profile.values.map(([, share], i) => corner(i, share)).join(' ')}" fill="none" ` +
        `stroke="#1d4ed8" stroke-width="2.5"/>`;
      profile.values.forEach(([value, share], i) => {
        out +=
          `<circle cx="${corner(i, share).replace(',', '" cy="')}" r="3.5" fill="#1d4ed8">` +
          `<title>${profile.name}: ${names[i]} ${value}</title></circle>`;
      });
    }
    let y = 320;
    for (const profile of profiles) {
      out +=
        `<line x1="20" y1="${y - 4}" x2="50" y2="${y - 4}" stroke="#1d4ed8" stroke-width="2.5"/>` +
        `<text x="58" y="${y}">${profile.name}</text>`;
      y += 20;
    }
    out +=
      `<text x="20" y="${y + 6}" fill="#5f6b7a" font-size="10">Centre lowest, corner highest: the ` +
      `person’s scores 0 to 100,</text>`;
    out += `<text x="20" y="${y + 20}" fill="#5f6b7a" font-size="10">occupations’ O*NET levels 1 to 7</text>`;
    const desc = profiles
      .map((p) => `${p.name}: ${p.values.map(([v], i) => `${names[i]} ${v}`).join(', ')}`)
      .join('. ');
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 480 ${y + 20}" width="480" ` +
      `height="${y + 20}" role="img" aria-labelledby="h-title h-desc" xml:lang="en" font-family="DejaVu ` +
      `Sans, Verdana, Arial, sans-serif" font-size="12" fill="#1f2933">` +
      `<title id="h-title">Interests of ${plan.owner.name ?? ''}</title><desc id="h-desc">Holland's ` +
      `hexagon of interests. ${desc}.</desc><rect width="100%" height="100%" fill="#ffffff"/>${out}</svg>\n`
    );
  };
  const hexagon = (): string => interestHexagon(plan, { optionIds: ['o1', 'o2'] });
  const tags = (text: string): number => text.split('<').length;
  if (Math.abs(tags(hexagon()) - tags(hexagonLoop())) > 2) throw new Error('the hexagon loop writes other elements');
  report('hexagon_vs_loop', ratio(hexagon, hexagonLoop, 200), 'target <= 3');

  const from = '2026-10-01';
  const to = '2027-02-01';
  const today = '2026-11-15';
  const day = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
  const x = (date: string): number => r1(220 + (560 * (day(date) - day(from))) / (day(to) - day(from)));
  const months = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const timelineLoop = (): string => {
    let out = '';
    for (const month of ['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01'])
      out +=
        `<line x1="${x(month)}" y1="48" x2="${x(month)}" y2="${56 + 28 * plan.goals.length}" stroke="#5f6b7a" ` +
        `stroke-opacity="0.35"/><text x="${x(month)}" y="42" text-anchor="middle" font-size="10" fill="#5f6b7a">` +
        `${months.format(new Date(`${month}T00:00:00Z`))}</text>`;
    plan.goals.forEach((goal, row) => {
      const y = 56 + row * 28 + 14;
      out +=
        `<text x="12" y="${y + 4}">${goal.title}</text><line x1="220" y1="${y}" x2="780" y2="${y}" ` +
        `stroke="#5f6b7a" stroke-opacity="0.5"/>`;
      if (goal.targetDate !== undefined) {
        const at = x(goal.targetDate);
        out +=
          `<polygon points="${at},${y - 8} ${r1(at + 8)},${y} ${at},${y + 8} ${r1(at - 8)},${y}" fill="#1f2933">` +
          `<title>${goal.title}: target date ${goal.targetDate}</title></polygon>`;
      }
      for (const s of goal.strategies)
        if (s.dueDate !== undefined)
          out +=
            `<circle cx="${x(s.dueDate)}" cy="${y}" r="6" fill="#ffffff" stroke="#1d4ed8" stroke-width="2">` +
            `<title>${s.title}: due ${s.dueDate}</title></circle>`;
    });
    const bottom = 56 + 28 * plan.goals.length;
    out +=
      `<line x1="${x(today)}" y1="48" x2="${x(today)}" y2="${bottom}" stroke="#7c3aed" stroke-width="2"/>` +
      `<text x="${x(today)}" y="${bottom + 16}" text-anchor="middle" fill="#7c3aed">Today</text>`;
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" viewBox="0 0 800 ${bottom + 28}" width="800" ` +
      `height="${bottom + 28}" role="img" aria-labelledby="t-title t-desc" xml:lang="en" font-family="DejaVu ` +
      `Sans, Verdana, Arial, sans-serif" font-size="12" fill="#1f2933">` +
      `<title id="t-title">Timeline of ${plan.title}</title><desc id="t-desc">${plan.goals.length} ` +
      `goals and 500 steps from ${from} to ${to}; 0 overdue on ${today}.</desc>` +
      `<rect width="100%" height="100%" fill="#ffffff"/>${out}</svg>\n`
    );
  };
  const drawn = (): string => timeline(plan, { today, from, to });
  if (Math.abs(tags(drawn()) - tags(timelineLoop())) > 2) throw new Error('the timeline loop writes other elements');
  report('timeline_vs_loop', ratio(drawn, timelineLoop, 50), 'target <= 3');
}

// 9. Growth on hostile documents (issue "hostile histories"): each shape of the security review
//    (test/hostile-shapes.ts) at one size and at four times it, loaded and then every view. The
//    figure is the largest growth of any shape (target 5: n log n at most). Measured in a fresh
//    process (bench/hostile-growth.ts), so that the JIT and heap state the sections above leave
//    behind do not weigh on one size more than the other.
{
  const output = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./hostile-growth.ts', import.meta.url))],
    { encoding: 'utf8' },
  );
  const measured = JSON.parse(output.trim().split('\n').at(-1) as string) as {
    shapes: { name: string; load: number; views: number }[];
    load: [number, readonly [number, number]];
    views: [number, readonly [number, number]];
  };
  for (const shape of measured.shapes)
    console.log(`  ${shape.name.padEnd(30)} load x${round(shape.load)}, views x${round(shape.views)}`);
  report('hostile_load_growth_4x', measured.load[0], 'target <= 5 (the largest of the shapes)', measured.load[1]);
  report('hostile_views_growth_4x', measured.views[0], 'target <= 5 (the largest of the shapes)', measured.views[1]);
}

writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(new URL('./spread.json', import.meta.url), `${JSON.stringify(spread, null, 2)}\n`);
console.log('\nwritten to bench/results.json (medians) and bench/spread.json (25th to 75th percentiles)');
