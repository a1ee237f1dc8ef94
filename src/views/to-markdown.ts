import { optionsObject } from '../model/errors.js';
import type { Goal } from '../model/goal.js';
import type { Plan } from '../model/plan.js';
import type { Strategy } from '../model/strategy.js';
import { describeRevision } from '../history/describe-revision.js';
import { revisions } from '../history/revisions.js';
import { requirePlan } from './plan-argument.js';
import { signatureStatus } from './signature-status.js';
import { advisorRatingOf } from './skill-gaps.js';

/**
 * Options of {@link toMarkdown}.
 *
 * @example
 * ```ts
 * import type { MarkdownOptions } from 'career-plan';
 *
 * const options: MarkdownOptions = { includeHistory: true, includeNotes: false };
 * ```
 * @category Views
 */
export interface MarkdownOptions {
  /** Append the revision log, one `describeRevision` line per revision (default false). */
  readonly includeHistory?: boolean;
  /** Include notes and review comments (default true). */
  readonly includeNotes?: boolean;
}

/** Escapes text for inline Markdown: no markup, links, HTML or line breaks from user input. */
export function inline(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').replace(/([\\`*_[\]<>|~#!])/g, '\\$1');
}

/** Escapes a multi-line text as paragraphs, so a line cannot start a heading, list or quote. */
function block(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => inline(paragraph).replace(/^(\s*)([-+=>]|\d+[.)])/, '$1\\$2'))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

const date = (instant: string): string => instant.slice(0, 10);
const title = (text: string): string => inline(text.charAt(0).toUpperCase() + text.slice(1));

function strategyLine(strategy: Strategy): string {
  const box = strategy.status === 'done' ? '[x]' : '[ ]';
  const facts = [
    strategy.dueDate === undefined ? undefined : `due ${strategy.dueDate}`,
    strategy.byWho === undefined ? undefined : `by ${inline(strategy.byWho)}`,
    strategy.status === 'in-progress' ? 'in progress' : strategy.status === 'skipped' ? 'skipped' : undefined,
    strategy.completedAt === undefined ? undefined : `done ${date(strategy.completedAt)}`,
  ].filter((fact) => fact !== undefined);
  const measure = strategy.successMeasure === undefined ? '' : `; success: ${inline(strategy.successMeasure)}`;
  const needs =
    strategy.resourcesNeeded === undefined || strategy.resourcesNeeded.length === 0
      ? ''
      : `; needs: ${strategy.resourcesNeeded.map(inline).join(', ')}`;
  return `- ${box} ${inline(strategy.title)}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}${measure}${needs}`;
}

/** The names a goal's links show, by id: goals by title, resources by name (built once per call). */
interface Names {
  readonly goals: ReadonlyMap<string, string>;
  readonly resources: ReadonlyMap<string, string>;
}

function goalSection(goal: Goal, names: Names): string[] {
  const lines = [`### ${inline(goal.title)}`, ''];
  const facts = [
    `Kind: ${goal.kind}`,
    `priority: ${goal.priority}`,
    `status: ${goal.status}`,
    goal.targetDate === undefined ? undefined : `target date: ${goal.targetDate}`,
  ].filter((fact) => fact !== undefined);
  lines.push(`${facts.join(', ')}.`, '');
  if (goal.description !== undefined) lines.push(block(goal.description), '');
  if (goal.successMeasure !== undefined) lines.push(`**Success measure:** ${inline(goal.successMeasure)}`, '');
  if (goal.realism !== undefined) lines.push(`**Why it is realistic:** ${inline(goal.realism)}`, '');
  const supports = (goal.supports ?? []).map((id) => names.goals.get(id)).filter((t): t is string => t !== undefined);
  if (supports.length > 0) lines.push(`**Leads to:** ${supports.map(inline).join('; ')}`, '');
  const resources = (goal.resourceIds ?? [])
    .map((id) => names.resources.get(id))
    .filter((n): n is string => n !== undefined);
  if (resources.length > 0) lines.push(`**Resources:** ${resources.map(inline).join('; ')}`, '');
  if (goal.strategies.length > 0) lines.push('Strategies:', '', ...goal.strategies.map(strategyLine), '');
  return lines;
}

