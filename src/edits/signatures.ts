import type { EditOf } from '../model/edit.js';
import type { JsonValue } from '../model/json.js';
import type { Plan } from '../model/plan.js';
import { signatureInputSchema, type SignatureInput } from '../model/signature.js';
import { parseOrThrow } from '../model/validate.js';
import { roleOf } from '../history/authorize.js';
import type { EditOptions } from '../history/edit-options.js';
import { historyOf, type HistoryNode } from '../history/node.js';
import { touchesPrivate } from '../history/view-for.js';
import { CareerPlanError } from '../model/errors.js';
import { run, type Editor } from './run.js';
import { dropUndefined, ensureNewIds } from './shared.js';

const unconfirmed = (id: string | null, why: string): CareerPlanError =>
  new CareerPlanError('invalid-reference', `The signature names revision ${String(id)}, ${why}`, {
    field: 'revisionId',
    revisionId: id,
  });

/**
 * The revision a signature signs: the one named, which the history ending at `head` must have and
 * which may not be about private notes (advisors never see those), or by default the latest one
 * that is not.
 */
function signedRevision(head: HistoryNode, named: string | null | undefined): string | null {
  const idOf = (node: HistoryNode): string | null => node.revision?.id ?? node.boundary?.after ?? null;
  let node: HistoryNode | null = head;
  if (named === undefined) {
    while (node.revision !== null && touchesPrivate(node.revision) && node.prev !== null) node = node.prev;
    return idOf(node);
  }
  for (; node !== null; node = node.prev) {
    if (idOf(node) === named && (named !== null || node.seq === 0)) {
      if (node.revision !== null && touchesPrivate(node.revision))
        throw unconfirmed(named, 'which is about private notes: sign a revision every participant sees');
      return named;
    }
    if (node.revision === null) break;
  }
  throw unconfirmed(named, "which this plan's history does not have (in a merge: sign again on the merged plan)");
}

/** The `signPlan` edit: a signature naming the plan's latest revision, the signer and their role. */
const signPlanEditor: Editor<EditOf<'signPlan'>> = {
  action: 'signature.add',
  prepare: (plan, { input }, { env, actor }) => {
    const parsed = parseOrThrow(signatureInputSchema, dropUndefined(input ?? {}), 'signature');
    const id = parsed.id ?? env.newId();
    ensureNewIds(plan, [id]);
    const revisionId = signedRevision(historyOf(plan), parsed.revisionId);
    const at = env.now();
    const signature = {
      id,
      by: actor,
      role: roleOf(plan, actor.id) ?? 'owner',
      at,
      revisionId,
      ...(parsed.statement === undefined ? {} : { statement: parsed.statement }),
    };
    return {
      info: {
        action: 'signature.add',
        subject: { kind: 'signature', id, label: actor.name ?? actor.id },
        at,
        edit: { kind: 'signPlan', input: { ...parsed, id, revisionId } },
      },
      ops: [
        {
          op: 'add',
          kind: 'signature',
          index: plan.signatures.length,
          value: signature as unknown as Record<string, JsonValue>,
        },
      ],
    };
  },
};

/** The editor of `signPlan`. */
export const signatureEditors = { signPlan: signPlanEditor };

/**
 * Signs the plan as it stands: a signature naming the plan's latest revision (the latest that
 * is not about the owner's private notes, which advisors never see; or the one given, which the
 * history must have), who signed, their role and when, with an optional statement.
 * The recorded edit names the revision, so a merge that makes it again signs what the signer
 * saw, or reports a conflict when the merged history does not have it. `signatureStatus` later says whether the plan
 * changed since and what changed. The plan's policy decides who may sign (`signature.add`); the
 * default policy lets the owner and every advisor sign.
 *
 * @param plan - the plan
 * @param input - an optional statement (and the signature's id)
 * @param options - who signs (`by`), why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`, `forbidden`, `invalid-reference` (a revision the
 * history does not have)
 * @example
 * ```ts
 * import { addAdvisor, createPlan, revisions, signPlan } from 'career-plan';
 *
 * let plan = addAdvisor(createPlan({ owner: { id: 'alex' } }), { id: 'dana', name: 'Dana', role: 'counselor' });
 * plan = signPlan(plan, { statement: 'Reviewed with Alex.' }, { by: 'dana' });
 * console.log(plan.signatures[0]?.role, plan.signatures[0]?.revisionId === revisions(plan)[0]?.id); // counselor true
 * ```
 * @category Participants
 */
export function signPlan<P extends Plan>(plan: P, input: SignatureInput = {}, options: EditOptions = {}): P {
  return run(plan, signPlanEditor, { kind: 'signPlan', input }, options);
}
