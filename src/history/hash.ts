import type { Plan } from '../model/plan.js';
import { historyOf, notLoaded, type HistoryNode } from './node.js';
import { sha256Hex as hex } from './sha256.js';

/**
 * JSON with object keys in sorted order (as RFC 8785, JSON Canonicalization, sorts them: by
 * UTF-16 code units), so that the same value always gives the same text, whatever order a
 * database or another language kept its keys in. Numbers and strings are written as
 * `JSON.stringify` writes them, which is what RFC 8785 prescribes.
 */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i === 0 ? '' : ','}${canonicalJson(value[i])}`;
    return `${out}]`;
  }
  const record = value as Readonly<Record<string, unknown>>;
  let out = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    if (record[key] === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(record[key])}`;
    first = false;
  }
  return `${out}}`;
}

/** The hash of each history node computed so far (nodes are shared by the plans that share a history). */
const hashes = new WeakMap<HistoryNode, string>();

/**
 * The hash chained to `node`: at the root, SHA-256 of the plan as created in canonical JSON;
 * after a revision, SHA-256 of the previous hash, a newline, and the revision in canonical
 * JSON. Computed forward from the nearest node already hashed, and kept.
 */
function hashAt(node: HistoryNode): string {
  const pending: HistoryNode[] = [];
  let at: HistoryNode = node;
  let known = hashes.get(at);
  while (known === undefined) {
    if (at.revision === null) {
      if (at.seq > 0) throw notLoaded(at, 'hashing the history');
      known = hex(canonicalJson({ ...(at.checkpoint as Plan) }));
      hashes.set(at, known);
      break;
    }
    pending.push(at);
    at = at.prev as HistoryNode;
    known = hashes.get(at);
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    const next = pending[i] as HistoryNode;
    known = hex(`${known}\n${canonicalJson(next.revision)}`);
    hashes.set(next, known);
  }
  return known;
}

/**
 * A SHA-256 hash (64 hex digits) of the plan's whole history, chained revision by revision from
 * the plan as created: change anything in any revision, or drop, add or reorder one, and the
 * head hash changes. Keep it where the plan's store cannot write (the app's own database, a
 * signed receipt, an audit log), and pass it to `deserialize` (`options.headHash`) to prove a
 * document is the one whose head you kept. The hash is of canonical JSON (keys sorted), so a
 * store that reorders keys (PostgreSQL's `jsonb`) does not change it. Computed on first need and
 * kept per revision, so asking again after more edits hashes only the new revisions.
 *
 * @param plan - a plan with its whole history (a plan loaded from a snapshot fails with
 *   `history-not-loaded`)
 * @example
 * ```ts
 * import { addGoal, createPlan, deserialize, fixedEnv, headHash, serialize } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }, { env: fixedEnv() }), { title: 'Get certified',
 *   kind: 'education', horizon: 'short' }, { env: fixedEnv() });
 * const kept = headHash(plan);
 * console.log(kept.length); // 64
 * console.log(headHash(deserialize(serialize(plan))) === kept); // true
 * ```
 * @category History
 */
export function headHash(plan: Plan): string {
  return hashAt(historyOf(plan));
}
