import * as z from 'zod';
import { conformance } from '../model/conforms.js';
import { CareerPlanError } from '../model/errors.js';
import { KIND_SCHEMAS } from '../model/kind-schemas.js';
import { REGISTRY } from '../model/kinds.js';
import type { Operation } from '../model/operation.js';
import { planSchema } from '../model/plan.js';
import type { Revision } from '../model/revision.js';

type Shape = Readonly<Record<string, z.core.$ZodType>>;

/** The fields of an object schema (through `.readonly()`), by name. */
function shapeOf(schema: z.ZodType): Shape {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodReadonly) inner = inner.unwrap() as z.ZodType;
  return (inner as z.ZodObject).shape as Shape;
}

const shapes = new Map<string, Shape>();
const shape = (kind: string): Shape | undefined => {
  if (kind === 'plan') return planFields;
  let known = shapes.get(kind);
  if (known === undefined && Object.hasOwn(KIND_SCHEMAS, kind)) {
    // Without the lists of child entities: those change by their own steps, never as a field.
    const fields: Record<string, z.core.$ZodType> = {
      ...shapeOf(KIND_SCHEMAS[kind as keyof typeof KIND_SCHEMAS] as z.ZodType),
    };
    for (const child of REGISTRY.childrenOf(kind)) delete fields[child.path[0] as string];
    known = fields;
    shapes.set(kind, known);
  }
  return known;
};
/** The plan's own fields an operation may set. */
const planFields: Shape = (() => {
  const { title, stage, decision, reviewCadence } = shapeOf(planSchema as unknown as z.ZodType);
  return { title, stage, decision, reviewCadence } as Shape;
})();

const optional = (field: z.core.$ZodType): boolean =>
  field._zod.optin === 'optional' && field._zod.optout === 'optional';

/**
 * Whether the values an operation puts into the plan going forward fit their schemas: the
 * entity it adds, the values it sets. What it removes or replaces (`remove`'s entity, `set`'s old
 * values) needs no check of its own: the replay proves each equals what an earlier state held,
 * and every state going forward from the valid plan as created is built from checked values.
 */
function fits(op: Operation): string | undefined {
  if (op.kind === 'stageData') return undefined; // any JSON value, as the plan schema says
  if (op.op === 'add')
    return conformance(KIND_SCHEMAS[op.kind])(op.value) ? undefined : `the ${op.kind} it adds is not valid`;
  if (op.op !== 'set') return undefined;
  const fields = shape(op.kind);
  if (fields === undefined) return `nothing of kind "${op.kind}" has fields to set`;
  // No edit changes an id: a step that did would move an entity out of sight of every check.
  if (Object.hasOwn(op.set, 'id') || Object.hasOwn(op.old, 'id')) return `a ${op.kind}'s id never changes`;
  for (const key of Object.keys(op.set)) {
    const field = fields[key];
    if (field === undefined) return `a ${op.kind} has no field "${key}"`;
    if (!conformance(field)(op.set[key])) return `the value of "${key}" is not valid`;
  }
  // A field present on one side only is added or removed: it must be one that may be absent.
  for (const key of Object.keys(op.old)) {
    const field = fields[key];
    if (field === undefined) return `a ${op.kind} has no field "${key}"`;
    if (!Object.hasOwn(op.set, key) && !optional(field)) return `the required field "${key}" cannot be removed`;
  }
  for (const key of Object.keys(op.set)) {
    if (!Object.hasOwn(op.old, key) && !optional(fields[key] as z.core.$ZodType)) {
      return `the required field "${key}" cannot be added`;
    }
  }
  return undefined;
}

/**
 * Checks every operation of a loaded revision against the schemas: an entity added is a valid
 * entity of its kind, a value set is a valid value of its field (a field set or cleared on one
 * side only is one that may be absent). The replay checks that each operation fits the
 * state it is applied to, and that lists stay within their limits; together, every state the
 * history passes through fits the plan schema, so undo, redo and `planAt` over loaded
 * revisions build states that need no further check.
 */
export function checkOperations(revision: Revision): void {
  for (const op of revision.ops) {
    const problem = fits(op);
    if (problem !== undefined) {
      throw new CareerPlanError('corrupt-history', `Revision ${revision.seq} does not fit the schemas: ${problem}`, {
        seq: revision.seq,
      });
    }
  }
}
