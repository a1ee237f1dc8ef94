import type { Plan } from '../model/plan.js';
import { resourceInputSchema, resourceSchema, type Resource, type ResourceInput } from '../model/resource.js';
import type { EditOptions } from '../history/record.js';
import type { Changes } from './changes.js';
import { addEntity, dropId, removeEntity, updateEntity, type Collection } from './collection.js';

const resources: Collection<Resource> = {
  kind: 'resource',
  noun: 'resource',
  schema: resourceSchema,
  input: resourceInputSchema,
  list: (plan) => plan.resources,
  draftList: (draft) => draft.resources,
  label: (resource) => resource.name,
  unlink: (draft, id) => {
    for (const goal of draft.goals) dropId(goal as { [key: string]: unknown }, 'resourceIds', id);
  },
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
 *   name: 'Pima JobPath', kind: 'organization', url: 'https://example.org/jobpath', notes: 'Tuition help for IT programs',
 * });
 * ```
 */
export function addResource<P extends Plan>(plan: P, input: ResourceInput, options: EditOptions = {}): P {
  return addEntity(resources, plan, input, options);
}

/**
 * Changes a resource.
 *
 * @param plan - the plan
 * @param id - the resource's id
 * @param changes - the fields to change; `undefined` removes an optional field
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`
 * @example
 * ```ts
 * import { addResource, createPlan, updateResource } from 'career-plan';
 *
 * let plan = addResource(createPlan({ owner: { id: 'alex' } }), { id: 'r1', name: 'Career center', kind: 'organization' });
 * plan = updateResource(plan, 'r1', { contact: 'Room 204, open Tuesdays' });
 * ```
 */
export function updateResource<P extends Plan>(plan: P, id: string, changes: Changes<Resource>, options: EditOptions = {}): P {
  return updateEntity(resources, plan, id, changes, options);
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
 * let plan = addResource(createPlan({ owner: { id: 'alex' } }), { id: 'r1', name: 'Career center', kind: 'organization' });
 * plan = removeResource(plan, 'r1');
 * ```
 */
export function removeResource<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return removeEntity(resources, plan, id, options);
}
