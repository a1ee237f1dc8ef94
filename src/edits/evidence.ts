import type { Changes } from '../model/content-edit.js';
import { evidenceInputSchema, evidenceSchema, type Evidence, type EvidenceInput } from '../model/evidence.js';
import { jsonEqual } from '../model/json.js';
import type { Plan } from '../model/plan.js';
import type { EditOptions } from '../history/edit-options.js';
import { addEditor, removeEditor, updateEditor, type Collection } from './collection.js';
import { run } from './run.js';
import { ensureRefs } from './shared.js';

const evidence: Collection<Evidence> = {
  kind: 'evidence',
  schema: evidenceSchema,
  input: evidenceInputSchema,
  // What it is about must exist when it is attached; it may outlive it (the certificate was still earned).
  checkRefs: (plan, item, before) => {
    if (before !== undefined && jsonEqual(before.about, item.about)) return;
    const { kind, id } = item.about;
    const list =
      kind === 'goal' ? plan.goals : kind === 'milestone' ? plan.milestones : plan.goals.flatMap((g) => g.strategies);
    ensureRefs(list, [id], 'about.id', kind);
  },
};

/** The editors of the evidence edits. */
export const evidenceEditors = {
  addEvidence: /* @__PURE__ */ addEditor(evidence, 'addEvidence'),
  updateEvidence: /* @__PURE__ */ updateEditor(evidence, 'updateEvidence'),
  removeEvidence: /* @__PURE__ */ removeEditor(evidence, 'removeEvidence'),
};

/**
 * Attaches evidence to a goal, strategy or milestone: a certificate, a transcript, a link or a
 * note, dated. `toMarkdown` lists it as a portfolio. Evidence stays when what it is attached to
 * is removed later.
 *
 * @param plan - the plan
 * @param input - the evidence; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input` (also an address that is not `http` or `https`), `duplicate-id`,
 * `invalid-reference` (no such goal, strategy or milestone)
 * @example
 * ```ts
 * import { addEvidence, addGoal, createPlan } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = addEvidence(plan, { kind: 'certificate', title: 'CompTIA A+', date: '2026-09-12',
 *   url: 'https://verify.example.org/A1B2', about: { kind: 'goal', id: 'g1' } });
 * ```
 * @category Edits
 */
export function addEvidence<P extends Plan>(plan: P, input: EvidenceInput, options: EditOptions = {}): P {
  return run(plan, evidenceEditors.addEvidence, { kind: 'addEvidence', input }, options);
}

/**
 * Changes a piece of evidence.
 *
 * @param plan - the plan
 * @param id - the evidence's id
 * @param changes - the fields to change; `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`, `invalid-reference`
 * @example
 * ```ts
 * import { addEvidence, addGoal, createPlan, updateEvidence } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = addEvidence(plan, { id: 'e1', kind: 'note', title: 'Study log', date: '2026-05-01',
 *   about: { kind: 'goal', id: 'g1' } });
 * plan = updateEvidence(plan, 'e1', { note: 'Two hours a day since March' });
 * ```
 * @category Edits
 */
export function updateEvidence<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Evidence>,
  options: EditOptions = {},
): P {
  return run(plan, evidenceEditors.updateEvidence, { kind: 'updateEvidence', id, changes }, options);
}

/**
 * Removes a piece of evidence.
 *
 * @param plan - the plan
 * @param id - the evidence's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addEvidence, addGoal, createPlan, removeEvidence } from 'career-plan';
 *
 * let plan = addGoal(createPlan({ owner: { id: 'alex' } }), { id: 'g1', title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * plan = addEvidence(plan, { id: 'e1', kind: 'note', title: 'Study log', date: '2026-05-01',
 *   about: { kind: 'goal', id: 'g1' } });
 * plan = removeEvidence(plan, 'e1');
 * ```
 * @category Edits
 */
export function removeEvidence<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, evidenceEditors.removeEvidence, { kind: 'removeEvidence', id }, options);
}
