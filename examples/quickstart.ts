// The library's main job, end to end: one person through all four stages of the career
// planning process, going back a stage once, revising a goal, undoing a change, storing and
// reloading the plan, then printing what to do next, the printable plan and its revision log.
// Run it with `npm run example`, or in Spanish with `npm run example -- --locale es`.
import {
  acceptSuggestion,
  addAdvisor,
  addAssessment,
  addComment,
  addPrivateNote,
  addBarrier,
  addCareerOption,
  addExplorationActivity,
  addGoal,
  addResource,
  addStrategy,
  canTransition,
  checkGoal,
  completeStrategy,
  createPlan,
  setDecision,
  deserialize,
  fixedEnv,
  nextActions,
  planAt,
  progress,
  revisions,
  serialize,
  addSuggestion,
  transition,
  undo,
  updateCareerOption,
  updateGoal,
  viewFor,
  matchOptions,
  en,
  type CareerOptionInput,
  type CareerStageId,
} from 'career-plan';
import { toMarkdown } from 'career-plan/export';
import { es } from 'career-plan/locales/es';
import { readFileSync } from 'node:fs';

// The language of every sentence the library writes: English unless `--locale es`. The people's
// own texts (titles, notes) stay as they typed them.
const locale = process.argv[process.argv.indexOf('--locale') + 1] === 'es' ? 'es' : 'en';
const catalog = locale === 'es' ? es : en;
const stageTitle = (id: CareerStageId): string => catalog.messages.careerStages[id].title;
// This example's own sentences, in both languages.
const say = {
  en: {
    canExplore: 'Can Alex explore careers yet?',
    options: (code: string) => `Options by the shape of Alex's interests (${code}):`,
    before: 'Before the action plan:',
    stored: (chars: number, count: number, stage: string) =>
      `Stored ${chars} characters; reloaded ${count} revisions, stage ${stage}.`,
    early: (stage: string, options: number, goals: number) =>
      `On 10 January the plan was in ${stage} with ${options} options and ${goals} goals.`,
    visits: (n: number) => `Visits to exploration: ${n}`,
    views: (seen: number, notes: number, own: number) =>
      `Dana sees ${seen} revisions and ${notes} private notes; Alex has ${own}.`,
    progress: (done: number, total: number, percent: number) =>
      `Progress: ${done} of ${total} strategies done (${percent}%).`,
    next: 'Next actions:',
    review: 'plan review',
    due: (date: string) => `due ${date}`,
    overdue: 'OVERDUE',
    smart: (title: string, verdict: string) => `Is "${title}" SMART? ${verdict}`,
    yes: 'yes',
    printable: 'The printable plan',
  },
  es: {
    canExplore: '¿Puede Alex explorar carreras ya?',
    options: (code: string) => `Opciones según la forma de los intereses de Alex (${code}):`,
    before: 'Antes del plan de acción:',
    stored: (chars: number, count: number, stage: string) =>
      `Guardados ${chars} caracteres; recargadas ${count} revisiones, etapa ${stage}.`,
    early: (stage: string, options: number, goals: number) =>
      `El 10 de enero el plan estaba en ${stage} con ${options} opciones y ${goals} metas.`,
    visits: (n: number) => `Visitas a la exploración: ${n}`,
    views: (seen: number, notes: number, own: number) =>
      `Dana ve ${seen} revisiones y ${notes} notas privadas; Alex tiene ${own}.`,
    progress: (done: number, total: number, percent: number) =>
      `Progreso: ${done} de ${total} estrategias hechas (${percent} %).`,
    next: 'Próximas acciones:',
    review: 'revisión del plan',
    due: (date: string) => `vence el ${date}`,
    overdue: 'ATRASADA',
    smart: (title: string, verdict: string) => `¿Es «${title}» SMART? ${verdict}`,
    yes: 'sí',
    printable: 'El plan para imprimir',
  },
}[locale];

// A fixed clock and counted ids make the output the same on every run. Apps leave `env` out
// and get the system clock and crypto.randomUUID().
const env = fixedEnv({ start: '2026-01-05T09:00:00.000Z' });
const alex = { env, by: 'alex' };
const dana = { env, by: 'dana' };

