import { CareerPlanError, optionsObject, shown } from '../model/errors.js';
import type { ActorRef } from '../model/actor.js';
import type { Plan } from '../model/plan.js';
import { viewFor } from '../history/view-for.js';
import { revisions } from '../history/revisions.js';
import { planAt } from '../history/plan-at.js';
import { freezeNew } from '../history/freeze.js';
import { formerAuthorsOf, historyOf } from '../history/node.js';
import { FORMAT_NAME, FORMAT_VERSION, type PlanDocument } from './document.js';
import { storedRevisionOf } from './stored.js';

/**
 * The plan as a document: a plain JSON value `{ format: 'career-plan', version: 5, process,
 * plan, created, revisions }` holding the plan, the process it follows, the plan as created and
 * its complete revision history, each revision stored without what loading derives (see
 * `storedRevisionSchema`). The document shares the plan's frozen data (only the stored
 * revisions are new objects); `JSON.stringify` it, store it in a JSON column, or send it as is.
 *
 * @param plan - a plan made by this library
 * @param options - `for`: write the document as this actor may see it (see `viewFor`)
 * @throws CareerPlanError `invalid-plan` for a value that carries no history; `forbidden` for a
 *   `for` actor who is not a participant
 * @example
 * ```ts
 * import { createPlan, toDocument } from 'career-plan';
 *
 * const doc = toDocument(createPlan({ owner: { id: 'alex' } }));
 * console.log(doc.format, doc.version); // career-plan 5
 * ```
 * @category Documents
 */
export function toDocument(plan: Plan, options: { readonly for?: string | ActorRef } = {}): PlanDocument {
  historyOf(plan);
  const { for: reader } = optionsObject(options, 'toDocument');
  if (reader !== undefined) plan = viewFor(plan, reader);
  const { ...data } = plan;
  const formerAuthors = formerAuthorsOf(historyOf(plan));
  // The revisions first: they fail for a plan whose earlier history is not loaded.
  const stored = revisions(plan).map((revision) => storedRevisionOf(revision, formerAuthors));
  const document: PlanDocument = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    process: plan.process,
    ...(formerAuthors.length > 0 ? { formerAuthors } : {}),
    plan: data as PlanDocument['plan'],
    created: { ...planAt(plan, 0) } as PlanDocument['plan'],
    revisions: stored,
  };
  freezeNew(document);
  return document;
}

/**
 * The plan with its complete history as a JSON string (see {@link toDocument}); `deserialize`
 * reads it back.
 *
 * @param plan - a plan made by this library
 * @param options - `space`: indentation, as for `JSON.stringify` (default none); `for`: write
 *   the document as this actor may see it, without the owner's private notes (see `viewFor`)
 * @throws CareerPlanError `invalid-plan` for a value that carries no history; `forbidden` for a
 *   `for` actor who is not a participant
 * @example
 * ```ts
 * import { addGoal, createPlan, deserialize, revisions, serialize } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex' } }), { title: 'Get certified', kind: 'education',
 *   horizon: 'short' });
 * const stored = serialize(plan);
 * const loaded = deserialize(stored);
 * console.log(revisions(loaded).length); // 1
 * ```
 * @category Documents
 */
export function serialize(
  plan: Plan,
  options: { readonly space?: number; readonly for?: string | ActorRef } = {},
): string {
  const { for: reader, space } = optionsObject(options, 'serialize');
  if (space !== undefined && (typeof space !== 'number' || !Number.isInteger(space) || space < 0 || space > 10)) {
    throw new CareerPlanError('invalid-input', 'options.space must be a whole number from 0 to 10', {
      space: shown(space),
    });
  }
  return JSON.stringify(toDocument(plan, reader === undefined ? {} : { for: reader }), null, space);
}
