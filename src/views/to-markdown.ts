import { optionsObject } from '../model/errors.js';
import type { Goal } from '../model/goal.js';
import type { Plan } from '../model/plan.js';
import type { Strategy } from '../model/strategy.js';
import { describeRevision } from '../history/describe-revision.js';
import { revisions } from '../history/revisions.js';
import { requirePlan } from './plan-argument.js';
import { catalogOf } from '../model/catalog.js';
import type { Stage } from '../model/process.js';
import type { Catalog, MarkdownWords } from '../text/catalog.js';
import { stageTitle as localStageTitle } from '../process/texts.js';
import { signatureStatus } from './signature-status.js';
import { advisorRatingOf } from './skill-gaps.js';

/**
 * Options of {@link toMarkdown}.
 *
 * @example
 * ```ts
 * import type { MarkdownOptions } from 'career-plan/export';
 *
 * const options: MarkdownOptions = { includeHistory: true, includeNotes: false };
 * ```
 * @category Export
 */
export interface MarkdownOptions {
  /** The language of the headings, labels and values (default English; `es` from `career-plan/locales/es`). */
  readonly catalog?: Catalog;
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

/** `f` of `value`, or nothing when there is no value. */
const opt = <T>(value: T | undefined, f: (value: T) => string): string => (value === undefined ? '' : f(value));

/** The facts that are there, joined. */
const facts = (items: readonly (string | false | undefined)[], separator = ', '): string =>
  items.filter((item): item is string => typeof item === 'string' && item !== '').join(separator);

/** A name, linked when it has an address (an address cannot break out of the link). */
const link = (name: string, url: string | undefined): string =>
  url === undefined ? inline(name) : `[${inline(name)}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;

/** Items by their date, oldest first (dates are ISO, so text order is date order). */
const byDate = <T extends { readonly date: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

function strategyLine(strategy: Strategy, w: MarkdownWords): string {
  const said = facts([
    opt(strategy.dueDate, (day) => w.strategy.due({ date: day })),
    opt(strategy.byWho, (who) => w.strategy.by({ who: inline(who) })),
    strategy.status === 'in-progress' ? w.strategy.inProgress : strategy.status === 'skipped' && w.strategy.skipped,
    opt(strategy.completedAt, (at) => w.strategy.done({ date: date(at) })),
  ]);
  return (
    `- ${strategy.status === 'done' ? '[x]' : '[ ]'} ${inline(strategy.title)}${said && ` (${said})`}` +
    opt(strategy.successMeasure, (measure) => `; ${w.strategy.success}: ${inline(measure)}`) +
    (strategy.resourcesNeeded?.length
      ? `; ${w.strategy.needs}: ${strategy.resourcesNeeded.map(inline).join(', ')}`
      : '')
  );
}

/** The research notes' fields, in the order the plan shows them. */
const RESEARCH = ['duties', 'education', 'earnings', 'outlook', 'other'] as const;

/** The names a goal's links show, by id: goals by title, resources by name (built once per call). */
interface Names {
  readonly goals: ReadonlyMap<string, string>;
  readonly resources: ReadonlyMap<string, string>;
}

/** `**Label:** text` and a blank line, when there is text. */
const labelled = (label: string, text: string | undefined): string[] =>
  text === undefined || text === '' ? [] : [`**${label}:** ${text}`, ''];

function goalSection(goal: Goal, names: Names, w: MarkdownWords): string[] {
  const named = (ids: readonly string[] | undefined, map: ReadonlyMap<string, string>): string =>
    facts(
      (ids ?? []).map((id) => opt(map.get(id), inline)),
      '; ',
    );
  return [
    `### ${inline(goal.title)}`,
    '',
    w.goalFacts({
      kind: w.goalKind[goal.kind],
      priority: w.priority[goal.priority],
      status: w.goalStatus[goal.status],
      ...(goal.targetDate === undefined ? {} : { target: goal.targetDate }),
    }),
    '',
    ...(goal.description === undefined ? [] : [block(goal.description), '']),
    ...labelled(w.goal.successMeasure, opt(goal.successMeasure, inline)),
    ...labelled(w.goal.realistic, opt(goal.realism, inline)),
    ...labelled(w.goal.leadsTo, named(goal.supports, names.goals)),
    ...labelled(w.goal.resources, named(goal.resourceIds, names.resources)),
    ...(goal.strategies.length > 0
      ? [`${w.goal.strategies}:`, '', ...goal.strategies.map((strategy) => strategyLine(strategy, w)), '']
      : []),
  ];
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
 * import { addGoal, createPlan } from 'career-plan';
 * import { toMarkdown } from 'career-plan/export';
 *
 * const plan = addGoal(createPlan({ owner: { id: 'alex', name: 'Alex' }, title: "Alex's plan" }),
 *   { title: 'Get certified', kind: 'education', horizon: 'short', strategies: [{ title: 'Enroll',
 *   dueDate: '2026-02-15' }] });
 * console.log(toMarkdown(plan));
 * // # Alex's plan
 * // ...
 * // - [ ] Enroll (due 2026-02-15)
 * ```
 * @category Export
 */
export function toMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const process = requirePlan(plan, 'toMarkdown');
  options = optionsObject(options, 'toMarkdown');
  const catalog = catalogOf(options.catalog);
  const w = catalog.messages.markdown;
  const stageTitle = (id: string): string => {
    const stage = process?.stages.find((candidate) => candidate.id === id);
    return inline(stage === undefined ? id : localStageTitle(stage as Stage, catalog));
  };
  const out: string[] = [
    `# ${inline(plan.title)}`,
    '',
    `**${w.owner}:** ${inline(plan.owner.name ?? plan.owner.id)}  `,
    `**${w.created}:** ${date(plan.createdAt)}  `,
    `**${w.currentStage}:** ${stageTitle(plan.stage)}`,
    '',
    `## ${w.journey}`,
    '',
  ];
  /** A section: its heading, then `lines` of each item, then a blank line; nothing without items. */
  const section = <T>(heading: string, items: readonly T[], lines: (item: T) => string | string[]): void => {
    if (items.length > 0) out.push(`## ${heading}`, '', ...items.flatMap(lines), '');
  };
  plan.journey.forEach((visit, index) => {
    const span =
      visit.leftAt === undefined
        ? w.since({ date: date(visit.enteredAt) })
        : w.span({ from: date(visit.enteredAt), to: date(visit.leftAt) });
    out.push(`${index + 1}. ${stageTitle(visit.stage)}, ${span}${opt(visit.reason, (why) => `: ${inline(why)}`)}`);
  });
  out.push('');

  const { employment, education, licenses, volunteerWork } = plan.background;
  const range = (start?: string, end?: string): string =>
    start === undefined && end === undefined
      ? ''
      : ` ${w.range({ ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) })}`;
  section(w.background, [...employment, ...education, ...licenses, ...volunteerWork], (entry) => {
    if ('employer' in entry)
      return (
        `- ${w.entry.employment}: ${inline(entry.title)}, ${inline(entry.employer)}` +
        opt(entry.location, (where) => `, ${inline(where)}`) +
        range(entry.startDate, entry.endDate)
      );
    if ('institution' in entry) {
      const what = facts([opt(entry.credential, inline), opt(entry.field, inline)]);
      return (
        `- ${w.entry.education}: ${what && `${what}, `}${inline(entry.institution)}` +
        `${range(entry.startDate, entry.endDate)}${entry.completed === false ? `, ${w.inProgress}` : ''}`
      );
    }
    if ('organization' in entry)
      return (
        `- ${w.entry.volunteerWork}: ${inline(entry.role)}, ${inline(entry.organization)}` +
        range(entry.startDate, entry.endDate)
      );
    return (
      `- ${w.entry.license}: ${inline(entry.name)}` +
      opt(entry.issuer, (issuer) => `, ${inline(issuer)}`) +
      opt(entry.expiresOn, (day) => `, ${w.expires({ date: day })}`)
    );
  });

  section(w.selfAssessment, plan.assessments, (assessment) => {
    const results = assessment.results;
    const r = results?.riasec;
    const v = results?.workValues;
    const area = catalog.messages.area;
    const values = w.workValue;
    const lines = [
      `### ${inline(assessment.instrument)}`,
      '',
      w.assessmentTaken({ kind: w.assessmentKind[assessment.kind], date: assessment.takenAt }),
      '',
      ...(results?.hollandCode === undefined ? [] : [`- ${w.hollandCode}: ${results.hollandCode}`]),
      ...(r === undefined
        ? []
        : [
            `- ${w.riasec}: ${area.realistic} ${r.realistic}, ${area.investigative} ${r.investigative}, ` +
              `${area.artistic} ${r.artistic}, ${area.social} ${r.social}, ${area.enterprising} ${r.enterprising}, ` +
              `${area.conventional} ${r.conventional}`,
          ]),
      ...(v === undefined
        ? []
        : [
            `- ${w.workValues}: ${values.achievement} ${v.achievement}, ${values.workingConditions} ` +
              `${v.workingConditions}, ${values.recognition} ${v.recognition}, ${values.relationships} ` +
              `${v.relationships}, ${values.support} ${v.support}, ${values.independence} ${v.independence}`,
          ]),
      ...(results?.personalityType === undefined ? [] : [`- ${w.personalityType}: ${inline(results.personalityType)}`]),
      ...(results?.jobZone === undefined ? [] : [`- ${w.jobZone}: ${results.jobZone}`]),
      ...(results?.items ?? []).map(
        (item) =>
          `- ${inline(item.label)}${opt(item.score, (score) => `: ${score}`)}` +
          opt(item.note, (note) => ` (${inline(note)})`),
      ),
    ];
    if (results !== undefined && Object.keys(results).length > 0) lines.push('');
    if (assessment.summary !== undefined) lines.push(block(assessment.summary), '');
    // The section adds a blank line after the last item: an item's own last blank line is dropped below.
    return lines;
  });

  const of = w.optionFacts;
  section(w.careerOptions, plan.careerOptions, (option) => {
    const research = option.research;
    const notes = research === undefined ? [] : RESEARCH.filter((key) => research[key] !== undefined);
    const lines = [
      `### ${inline(option.title)}`,
      '',
      `${inline(
        facts([
          opt(option.socCode, (code) => of.socCode({ code })),
          of.status({ status: w.optionStatus[option.status] }),
          opt(option.fit, (n) => of.fit({ n })),
          opt(option.interestCode, (code) => of.code({ code })),
          opt(option.jobZone, (n) => of.zone({ n })),
        ]),
      )}.`,
      '',
      ...notes.map((key) => `- ${w.research[key]}: ${inline(research?.[key] ?? '')}`),
      ...option.activities.map((activity) => {
        const said = facts([
          activity.date,
          opt(activity.contact, (contact) => w.activityWith({ contact: inline(contact) })),
        ]);
        const remark = opt(activity.notes, (text) => `: ${inline(text)}`);
        return `- ${w.activityKind[activity.kind]}${said && ` (${said})`}${remark}`;
      }),
    ];
    if (notes.length + option.activities.length > 0) lines.push('');
    return lines;
  });

  const decision = plan.decision;
  if (decision !== null) {
    const optionTitle = (id: string | undefined): string | undefined =>
      id === undefined ? undefined : inline(plan.careerOptions.find((o) => o.id === id)?.title ?? id);
    const d = w.decision;
    const list = (label: string, items: readonly string[]): string[] =>
      items.length > 0 ? [`${label}:`, '', ...items.map((item) => `- ${inline(item)}`), ''] : [];
    out.push(
      `## ${d.heading}`,
      '',
      `**${d.chosen}:** ${optionTitle(decision.chosenOptionId) ?? ''} ` +
        `(${w.decided({ date: date(decision.decidedAt) })})`,
      '',
      ...labelled(d.shortTerm, optionTitle(decision.shortTermOptionId)),
      ...labelled(d.longTerm, optionTitle(decision.longTermOptionId)),
      ...labelled(d.criteria, decision.criteria.map(inline).join(', ')),
      ...list(d.pros, decision.pros),
      ...list(d.cons, decision.cons),
      ...labelled(d.rationale, opt(decision.rationale, inline)),
    );
  }

  const names: Names = {
    goals: new Map(plan.goals.map((goal) => [goal.id, goal.title])),
    resources: new Map(plan.resources.map((resource) => [resource.id, resource.name])),
  };
  for (const horizon of ['short', 'long'] as const)
    section(
      w.goalsBy[horizon],
      plan.goals.filter((goal) => goal.horizon === horizon),
      (goal) => goalSection(goal, names, w),
    );

  section(
    w.barriers,
    plan.barriers,
    (barrier) =>
      `- **${inline(barrier.description)}** (${w.barrierStatus[barrier.status]}): ` +
      (barrier.overcome === undefined ? w.noPlanToOvercome : inline(barrier.overcome)),
  );
  section(w.resources, plan.resources, (resource) => {
    const extra = facts([opt(resource.contact, inline), opt(resource.notes, inline)], '; ');
    return `- ${link(resource.name, resource.url)} (${w.resourceKind[resource.kind]})${extra && `: ${extra}`}`;
  });
  section(
    w.milestones,
    byDate(plan.milestones),
    (milestone) =>
      `- ${milestone.reachedOn === undefined ? '[ ]' : '[x]'} ${milestone.date}: ${inline(milestone.title)}` +
      opt(milestone.reachedOn, (day) => ` (${w.reached({ date: day })})`),
  );
  section(
    w.alternatives,
    plan.alternatives,
    (alternative) =>
      `- **${inline(alternative.title)}**${opt(alternative.description, (text) => `: ${inline(text)}`)} ` +
      `(${w.trigger}: ${inline(alternative.trigger)})`,
  );
  section(w.skills, plan.skills, (skill) => {
    const said = facts([
      opt(skill.selfRating, (n) => w.skill.own({ n })),
      opt(advisorRatingOf(skill), (n) => w.skill.advisors({ n })),
      opt(skill.importance, (n) => w.skill.importance({ n })),
    ]);
    return `- ${inline(skill.name)}${said && ` (${said})`}`;
  });
  if (plan.evidence.length > 0) {
    out.push(`## ${w.portfolio}`, '');
    const labels = new Map<string, string>();
    const f = w.evidenceFor;
    for (const goal of plan.goals) {
      labels.set(`goal:${goal.id}`, `${f.goal}: ${goal.title}`);
      for (const strategy of goal.strategies) labels.set(`strategy:${strategy.id}`, `${f.strategy}: ${strategy.title}`);
    }
    for (const milestone of plan.milestones)
      labels.set(`milestone:${milestone.id}`, `${f.milestone}: ${milestone.title}`);
    const groups = new Map<string, (typeof plan.evidence)[number][]>();
    for (const item of plan.evidence) {
      const key = labels.get(`${item.about.kind}:${item.about.id}`) ?? f.earlier;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    for (const [heading, items] of groups)
      out.push(
        `### ${inline(heading)}`,
        '',
        ...byDate(items).map(
          (item) =>
            `- ${item.date}, ${w.evidenceKind[item.kind]}: ${link(item.title, item.url)}` +
            opt(item.note, (note) => `: ${inline(note)}`),
        ),
        '',
      );
  }
  const cadence = plan.reviewCadence;
  if (plan.reviews.length > 0 || cadence !== undefined) {
    out.push(`## ${w.reviews}`, '');
    if (cadence !== undefined)
      out.push(
        'everyMonths' in cadence
          ? w.everyMonths({ n: cadence.everyMonths })
          : w.dueOn({ dates: cadence.dates.join(', ') }),
        '',
      );
    for (const review of byDate(plan.reviews)) {
      const changed = facts(
        review.goalIds.map((id) => opt(names.goals.get(id), inline)),
        '; ',
      );
      out.push(
        `- ${review.date}, ${w.reviewWith({ who: review.participants.map(inline).join(', ') })}: ` +
          `${inline(review.agreed)}${changed && ` ${w.goalsChanged({ goals: changed })}`}` +
          opt(review.notes, (notes) => ` ${inline(notes)}`),
      );
    }
    if (plan.reviews.length > 0) out.push('');
  }
  section(w.signatures, signatureStatus(plan, { catalog }), (status) => {
    const since =
      status.state === 'unchanged'
        ? `; ${w.unchangedSince}`
        : status.state === 'changed'
          ? `; ${w.changedSince({ n: status.changes.length })}`
          : '';
    const role = status.role === 'owner' ? w.owner.toLowerCase() : status.role;
    return (
      `- ${inline(status.by.name ?? status.by.id)} (${inline(role)}), ${date(status.at)}` +
      `${opt(status.seq, (n) => `, ${w.revision({ n })}`)}${since}`
    );
  });
  if (options.includeNotes !== false)
    section(
      w.notes,
      plan.notes,
      (note) => `- ${date(note.at)}, ${inline(note.by.name ?? note.by.id)}: ${inline(note.text)}`,
    );
  if (options.includeHistory === true) {
    out.push(`## ${w.revisionLog}`, '');
    for (const revision of revisions(plan))
      out.push(
        `${revision.seq}. ${date(revision.at)}: ` +
          inline(describeRevision(revision, { includeReason: true, catalog })),
      );
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