// 1. Self assessment
let plan = createPlan({ owner: { id: 'alex', name: 'Alex Rivera' }, title: "Alex's career action plan" }, { env });
// A counselor helps, but cannot set Alex's goals: advisors comment, suggest and add resources.
plan = addAdvisor(plan, { id: 'dana', name: 'Dana (counselor)', role: 'counselor' }, alex);
plan = addAssessment(
  plan,
  {
    kind: 'interests',
    instrument: 'O*NET Interest Profiler',
    takenAt: '2026-01-06',
    results: {
      riasec: { realistic: 62, investigative: 71, artistic: 20, social: 45, enterprising: 30, conventional: 55 },
      hollandCode: 'IRC',
    },
    summary: 'I like solving practical problems with technology.',
  },
  alex,
);
// Options may carry their occupation's interest profile (O*NET's RIASEC levels, 1 to 7) for the match step. These
// two profiles are made up for the example, NOT O*NET data: an app takes them from the O*NET database.
plan = addCareerOption(
  plan,
  {
    id: 'support',
    title: 'Computer User Support Specialist',
    socCode: '15-1232.00',
    origin: { kind: 'assessment' },
    interests: { realistic: 6, investigative: 6.5, artistic: 1.5, social: 3, enterprising: 2, conventional: 5 },
    jobZone: 3,
    profileSource: 'made up for this example; not O*NET data',
  },
  alex,
);
plan = addCareerOption(
  plan,
  {
    id: 'network',
    title: 'Computer Network Support Specialist',
    socCode: '15-1231.00',
    origin: { kind: 'self' },
    interests: { realistic: 5.5, investigative: 4.5, artistic: 1, social: 2.5, enterprising: 2, conventional: 6 },
    profileSource: 'made up for this example; not O*NET data',
  },
  alex,
);
console.log(say.canExplore, canTransition(plan, 'exploration', { catalog }).ok);

// 2. Career exploration
env.advance({ days: 7 });
plan = transition(plan, 'exploration', { ...alex, reason: 'Assessments done' });
plan = updateCareerOption(
  plan,
  'support',
  {
    status: 'researching',
    research: {
      earnings: 'Median $60,000 a year',
      outlook: 'As fast as average',
      education: 'Certificate or some college',
    },
  },
  alex,
);
plan = addExplorationActivity(
  plan,
  'network',
  { kind: 'informational-interview', date: '2026-01-20', contact: 'Sam, IT manager at the library' },
  alex,
);

// 3. Match
env.advance({ days: 14 });
// Dana suggested a clerical option to compare; its profile is a real O*NET row, from the fixture of O*NET values the
// tests use (test/fixtures/onet-profiles.json, with the attribution O*NET's CC BY 4.0 license asks for).
const onet = JSON.parse(readFileSync(new URL('../test/fixtures/onet-profiles.json', import.meta.url), 'utf8')) as {
  readonly attribution: string;
  readonly occupations: readonly (CareerOptionInput & { readonly socCode?: string; readonly source: string })[];
};
const clerk = onet.occupations.find((row) => row.socCode === '43-4041.00');
if (clerk === undefined) throw new Error('The O*NET fixture has no row for 43-4041.00');
plan = addCareerOption(
  plan,
  {
    id: 'clerk',
    title: clerk.title,
    socCode: '43-4041.00',
    origin: { kind: 'advisor' },
    ...(clerk.interests ? { interests: clerk.interests } : {}),
    ...(clerk.interestCode ? { interestCode: clerk.interestCode } : {}),
    profileSource: clerk.source,
  },
  alex,
);
plan = transition(plan, 'match', alex);
const match = matchOptions(plan, { catalog });
console.log(say.options(match.personCode ?? ''));
for (const option of match.ranked)
  console.log(`${option.rank}. ${option.title}: ${option.reasons.slice(0, 2).join('; ')}`);
console.log(onet.attribution);
const blocked = canTransition(plan, 'action-plan', { catalog });
if (!blocked.ok) console.log(say.before, blocked.reasons.map((reason) => reason.message).join('; '));
plan = setDecision(
  plan,
  {
    chosenOptionId: 'support',
    longTermOptionId: 'network',
    criteria: ['earnings', 'training time', 'interests'],
    pros: ['Certificate in under a year'],
    cons: ['Evening shifts at first'],
    rationale: 'Fits my IRC interests and I can start within a year; networking is the long-term step.',
  },
  alex,
);

