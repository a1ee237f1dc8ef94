import type { ActorRef } from '../model/actor.js';
import type { Plan } from '../model/plan.js';
import type { Revision } from '../model/revision.js';
import type { Signature } from '../model/signature.js';
import { optionsObject } from '../model/errors.js';
import { describeRevision } from '../history/describe-revision.js';
import type { Catalog } from '../text/catalog.js';
import { peekHistory, type HistoryNode } from '../history/node.js';
import { requirePlan } from './plan-argument.js';

/**
 * One revision after a signed one. See {@link SignatureStatus}.
 *
 * @example
 * ```ts
 * import type { SignatureChange } from 'career-plan';
 *
 * const change: SignatureChange = { seq: 14, description: "Alex updated the goal 'Get certified'" };
 * ```
 * @category Views
 */
export interface SignatureChange {
  /** The revision's number. */
  readonly seq: number;
  /** What it did, as `describeRevision` says it. */
  readonly description: string;
}

/**
 * Whether the plan changed since a signature. See {@link signatureStatus}.
 *
 * @example
 * ```ts
 * import type { SignatureStatus } from 'career-plan';
 *
 * const s: SignatureStatus = { signatureId: 'sg1', by: { id: 'dana' }, role: 'counselor',
 *   at: '2026-06-01T10:00:00.000Z', revisionId: 'r12', seq: 12, state: 'changed',
 *   changes: [{ seq: 14, description: "Alex updated the goal 'Get certified'" }] };
 * ```
 * @category Views
 */
export interface SignatureStatus {
  /** The signature's id. */
  readonly signatureId: string;
  /** Who signed. */
  readonly by: ActorRef;
  /** Their role then. */
  readonly role: string;
  /** When they signed. */
  readonly at: string;
  /** The id of the revision signed (`null`: the plan as created). */
  readonly revisionId: string | null;
  /** The signed revision's number in the history at hand, when it has it. */
  readonly seq?: number;
  /**
   * `unchanged`: nothing but signatures since the signed revision; `changed`: see `changes`; `unknown`: the signed
   * revision is not in the history at hand before the revision that added the signature (plain data without a
   * history, a plan loaded from a later snapshot, or a revision this history does not have or has only later, as a
   * forged signature would name).
   */
  readonly state: 'unchanged' | 'changed' | 'unknown';
  /** The revisions since the signed one, oldest first, each described (`describeRevision`); signing is left out. */
  readonly changes: readonly SignatureChange[];
}

const signing = (revision: Revision): boolean =>
  revision.action === 'signature.add' ||
  ((revision.action === 'undo' || revision.action === 'redo') && revision.target?.action === 'signature.add');

/** The history back from `head` as far as the signatures need it, walked once for them all. */
interface Walk {
  /** The revisions walked, newest first. */
  readonly revisions: readonly Revision[];
  /** Where each signed revision was met: how many revisions come after it, and its number. */
  readonly signed: ReadonlyMap<string | null, { readonly after: number; readonly seq: number }>;
  /** Where the newest revision adding each signature was met (its index in `revisions`). */
  readonly added: ReadonlyMap<string, number>;
}

/** Walks back from `head` until every signed revision is met, or the loaded history ends. */
function walk(head: HistoryNode, signatures: readonly Signature[]): Walk {
  const wanted = new Set(signatures.map((signature) => signature.revisionId));
  const revisions: Revision[] = [];
  const signed = new Map<string | null, { after: number; seq: number }>();
  const added = new Map<string, number>();
  for (let node: HistoryNode | null = head; node !== null; node = node.prev) {
    const id = node.revision?.id ?? node.boundary?.after ?? null;
    if (wanted.has(id) && (id !== null || node.seq === 0) && !signed.has(id)) {
      signed.set(id, { after: revisions.length, seq: node.seq });
      if (signed.size === wanted.size) break;
    }
    if (node.revision === null) break;
    for (const op of node.revision.ops)
      if (op.op === 'add' && op.kind === 'signature' && !added.has(op.value.id as string))
        added.set(op.value.id as string, revisions.length);
    revisions.push(node.revision);
  }
  return { revisions, signed, added };
}

/**
 * For each signature on the plan (oldest first), whether the plan changed since the revision
 * it names, and what changed, in the sentences of `describeRevision`. Other signatures after it
 * are not changes. A signature whose revision this history does not have is `unknown`, never
 * `unchanged`.
 *
 * @param plan - a plan (plain plan data has no history: every signature is `unknown`)
 * @param options - `catalog`: the language of the descriptions (default English)
 * @throws CareerPlanError `invalid-plan` for a value that is not a plan; `invalid-input` for options that are not
 * an object
 * @example
 * ```ts
 * import { addAdvisor, addGoal, createPlan, signPlan, signatureStatus } from 'career-plan';
 *
 * let plan = addAdvisor(createPlan({ owner: { id: 'alex', name: 'Alex' } }), { id: 'dana', role: 'counselor' });
 * plan = signPlan(plan, {}, { by: 'dana' });
 * console.log(signatureStatus(plan)[0]?.state); // 'unchanged'
 * plan = addGoal(plan, { title: 'Get certified', kind: 'education', horizon: 'short' });
 * console.log(signatureStatus(plan)[0]?.changes.map((c) => c.description)); // ["Alex added the goal 'Get certified'"]
 * ```
 * @category Views
 */
export function signatureStatus(plan: Plan, options: { readonly catalog?: Catalog } = {}): readonly SignatureStatus[] {
  requirePlan(plan, 'signatureStatus');
  const { catalog } = optionsObject(options, 'signatureStatus');
  const head = peekHistory(plan);
  const walked = head === undefined || plan.signatures.length === 0 ? undefined : walk(head, plan.signatures);
  return plan.signatures.map((signature) => {
    // Confirmed: the signed revision is in the history, before a revision that added the signature.
    const at = walked?.signed.get(signature.revisionId);
    const addedAt = walked?.added.get(signature.id);
    const found =
      walked !== undefined && at !== undefined && addedAt !== undefined && addedAt < at.after
        ? { seq: at.seq, after: walked.revisions.slice(0, at.after).reverse() }
        : undefined;
    const changes = (found?.after ?? [])
      .filter((revision) => !signing(revision))
      .map((revision) => ({
        seq: revision.seq,
        description: describeRevision(revision, catalog === undefined ? {} : { catalog }),
      }));
    return {
      signatureId: signature.id,
      by: signature.by,
      role: signature.role,
      at: signature.at,
      revisionId: signature.revisionId,
      ...(found === undefined ? {} : { seq: found.seq }),
      state: found === undefined ? 'unknown' : changes.length === 0 ? 'unchanged' : 'changed',
      changes,
    };
  });
}
