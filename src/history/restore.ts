import { CareerPlanError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { defaultPolicy, type Policy } from '../model/policy.js';
import type { Process } from '../model/process.js';
import type { Revision } from '../model/revision.js';
import { freezeNew } from './freeze.js';
import { attach, nextNode, rootNode, type HistoryNode, type RevisionStack } from './node.js';

const corrupt = (message: string, details: Record<string, unknown>): CareerPlanError =>
  new CareerPlanError('corrupt-history', message, details);

/**
 * Rebuilds the history of a loaded plan: the root (the plan as created), one node per revision
 * with the undo and redo stacks as `commit` would have left them, and the head (the plan as it
 * stands). Checks what the operations cannot show: sequence numbers count 1, 2, 3, ... without gaps
 * or steps back, revision ids are unique, and every `undo` and `redo` names the revision that
 * was on top of its stack at the time. The contents (`base`, `head`) were checked by the caller,
 * which replayed the operations.
 */
export function restoreHistory(
  base: Plan,
  revisions: readonly Revision[],
  head: Plan,
  process: Process,
  policy: Policy = defaultPolicy,
  viewer?: string,
  loaded: boolean | readonly boolean[] = true,
): Plan {
  const hidden = { process, policy: policy === defaultPolicy ? undefined : policy, viewer };
  const root = { ...base };
  let node: HistoryNode = rootNode(root as Plan);
  attach(root, node, hidden);
  freezeNew(root);
  const ids = new Set<string>();
  for (const [index, revision] of revisions.entries()) {
    if (revision.seq !== index + 1) {
      throw corrupt(
        `Revision ${index + 1} has the sequence number ${revision.seq}: sequence numbers count up from 1 without gaps`,
        { index, seq: revision.seq },
      );
    }
    if (ids.has(revision.id)) throw corrupt(`The revision id "${revision.id}" is used twice`, { id: revision.id });
    ids.add(revision.id);
    let undo: RevisionStack | null;
    let redo: RevisionStack | null;
    if (revision.action === 'undo' || revision.action === 'redo') {
      const stack = revision.action === 'undo' ? node.undo : node.redo;
      if (revision.target === undefined || stack === null || stack.revision.id !== revision.target.id) {
        throw corrupt(
          `Revision ${revision.seq} claims to ${revision.action} "${revision.target?.id ?? ''}", which is not the ` +
            `latest change it could ${revision.action}`,
          {
            seq: revision.seq,
            target: revision.target?.id,
          },
        );
      }
      if (revision.action === 'undo') {
        undo = stack.next;
        redo = { revision: stack.revision, next: node.redo };
      } else {
        undo = { revision, next: node.undo };
        redo = stack.next;
      }
    } else {
      if (revision.target !== undefined)
        throw corrupt(`Revision ${revision.seq} names a target but is not an undo or a redo`, { seq: revision.seq });
      undo = { revision, next: node.undo };
      redo = null;
    }
    node = nextNode(node, revision, undo, redo, typeof loaded === 'boolean' ? loaded : loaded[index] === true);
  }
  const plan = { ...head };
  attach(plan, node, hidden);
  freezeNew(plan);
  return plan as Plan;
}
