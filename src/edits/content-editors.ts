import type { ContentEdit } from '../model/content-edit.js';
import type { EditOf } from '../model/edit.js';
import { alternativesEditors } from './alternatives.js';
import { assessmentsEditors } from './assessments.js';
import { backgroundEditors } from './background.js';
import { barriersEditors } from './barriers.js';
import { careerOptionEditors } from './career-options.js';
import { decisionEditors } from './decision.js';
import { goalEditors } from './goals.js';
import { milestonesEditors } from './milestones.js';
import { notesEditors } from './notes.js';
import { resourcesEditors } from './resources.js';
import { evidenceEditors } from './evidence.js';
import { reviewEditors } from './reviews.js';
import { skillEditors } from './skills.js';
import type { Editor } from './run.js';
import { stageDataEditor } from './stage-data.js';
import { strategyEditors } from './strategies.js';
import { transitionEditor } from './transition.js';
import { updatePlanEditor } from './update-plan.js';

/** The editor of each content edit, by its kind: every edit an owner makes and an advisor may suggest. */
export type ContentEditors = { readonly [K in ContentEdit['kind']]: Editor<EditOf<K>> };

/** The editors of the content edits, built on first use (so a bundle that needs none drops them all). */
let table: ContentEditors | undefined;
export const contentEditors = (): ContentEditors =>
  (table ??= {
    ...goalEditors,
    ...strategyEditors,
    ...assessmentsEditors,
    ...careerOptionEditors,
    ...barriersEditors,
    ...resourcesEditors,
    ...milestonesEditors,
    ...alternativesEditors,
    ...notesEditors,
    ...backgroundEditors,
    ...decisionEditors,
    ...skillEditors,
    ...reviewEditors,
    ...evidenceEditors,
    updatePlan: updatePlanEditor,
    transition: transitionEditor,
    setStageData: stageDataEditor,
  });

/** The editor of a content edit's kind, or `undefined` for any other value. */
export function contentEditorOf(kind: unknown): Editor | undefined {
  const editors = contentEditors();
  return typeof kind === 'string' && Object.hasOwn(editors, kind)
    ? (editors[kind as ContentEdit['kind']] as unknown as Editor)
    : undefined;
}