/**
 * A printable career action plan in Markdown (CommonMark): the current stage and the journey so
 * far; background; self-assessment results; the options explored and the decision with its
 * rationale; goals grouped by horizon with their strategies as checklists and due dates;
 * barriers with how each will be overcome; resources; milestones; alternatives; skills; a
 * portfolio of the evidence by goal, strategy and milestone; past reviews; signatures and
 * whether the plan changed since; notes; and optionally the revision log. The output depends on
 * the plan alone, so it is the same on every run. Text from the plan is escaped, so it cannot
 * add headings, links or HTML.
 *
 * @param plan - a plan, or plain plan data (such as a document's `plan`), checked against the plan schema
 * @param options - `includeHistory` (default false; needs a plan with its history), `includeNotes` (default true)
 * @throws CareerPlanError `invalid-plan` for a value that is not a plan (or plain data with `includeHistory`);
 * `invalid-input` for options that are not an object
 * @example
 * ```ts
 * import { addGoal, createPlan, toMarkdown } from 'career-plan';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex', name: 'Alex' }, title: "Alex's plan" }),
 *   { title: 'Get certified', kind: 'education', horizon: 'short', strategies: [{ title: 'Enroll',
 *   dueDate: '2026-02-15' }] });
 * console.log(toMarkdown(plan));
 * // # Alex's plan
 * // ...
 * // - [ ] Enroll (due 2026-02-15)
 * ```
 * @category Views
 */
