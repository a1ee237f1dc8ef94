import { CareerPlanError } from '../model/errors.js';
import { noteInputSchema, noteSchema, type Note, type NoteInput, type NoteSubject } from '../model/note.js';
import type { Plan } from '../model/plan.js';
import type { EditOptions } from '../history/edit-options.js';
import type { Changes } from '../model/content-edit.js';
import { addEditor, removeEditor, updateEditor, type Collection } from './collection.js';
import { run } from './run.js';
import { ensureRefs } from './shared.js';

/** Checks that a note's subject exists when the note is written (later removals keep the note). */
function checkAbout(plan: Plan, about: NoteSubject | undefined): void {
  if (about === undefined || about.kind === 'plan') return;
  if (about.kind === 'decision') {
    if (plan.decision === null)
      throw new CareerPlanError('invalid-reference', 'The note is about the decision, but none has been made', {
        field: 'about',
      });
    return;
  }
  if (about.id === undefined)
    throw new CareerPlanError('invalid-input', `A note about a ${about.kind} needs its id`, { field: 'about.id' });
  const lists: Record<string, readonly { readonly id: string }[]> = {
    assessment: plan.assessments,
    careerOption: plan.careerOptions,
    goal: plan.goals,
    strategy: plan.goals.flatMap((goal) => goal.strategies),
    barrier: plan.barriers,
    resource: plan.resources,
    milestone: plan.milestones,
    alternative: plan.alternatives,
  };
  ensureRefs(lists[about.kind] ?? [], [about.id], 'about.id', about.kind);
}

const notes: Collection<Note> = {
  kind: 'note',
  schema: noteSchema,
  input: noteInputSchema,
  fixed: ['at', 'by'],
  build: (input, { now, actor }) => ({ ...input, at: now(), by: actor }),
  checkRefs: (plan, note) => checkAbout(plan, note.about),
};

/** The editors of the notes edits. */
export const notesEditors = {
  addNote: /* @__PURE__ */ addEditor(notes, 'addNote'),
  updateNote: /* @__PURE__ */ updateEditor(notes, 'updateNote'),
  removeNote: /* @__PURE__ */ removeEditor(notes, 'removeNote'),
};

/**
 * Adds a note or review comment, about the plan or one of its entities. The author is
 * `options.by` (default the owner) and the time comes from the environment.
 *
 * @param plan - the plan
 * @param input - the note's text and what it is about; its id may be left out
 * @param options - who, why, and the environment
 * @throws CareerPlanError `invalid-input`, `duplicate-id`, `invalid-reference` (a subject the plan lacks)
 * @example
 * ```ts
 * import { addAdvisor, addNote, createPlan } from 'career-plan';
 *
 * const plan = addNote(addAdvisor(createPlan({ owner: { id: 'alex' } }), { id: 'dana', name: 'Dana (counselor)',
 *   role: 'counselor' }),
 *   { text: 'Reviewed with Dana: on track.' },
 *   { by: { id: 'dana', name: 'Dana (counselor)' } });
 * console.log(plan.notes[0]?.by.name); // 'Dana (counselor)'
 * ```
 * @category Edits
 */
export function addNote<P extends Plan>(plan: P, input: NoteInput, options: EditOptions = {}): P {
  return run(plan, notesEditors.addNote, { kind: 'addNote', input }, options);
}

/**
 * Changes a note's text or subject (its author and time stay).
 *
 * @param plan - the plan
 * @param id - the note's id
 * @param changes - `text` and `about`
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`, `invalid-input`, `invalid-reference`
 * @example
 * ```ts
 * import { addNote, createPlan, updateNote } from 'career-plan';
 *
 * let plan = addNote(createPlan({ owner: { id: 'alex' } }), { id: 'n1', text: 'Call the registar' });
 * plan = updateNote(plan, 'n1', { text: 'Call the registrar' });
 * ```
 * @category Edits
 */
export function updateNote<P extends Plan>(
  plan: P,
  id: string,
  changes: Changes<Pick<Note, 'text' | 'about'>>,
  options: EditOptions = {},
): P {
  return run(plan, notesEditors.updateNote, { kind: 'updateNote', id, changes }, options);
}

/**
 * Removes a note.
 *
 * @param plan - the plan
 * @param id - the note's id
 * @param options - who, why, and the environment
 * @throws CareerPlanError `not-found`
 * @example
 * ```ts
 * import { addNote, createPlan, removeNote } from 'career-plan';
 *
 * let plan = addNote(createPlan({ owner: { id: 'alex' } }), { id: 'n1', text: 'Draft' });
 * plan = removeNote(plan, 'n1');
 * ```
 * @category Edits
 */
export function removeNote<P extends Plan>(plan: P, id: string, options: EditOptions = {}): P {
  return run(plan, notesEditors.removeNote, { kind: 'removeNote', id }, options);
}
