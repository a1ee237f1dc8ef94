import type { EditOf } from '../model/edit.js';
import type { JsonValue } from '../model/json.js';
import type { Plan } from '../model/plan.js';
import { signatureInputSchema, type SignatureInput } from '../model/signature.js';
import { parseOrThrow } from '../model/validate.js';
import { roleOf } from '../history/authorize.js';
import type { EditOptions } from '../history/edit-options.js';
import { historyOf } from '../history/node.js';
import { run, type Editor } from './run.js';
import { dropUndefined, ensureNewIds } from './shared.js';

/** The `signPlan` edit: a signature naming the plan's latest revision, the signer and their role. */
const signPlanEditor: Editor<EditOf<'signPlan'>> = {
  action: 'signature.add',
  prepare: (plan, { input }, { env, actor }) => {
    const parsed = parseOrThrow(signatureInputSchema, dropUndefined(input ?? {}), 'signature');
    const id = parsed.id ?? env.newId();
    ensureNewIds(plan, [id]);
    const head = historyOf(plan);
    const revision = { seq: head.seq, id: head.revision?.id ?? head.boundary?.after ?? null };
    const at = env.now();
    const signature = {
      id,
      by: actor,
      role: roleOf(plan, actor.id) ?? 'owner',
      at,
      revision,
      ...(parsed.statement === undefined ? {} : { statement: parsed.statement }),
    };
    return {
      info: {
        action: 'signature.add',
        subject: { kind: 'signature', id, label: actor.name ?? actor.id },
        at,
        edit: { kind: 'signPlan', input: { ...parsed, id } },
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
 * Signs the plan as it stands: a signature naming the plan's latest revision, who signed, their
 * role and when, with an optional statement. `signatureStatus` later says whether the plan
 * changed since and what changed. The plan's policy decides who may sign (`signature.add`); the
 * default policy lets the owner and every advisor sign.
 *
 * @param plan - the plan
 * @param input - an optional statement (and the signature's id)
 * @param options - who signs (`by`), why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`, `forbidden`
 * @example
 * ```ts
 * import { addAdvisor, createPlan, signPlan } from 'career-plan';
 *
 * let plan = addAdvisor(createPlan({ owner: { id: 'alex' } }), { id: 'dana', name: 'Dana', role: 'counselor' });
 * plan = signPlan(plan, { statement: 'Reviewed with Alex.' }, { by: 'dana' });
 * console.log(plan.signatures[0]?.role, plan.signatures[0]?.revision.seq); // counselor 1
 * ```
 * @category Participants
 */
export function signPlan<P extends Plan>(plan: P, input: SignatureInput = {}, options: EditOptions = {}): P {
  return run(plan, signPlanEditor, { kind: 'signPlan', input }, options);
}