export function toMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const process = requirePlan(plan, 'toMarkdown');
  options = optionsObject(options, 'toMarkdown');
  const stageTitle = (id: string): string => inline(process?.stages.find((stage) => stage.id === id)?.title ?? id);
  const out: string[] = [`# ${inline(plan.title)}`, ''];
  out.push(
    `**Owner:** ${inline(plan.owner.name ?? plan.owner.id)}  `,
    `**Created:** ${date(plan.createdAt)}  `,
    `**Current stage:** ${stageTitle(plan.stage)}`,
    '',
  );

  out.push('## Journey', '');
  plan.journey.forEach((visit, index) => {
    const span =
      visit.leftAt === undefined
        ? `since ${date(visit.enteredAt)}`
        : `${date(visit.enteredAt)} to ${date(visit.leftAt)}`;
    const why = visit.reason === undefined ? '' : `: ${inline(visit.reason)}`;
    out.push(`${index + 1}. ${stageTitle(visit.stage)}, ${span}${why}`);
  });
  out.push('');

  const { employment, education, licenses, volunteerWork } = plan.background;
  if (employment.length + education.length + licenses.length + volunteerWork.length > 0) {
    out.push('## Background', '');
    const range = (start?: string, end?: string): string =>
      start === undefined && end === undefined ? '' : ` (${start ?? '?'} to ${end ?? 'now'})`;
    for (const job of employment)
      out.push(
        `- Employment: ${inline(job.title)}, ${inline(job.employer)}${
          job.location === undefined ? '' : `, ` + `${inline(job.location)}`
        }${range(job.startDate, job.endDate)}`,
      );
    for (const entry of education) {
      const what = [entry.credential, entry.field]
        .filter((x): x is string => x !== undefined)
        .map(inline)
        .join(', ');
      out.push(
        `- Education: ${
          what === '' ? '' : `${what}, ` + ``
        }${inline(entry.institution)}${range(entry.startDate, entry.endDate)}${
          entry.completed === false ? ', in ' + 'progress' : ''
        }`,
      );
    }
    for (const license of licenses)
      out.push(
        `- License: ${inline(license.name)}${license.issuer === undefined ? '' : `, ` + `${inline(license.issuer)}`}${
          license.expiresOn === undefined ? '' : `, expires ` + `${license.expiresOn}`
        }`,
      );
    for (const work of volunteerWork)
      out.push(
        `- Volunteer work: ${inline(work.role)}, ${inline(work.organization)}${range(work.startDate, work.endDate)}`,
      );
    out.push('');
  }

  if (plan.assessments.length > 0) {
    out.push('## Self-assessment', '');
    for (const assessment of plan.assessments) {
      out.push(
        `### ${inline(assessment.instrument)}`,
        '',
        `${title(assessment.kind)} assessment, taken ${assessment.takenAt}.`,
        '',
      );
      const results = assessment.results;
      if (results?.hollandCode !== undefined) out.push(`- Holland code: ${results.hollandCode}`);
      if (results?.riasec !== undefined) {
        const r = results.riasec;
        out.push(
          `- RIASEC: Realistic ${r.realistic}, Investigative ${r.investigative}, Artistic ${r.artistic}, Social ` +
            `${r.social}, Enterprising ${r.enterprising}, Conventional ${r.conventional}`,
        );
      }
      if (results?.workValues !== undefined) {
        const v = results.workValues;
        out.push(
          `- Work values: Achievement ${v.achievement}, Working Conditions ${v.workingConditions}, Recognition ` +
            `${v.recognition}, Relationships ${v.relationships}, Support ${v.support}, Independence ${v.independence}`,
        );
      }
      if (results?.personalityType !== undefined) out.push(`- Personality type: ${inline(results.personalityType)}`);
      if (results?.jobZone !== undefined) out.push(`- Job Zone: ${results.jobZone}`);
      for (const item of results?.items ?? [])
        out.push(
          `- ${inline(item.label)}${item.score === undefined ? '' : `: ` + `${item.score}`}${
            item.note === undefined ? '' : ` ` + `(${inline(item.note)})`
          }`,
        );
      if (results !== undefined && Object.keys(results).length > 0) out.push('');
      if (assessment.summary !== undefined) out.push(block(assessment.summary), '');
    }
  }

  if (plan.careerOptions.length > 0) {
    out.push('## Career options', '');
    for (const option of plan.careerOptions) {
      const facts = [
        option.socCode === undefined ? undefined : `O*NET-SOC ${option.socCode}`,
        `status: ${option.status}`,
        option.fit === undefined ? undefined : `fit ${option.fit} of 5`,
        option.interestCode === undefined ? undefined : `Holland code ${option.interestCode}`,
        option.jobZone === undefined ? undefined : `Job Zone ${option.jobZone}`,
      ].filter((fact) => fact !== undefined);
      out.push(`### ${inline(option.title)}`, '', `${inline(facts.join(', '))}.`, '');
      const research = option.research;
      const notes =
        research === undefined
          ? []
          : (['duties', 'education', 'earnings', 'outlook', 'other'] as const).filter(
              (key) => research[key] !== undefined,
            );
      for (const key of notes) out.push(`- ${title(key)}: ${inline(research?.[key] ?? '')}`);
      for (const activity of option.activities) {
        const facts2 = [activity.date, activity.contact === undefined ? undefined : `with ${inline(activity.contact)}`]
          .filter((x) => x !== undefined)
          .join(', ');
        out.push(
          `- ${title(activity.kind.replaceAll('-', ' '))}${facts2 === '' ? '' : ` ` + `(${facts2})`}${
            activity.notes === undefined ? '' : `: ` + `${inline(activity.notes)}`
          }`,
        );
      }
      if (notes.length + option.activities.length > 0) out.push('');
    }
  }

  const decision = plan.decision;
  if (decision !== null) {
    const optionTitle = (id: string | undefined): string | undefined =>
      id === undefined ? undefined : inline(plan.careerOptions.find((o) => o.id === id)?.title ?? id);
    out.push(
      '## Decision',
      '',
      `**Chosen:** ${optionTitle(decision.chosenOptionId) ?? ''} (decided ${date(decision.decidedAt)})`,
      '',
    );
    if (decision.shortTermOptionId !== undefined)
      out.push(`**Short term:** ${optionTitle(decision.shortTermOptionId) ?? ''}`, '');
    if (decision.longTermOptionId !== undefined)
      out.push(`**Long term:** ${optionTitle(decision.longTermOptionId) ?? ''}`, '');
    if (decision.criteria.length > 0) out.push(`**Criteria weighed:** ${decision.criteria.map(inline).join(', ')}`, '');
    if (decision.pros.length > 0) out.push('Pros:', '', ...decision.pros.map((pro) => `- ${inline(pro)}`), '');
    if (decision.cons.length > 0) out.push('Cons:', '', ...decision.cons.map((con) => `- ${inline(con)}`), '');
    if (decision.rationale !== undefined) out.push(`**Rationale:** ${inline(decision.rationale)}`, '');
  }

  const names: Names = {
    goals: new Map(plan.goals.map((goal) => [goal.id, goal.title])),
    resources: new Map(plan.resources.map((resource) => [resource.id, resource.name])),
  };
  for (const [horizon, heading] of [
    ['short', 'Short-term goals'],
    ['long', 'Long-term goals'],
  ] as const) {
    const goals = plan.goals.filter((goal) => goal.horizon === horizon);
    if (goals.length === 0) continue;
    out.push(`## ${heading}`, '');
    for (const goal of goals) out.push(...goalSection(goal, names));
  }

  if (plan.barriers.length > 0) {
    out.push('## Barriers', '');
    for (const barrier of plan.barriers) {
      out.push(
        `- **${inline(barrier.description)}** (${barrier.status}): ${
          barrier.overcome === undefined ? 'no plan to ' + 'overcome it ' + 'yet' : inline(barrier.overcome)
        }`,
      );
    }
    out.push('');
  }
  if (plan.resources.length > 0) {
    out.push('## Resources', '');
    for (const resource of plan.resources) {
      const link =
        resource.url === undefined
          ? inline(resource.name)
          : `[${inline(resource.name)}](<${resource.url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      const extra = [resource.contact, resource.notes]
        .filter((x): x is string => x !== undefined)
        .map(inline)
        .join('; ');
      out.push(`- ${link} (${resource.kind})${extra === '' ? '' : `: ${extra}`}`);
    }
    out.push('');
  }
  if (plan.milestones.length > 0) {
    out.push('## Milestones', '');
    for (const milestone of [...plan.milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
      out.push(
        `- ${milestone.reachedOn === undefined ? '[ ]' : '[x]'} ${milestone.date}: ${inline(milestone.title)}${
          milestone.reachedOn === undefined ? '' : ` (reached ` + `${milestone.reachedOn})`
        }`,
      );
    }
    out.push('');
  }
  if (plan.alternatives.length > 0) {
    out.push('## Alternatives', '');
    for (const alternative of plan.alternatives) {
      out.push(
        `- **${inline(alternative.title)}**${
          alternative.description === undefined ? '' : `: ` + `${inline(alternative.description)}`
        } (trigger: ${inline(alternative.trigger)})`,
      );
    }
    out.push('');
  }
  if (plan.skills.length > 0) {
    out.push('## Skills', '');
    for (const skill of plan.skills) {
      const advisors = advisorRatingOf(skill);
      const facts = [
        skill.selfRating === undefined ? undefined : `own rating ${skill.selfRating} of 5`,
        advisors === undefined ? undefined : `advisors' rating ${advisors} of 5`,
        skill.importance === undefined ? undefined : `importance ${skill.importance} of 5`,
      ].filter((fact) => fact !== undefined);
      out.push(`- ${inline(skill.name)}${facts.length > 0 ? ` (${facts.join(', ')})` : ''}`);
    }
    out.push('');
  }
  if (plan.evidence.length > 0) {
    out.push('## Portfolio', '');
    const labels = new Map<string, string>();
    for (const goal of plan.goals) {
      labels.set(`goal:${goal.id}`, `Goal: ${goal.title}`);
      for (const strategy of goal.strategies) labels.set(`strategy:${strategy.id}`, `Strategy: ${strategy.title}`);
    }
    for (const milestone of plan.milestones) labels.set(`milestone:${milestone.id}`, `Milestone: ${milestone.title}`);
    const groups = new Map<string, typeof plan.evidence>();
    for (const item of plan.evidence) {
      const key = labels.get(`${item.about.kind}:${item.about.id}`) ?? 'Earlier parts of the plan';
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    for (const [heading, items] of groups) {
      out.push(`### ${inline(heading)}`, '');
      for (const item of [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
        const name =
          item.url === undefined
            ? inline(item.title)
            : `[${inline(item.title)}](<${item.url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
        out.push(`- ${item.date}, ${item.kind}: ${name}${item.note === undefined ? '' : `: ${inline(item.note)}`}`);
      }
      out.push('');
    }
  }
  if (plan.reviews.length > 0 || plan.reviewCadence !== undefined) {
    out.push('## Reviews', '');
    const cadence = plan.reviewCadence;
    if (cadence !== undefined)
      out.push(
        'everyMonths' in cadence
          ? `Reviewed every ${cadence.everyMonths} month${cadence.everyMonths === 1 ? '' : 's'}.`
          : `Reviews due on ${cadence.dates.join(', ')}.`,
        '',
      );
    const goalTitles = new Map(plan.goals.map((goal) => [goal.id, goal.title]));
    for (const review of [...plan.reviews].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
      const changed = review.goalIds.map((id) => goalTitles.get(id)).filter((t): t is string => t !== undefined);
      const who = review.participants.map(inline).join(', ') || 'no one named';
      out.push(
        `- ${review.date}, with ${who}: ${inline(review.agreed)}` +
          `${changed.length > 0 ? ` Goals changed: ${changed.map(inline).join('; ')}.` : ''}` +
          `${review.notes === undefined ? '' : ` ${inline(review.notes)}`}`,
      );
    }
    if (plan.reviews.length > 0) out.push('');
  }
  if (plan.signatures.length > 0) {
    out.push('## Signatures', '');
    for (const status of signatureStatus(plan)) {
      const since =
        status.state === 'unchanged'
          ? '; unchanged since'
          : status.state === 'changed'
            ? `; changed since (${status.changes.length} revision${status.changes.length === 1 ? '' : 's'})`
            : '';
      const at = status.seq === undefined ? '' : `, revision ${status.seq}`;
      out.push(`- ${inline(status.by.name ?? status.by.id)} (${inline(status.role)}), ${date(status.at)}${at}${since}`);
    }
    out.push('');
  }
  if (options.includeNotes !== false && plan.notes.length > 0) {
    out.push('## Notes', '');
    for (const note of plan.notes)
      out.push(`- ${date(note.at)}, ${inline(note.by.name ?? note.by.id)}: ${inline(note.text)}`);
    out.push('');
  }
  if (options.includeHistory === true) {
    out.push('## Revision log', '');
    for (const revision of revisions(plan))
      out.push(`${revision.seq}. ${date(revision.at)}: ${inline(describeRevision(revision, { includeReason: true }))}`);
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