// 4. Action plan
env.advance({ days: 3 });
plan = transition(plan, 'action-plan', alex);
plan = addResource(plan, { id: 'course', name: 'Pima Community College IT certificate', kind: 'course' }, dana);
plan = addGoal(
  plan,
  {
    id: 'aplus',
    title: 'Finish the CompTIA A+ certificate',
    kind: 'education',
    horizon: 'short',
    targetDate: '2026-09-30',
    successMeasure: 'Both A+ exams passed',
    resourceIds: ['course'],
    priority: 'high',
    strategies: [{ id: 'enroll', title: 'Enroll in the evening course', byWho: 'me', dueDate: '2026-02-15' }],
  },
  alex,
);
plan = addStrategy(plan, 'aplus', { id: 'core1', title: 'Pass Core 1', byWho: 'me', dueDate: '2026-06-30' }, alex);
plan = addGoal(
  plan,
  {
    id: 'job',
    title: 'Work as a help desk technician',
    kind: 'occupational',
    horizon: 'long',
    targetDate: '2027-06-30',
  },
  alex,
);
plan = addBarrier(
  plan,
  {
    description: 'Caring for my son in the evenings',
    overcome: 'My sister babysits on class nights',
    goalIds: ['aplus'],
  },
  alex,
);

// The counselor suggests; Alex decides. Comments are shared; private notes are Alex's alone.
plan = addSuggestion(
  plan,
  {
    id: 'practice',
    edit: {
      kind: 'addStrategy',
      goalId: 'aplus',
      input: { title: 'Take a practice exam', byWho: 'me', dueDate: '2026-05-15' },
    },
    note: 'Practice exams catch weak areas early',
  },
  dana,
);
plan = acceptSuggestion(plan, 'practice', alex);
plan = addComment(
  plan,
  { about: { kind: 'goal', id: 'aplus' }, text: 'Is September realistic with evening shifts?' },
  dana,
);
plan = addPrivateNote(plan, { text: 'Worried about the exam fee: ask about JobPath funding' }, alex);

// Going back a stage: the process is bi-directional.
env.advance({ days: 10 });
plan = transition(plan, 'exploration', { ...alex, reason: 'Shadow a network technician before committing' });
plan = addExplorationActivity(
  plan,
  'network',
  { kind: 'job-shadowing', date: '2026-02-18', notes: 'Too much on-call work for now' },
  alex,
);
plan = transition(plan, 'action-plan', { ...alex, reason: 'Confirmed: support first' });

// Revising a goal, then undoing a change made by mistake.
env.advance({ days: 30 });
plan = completeStrategy(plan, 'enroll', alex);
plan = updateGoal(plan, 'aplus', { targetDate: '2026-12-15' }, { ...alex, reason: 'The spring exam session is full' });
plan = updateGoal(plan, 'job', { priority: 'low' }, alex);
plan = undo(plan, alex);

// Store the plan with its whole history, and load it back (a database column, a file, an API).
const stored = serialize(plan);
const loaded = deserialize(stored);
console.log(`\n${say.stored(stored.length, revisions(loaded).length, stageTitle(loaded.stage))}`);

// Time travel: the plan as it stood on a date.
const early = planAt(loaded, '2026-01-10T00:00:00.000Z');
console.log(say.early(stageTitle(early.stage), early.careerOptions.length, early.goals.length));
console.log(say.visits(loaded.journey.filter((visit) => visit.stage === 'exploration').length));
const danaSees = viewFor(loaded, 'dana');
console.log(say.views(revisions(danaSees).length, danaSees.privateNotes.length, loaded.privateNotes.length));

const today = '2026-03-10';
const done = progress(loaded, { today });
console.log(say.progress(done.overall.done, done.overall.total, done.overall.percent));
console.log(say.next);
for (const action of nextActions(loaded, { today, limit: 3, catalog })) {
  // A review that is due comes first (kind 'review'); the rest are strategies of goals.
  const about = action.kind === 'review' ? say.review : action.goalTitle;
  const due = action.dueDate ? `, ${say.due(action.dueDate)}` : '';
  console.log(`- ${action.title} (${about}${due}${action.overdue ? `, ${say.overdue}` : ''})`);
}
const smart = checkGoal(loaded.goals[1]!, { today, catalog });
console.log(
  say.smart(loaded.goals[1]!.title, smart.ok ? say.yes : smart.findings.map((finding) => finding.message).join('; ')),
);

console.log(`\n----- ${say.printable} -----\n`);
console.log(toMarkdown(loaded, { includeHistory: true, catalog }));
