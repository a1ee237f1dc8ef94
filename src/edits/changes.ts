/**
 * Changes to an existing entity: any of its fields but the id. A field set to `undefined`
 * removes an optional field.
 *
 * @example
 * ```ts
 * import type { Changes, Goal } from 'career-plan';
 *
 * const changes: Changes<Goal> = { priority: 'high', description: undefined };
 * ```
 */
export type Changes<T> = { readonly [K in Exclude<keyof T, 'id'>]?: T[K] | undefined };

