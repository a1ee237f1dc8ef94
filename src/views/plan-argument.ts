import { planSchema, type Plan } from '../model/plan.js';
import { processOf, type Process } from '../model/process.js';
import { requireShape } from '../model/validate.js';
import { peekHistory } from '../history/node.js';
import { careerProcess } from '../process/career-process.js';

/**
 * Checks the plan a view is given and returns the process to read it with. Views read plans
 * made by the library (trusted as they are) and plain plan data too, such as a document's
 * `plan` or a plan kept in a database row, which must match the plan schema; anything else
 * fails with `invalid-plan`, never a TypeError. Plain data carries no process, only its id and
 * version: the built-in `careerProcess` is found by those, a custom one is not (its stages then
 * show by id).
 */
export function requirePlan(plan: Plan, view: string): Process | undefined {
  if (peekHistory(plan) === undefined) requireShape(planSchema, plan, `plan given to ${view}`, 'invalid-plan');
  const known = processOf(plan);
  if (known !== undefined) return known as unknown as Process;
  const career = careerProcess as unknown as Process;
  return plan.process.id === career.id && plan.process.version === career.version ? career : undefined;
}
