import type { Plan } from '../model/plan.js';
import { resourceInputSchema, resourceSchema, type Resource, type ResourceInput } from '../model/resource.js';
import type { EditOptions } from '../history/edit-options.js';
import type { Changes } from '../model/content-edit.js';
import { addEditor, removeEditor, updateEditor, type Collection } from './collection.js';
import { run } from './run.js';

const resources: Collection<Resource> = {
  kind: 'resource',
  schema: resourceSchema,
  input: resourceInputSchema,
};

/** The editors of the resources edits. */
export const resourcesEditors = {
  addResource: /* @__PURE__ */ addEditor(resources, 'addResource'),
  updateResource: /* @__PURE__ */ updateEditor(resources, 'updateResource'),
  removeResource: /* @__PURE__ */ removeEditor(resources, 'removeResource'),
};

/**
 * Adds a resource: a person, organization, course, website or source of funding.
 *
 * @param plan - the plan
 * @param input - the resource; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`
 * @example
 * ```ts
 * import { addResource, createPlan } from 'career-plan';
 *
 * const plan = addResource(createPlan({ owner: { id: 'alex' } }), {
 *   name: 'Pima JobPath', kind: 'organization', url: 'https://example.org/jobpath',
 *   notes: 'Tuition help for IT programs',
 * });
 * ```
 * @category Edits
 */
export function addResource<P extends Plan>(plan: P, input: ResourceInput, options: EditOptions = {}): P {
  return run(plan, resourcesEditors.addResource, { kind: 'addResource', input }, options);
}

/**
 * Changes a resource.
 *
 * @param plan - the plan
 * @param id - the resource's id
 * @param changes - the fields to change; `undefined` or `null` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`
 * @example
 * ```ts
 * import { addResource, createPlan, updateResource } from 'career-plan';
 *
 * let plan = addResource(createPlan({ owner: { id: 'alex' } }), { id: 'r1', name: 'Career center',
 *   kind: 'organization' });
 * plan = updateResource(plan, 'r1', { contact: 'Room 204, open Tuesdays' });
 * ```
 * @category Edits
 */
export function updateResource<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Resource>,
  options: EditOptions = {},
): P {
  return run(plan, resourcesEditors.updateResource, { kind: 'updateResource', id, changes }, options);
}

/**
 * Removes a resource and the goals' links to it.
 *
 * @param plan - the plan
 * @param id - the resource's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addResource, createPlan, removeResource } from 'career-plan';
 *
 * let plan = addResource(createPlan({ owner: { id: 'alex' } }), { id: 'r1', name: 'Career center',
 *   kind: 'organization' });
 * plan = removeResource(plan, 'r1');
 * ```
 * @category Edits
 */
export function removeResource<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, resourcesEditors.removeResource, { kind: 'removeResource', id }, options);
}
