import { actorRefSchema, type ActorRef } from '../model/actor.js';
import { givenCatalog } from '../model/catalog.js';
import { CareerPlanError, optionsObject } from '../model/errors.js';
import { envOf, type Env } from '../model/env.js';
import type { Plan, PlanData, StageDataMap } from '../model/plan.js';
import { idSchema, titleInputSchema } from '../model/primitives.js';
import { emptyLists } from '../model/kinds.js';
import type { Policy } from '../model/policy.js';
import type { Process } from '../model/process.js';
import { parseOrThrow } from '../model/validate.js';
import { freezeNew } from '../history/freeze.js';
import { attach, rootNode } from '../history/node.js';
import { careerProcess, type CareerStageId } from '../process/career-process.js';
import type { Catalog } from '../text/catalog.js';

/**
 * The title of a plan created without one, in English: `en.messages.planTitle`, written here as
 * well so that `createPlan` alone does not bundle the English catalog (a test keeps the two equal).
 */
const DEFAULT_PLAN_TITLE = 'Career action plan';

/**
 * What {@link createPlan} takes.
 *
 * @example
 * ```ts
 * import type { CreatePlanInput } from 'career-plan';
 *
 * const input: CreatePlanInput = { owner: { id: 'alex', name: 'Alex Rivera' }, title: "Alex's career action plan" };
 * ```
 * @category Plan
 */
export interface CreatePlanInput<S extends string = CareerStageId, D extends StageDataMap = StageDataMap> {
  /** The person whose plan it is. */
  readonly owner: ActorRef;
  /** The plan's title (default: the catalog's `planTitle`, in English `Career action plan`). */
  readonly title?: string;
  /** The plan's id (default: a new id from the environment). */
  readonly id?: string;
  /** The process the plan follows (default {@link careerProcess}). */
  readonly process?: Process<S, D>;
  /** Who may make which changes (default {@link defaultPolicy}). */
  readonly policy?: Policy;
}

/**
 * Creates a new, deeply frozen plan in the first stage of its process, with an empty history.
 *
 * @param input - the owner, and optionally a title, an id and a process
 * @param options - `env`: where the id and the creation time come from; `catalog`: the language of
 *   the title a plan without one gets (English by default; Spanish is `es` from
 *   `career-plan/locales/es`)
 * @throws CareerPlanError `invalid-input` (zod's issues in `details.issues`) for a bad owner,
 *   title or id, or a process not made by `defineProcess`
 * @example
 * ```ts
 * import { createPlan } from 'career-plan';
 *
 * const plan = createPlan({ owner: { id: 'alex', name: 'Alex Rivera' }, title: "Alex's career action plan" });
 * console.log(plan.stage); // 'self-assessment'
 * console.log(Object.isFrozen(plan)); // true
 * ```
 * A plan without a title gets one in the catalog's language:
 * ```ts
 * import { createPlan } from 'career-plan';
 * import { es } from 'career-plan/locales/es';
 *
 * console.log(createPlan({ owner: { id: 'alex' } }).title); // 'Career action plan'
 * console.log(createPlan({ owner: { id: 'alex' } }, { catalog: es }).title); // 'Plan de acción profesional'
 * ```
 * @category Plan
 */
export function createPlan<S extends string = CareerStageId, D extends StageDataMap = {}>(
  input: CreatePlanInput<S, D>,
  options: { readonly env?: Env; readonly catalog?: Catalog } = {},
): Plan<S, D> {
  if (typeof input !== 'object' || input === null)
    throw new CareerPlanError('invalid-input', 'createPlan takes an object with an owner', { input });
  const { env: givenEnv, catalog } = optionsObject(options, 'createPlan');
  const env = envOf(givenEnv);
  // A catalog is checked whenever one is given, as every function that takes one does.
  const words = catalog === undefined ? undefined : givenCatalog(catalog).messages;
  const owner = parseOrThrow(actorRefSchema, input.owner, 'owner');
  const title = parseOrThrow(titleInputSchema, input.title ?? words?.planTitle ?? DEFAULT_PLAN_TITLE, 'title');
  const process = (input.process ?? careerProcess) as unknown as Process<S, D>;
  const stages: unknown = typeof process === 'object' && process !== null ? process.stages : undefined;
  const first = Array.isArray(stages) ? (stages[0] as Process['stages'][number] | undefined) : undefined;
  const wellFormed =
    Array.isArray(stages) &&
    stages.every(
      (stage: unknown) =>
        typeof stage === 'object' && stage !== null && typeof (stage as { id?: unknown }).id === 'string',
    );
  if (
    typeof process !== 'object' ||
    process === null ||
    first === undefined ||
    !wellFormed ||
    typeof process.id !== 'string'
  ) {
    throw new CareerPlanError('invalid-input', 'The process must be one made by defineProcess or deriveProcess', {
      process: input.process,
    });
  }
  const id = input.id === undefined ? env.newId() : parseOrThrow(idSchema, input.id, 'plan id');
  const createdAt = env.now();
  const plan: PlanData = {
    id,
    title,
    owner,
    createdAt,
    process: { id: process.id, version: process.version },
    stage: first.id,
    journey: [{ stage: first.id, enteredAt: createdAt, enteredBy: owner }],
    stageData: {},
    decision: null,
    ...emptyLists(),
  } as unknown as PlanData;
  if (input.policy !== undefined && typeof input.policy !== 'function')
    throw new CareerPlanError('invalid-input', 'The policy must be a function', {});
  attach(plan, rootNode(plan as Plan), { process: process as unknown as Process, policy: input.policy });
  freezeNew(plan);
  return plan as unknown as Plan<S, D>;
}
