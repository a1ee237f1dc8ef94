import type { Edit, EditKind, EditOf } from '../model/edit.js';
import { CareerPlanError, shown } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { EditOptions } from '../history/edit-options.js';
import { historyOf } from '../history/node.js';
import { contentEditors } from './content-editors.js';
import { participantEditors } from './participants.js';
import { signatureEditors } from './signatures.js';
import { rateSkillEditors } from './skills.js';
import { run, type Editor } from './run.js';
import { suggestionEditors } from './suggestions.js';

type Editors = { readonly [K in EditKind]: Editor<EditOf<K>> };
let table: Editors | undefined;
/** The editor of every edit by its kind, built on first use. */
const editors = (): Editors =>
  (table ??= {
    ...contentEditors(),
    ...participantEditors,
    ...suggestionEditors,
    ...rateSkillEditors,
    ...signatureEditors,
  });

/**
 * Makes an edit given as data: `applyEdit(plan, { kind: 'updateGoal', id, changes })` is
 * `updateGoal(plan, id, changes)`, with the same plan, the same revision and the same errors,
 * because every edit function is a thin wrapper over the same path. Use it to apply edits that
 * arrive over a network, wait in an offline queue, or were stored. Each edit's parameters are
 * checked as its function checks them; the revision records the edit with every id and default
 * it resolved (see `Revision.edit`).
 *
 * @param plan - the plan
 * @param edit - the edit: `kind` is the edit function's name, the other keys its parameters (see `editSchema`)
 * @param options - who, why, and the environment, as for every edit
 * @throws CareerPlanError `invalid-input` for a value that is not an edit, or an unknown `kind`;
 *   otherwise whatever the edit's function throws
 * @example
 * ```ts
 * import { applyEdit, createPlan, revisions } from 'career-plan';
 *
 * let plan = createPlan({ owner: { id: 'alex' } });
 * plan = applyEdit(plan, { kind: 'addGoal', input: { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' } });
 * plan = applyEdit(plan, { kind: 'updateGoal', id: 'g1', changes: { priority: 'high' } }, { reason: 'Exam soon' });
 * console.log(plan.goals[0]?.priority, revisions(plan).at(-1)?.edit?.kind); // high updateGoal
 * ```
 * @category Edits
 */
export function applyEdit<P extends Plan>(plan: P, edit: Edit, options: EditOptions = {}): P {
  historyOf(plan);
  const kind = typeof edit === 'object' && edit !== null ? (edit as { readonly kind?: unknown }).kind : undefined;
  if (typeof kind !== 'string' || !Object.hasOwn(editors(), kind)) {
    throw new CareerPlanError(
      'invalid-input',
      `An edit is an object whose "kind" names an edit function, such as "addGoal" (got ${shown(kind ?? edit)})`,
      {
        kind: shown(kind),
      },
    );
  }
  return run(plan, editors()[kind as EditKind] as unknown as Editor, edit, options);
}
