import type { EditOf } from '../model/edit.js';
import { CareerPlanError, shown } from '../model/errors.js';
import { copyJsonValue, jsonEqual, type JsonValue } from '../model/json.js';
import type { Plan, StageDataMap } from '../model/plan.js';
import { parseOrThrow } from '../model/validate.js';
import type { EditOptions } from '../history/edit-options.js';
import { requireProcess } from '../process/can-transition.js';
import { run, type Editor } from './run.js';

/** The editor of `setStageData`. */
export const stageDataEditor: Editor<EditOf<'setStageData'>> = {
  action: 'stageData.set',
  prepare: (plan, { stage, data }) => {
    const process = requireProcess(plan);
    const definition = process.stages.find((candidate) => (candidate.id as string) === stage);
    if (definition === undefined) {
      throw new CareerPlanError('unknown-stage', `The process "${process.title}" has no stage "${shown(stage)}"`, {
        stage: shown(stage),
      });
    }
    const schema = (process.dataSchemas as Readonly<Record<string, unknown>>)[stage];
    if (schema === undefined) {
      throw new CareerPlanError(
        'invalid-input',
        `The stage "${definition.title}" keeps no data (its definition has no data schema)`,
        { stage },
      );
    }
    const parsed = parseOrThrow(
      schema as Parameters<typeof parseOrThrow>[0],
      data,
      `data of the stage "${definition.title}"`,
    );
    const value = copyJsonValue(parsed, `data of the stage "${definition.title}"`);
    const current = (plan.stageData as Readonly<Record<string, JsonValue>>)[stage];
    if (jsonEqual(current, value)) return null;
    return {
      info: {
        action: 'stageData.set',
        subject: { kind: 'stage', id: definition.id, label: definition.title },
        edit: { kind: 'setStageData', stage, data: value },
      },
      ops: [
        {
          op: 'set',
          kind: 'stageData',
          set: { [stage]: value },
          old: current === undefined ? {} : { [stage]: current },
        },
      ],
    };
  },
};

/**
 * Sets the data a custom stage keeps, validated by the stage's schema and recorded as one
 * revision (action `stageData.set`). The plan keeps the parsed value under the stage's id in
 * `plan.stageData`; it must be plain JSON data. Setting data equal to what the plan holds
 * changes nothing and returns the same plan.
 *
 * @param plan - the plan
 * @param stage - a stage of the plan's process that declares a data schema
 * @param data - the data, typed by the stage's schema
 * @param options - who, why, and the environment
 * @throws CareerPlanError `unknown-stage`; `invalid-input` when the stage keeps no data or the
 *   data fails its schema (zod's issues in `details.issues`) or is not plain JSON
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { careerProcess, createPlan, defineStage, deriveProcess, setStageData } from 'career-plan';
 *
 * const process = deriveProcess(careerProcess, {
 *   id: 'career-networking', version: 1,
 *   insert: [{ after: 'exploration', stage: defineStage({ id: 'networking', title: 'Networking',
 *   description: 'Meet people',
 *     data: z.object({ contacts: z.array(z.string()) }) }) }],
 * });
 * let plan = createPlan({ owner: { id: 'alex' }, process });
 * plan = setStageData(plan, 'networking', { contacts: ['Sam (IT manager)'] });
 * console.log(plan.stageData.networking?.contacts); // ['Sam (IT manager)']
 * ```
 * @category Stages
 */
export function setStageData<S extends string, D extends StageDataMap, K extends keyof D & S>(
  plan: Plan<S, D>,
  stage: K,
  data: D[K],
  options: EditOptions = {},
): Plan<S, D> {
  return run(
    plan,
    stageDataEditor as unknown as Editor<EditOf<'setStageData'>>,
    { kind: 'setStageData', stage, data: data as JsonValue },
    options,
  ) as Plan<S, D>;
}
