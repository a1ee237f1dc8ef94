// A custom process: the built-in career process with a "networking" stage after exploration.
// The stage keeps typed data (its contacts), and entering "match" needs at least one contact.
// Run it with `npx tsx examples/custom-stage.ts`.
import * as z from 'zod';
import {
  addAssessment,
  addCareerOption,
  canTransition,
  careerProcess,
  createPlan,
  defineStage,
  deriveProcess,
  deserialize,
  fixedEnv,
  hasStageData,
  revisions,
  describeRevision,
  serialize,
  setStageData,
  transition,
} from 'career-plan';

const networking = defineStage({
  id: 'networking',
  title: 'Networking',
  description: 'Talk to people who do the work you want: informational interviews, meetups, alumni.',
  data: z.object({
    contacts: z.array(z.object({ name: z.string().min(1), role: z.string(), met: z.iso.date() })),
  }),
});

const process = deriveProcess(careerProcess, {
  id: 'career-networking',
  version: 1,
  title: 'Career planning with networking',
  insert: [{ after: 'exploration', stage: networking }],
  replace: [
    defineStage({
      id: 'match',
      title: 'Match',
      description: 'Weigh the options, with what your contacts told you, and choose.',
      rules: [hasStageData('networking', 'Log at least one networking contact before choosing')],
    }),
  ],
});
console.log('Stages:', process.stages.map((stage) => stage.id).join(' -> '));

const env = fixedEnv({ start: '2026-02-01T09:00:00.000Z' });
let plan = createPlan({ owner: { id: 'sam', name: 'Sam Okafor' }, process }, { env });
plan = addAssessment(
  plan,
  { kind: 'skills', instrument: 'Transferable skills checklist', takenAt: '2026-02-01' },
  { env },
);
plan = addCareerOption(
  plan,
  { title: 'Technical Writer', socCode: '27-3042.00', research: { outlook: 'Steady demand' } },
  { env },
);
plan = transition(plan, 'exploration', { env });
plan = transition(plan, 'networking', { env });
// transition(plan, 'netwroking');  <- does not compile: the stage ids are typed

const blocked = canTransition(plan, 'match');
console.log('Can Sam choose yet?', blocked.ok ? 'yes' : blocked.reasons.map((reason) => reason.message).join('; '));

env.advance({ days: 9 });
plan = setStageData(
  plan,
  'networking',
  { contacts: [{ name: 'Priya', role: 'Documentation lead', met: '2026-02-08' }] },
  { env },
);
console.log(
  'Contacts:',
  plan.stageData.networking?.contacts.map((contact) => `${contact.name} (${contact.role})`).join(', '),
);
plan = transition(plan, 'match', { env, reason: 'Priya says the field is hiring' });
console.log('Stage now:', plan.stage);

// Loading a plan of a custom process needs the process, so its rules and schemas apply.
const loaded = deserialize(serialize(plan), { processes: [process] });
console.log(
  `Reloaded with ${revisions(loaded).length} revisions; last: ` +
    `${describeRevision(revisions(loaded).at(-1)!, { includeReason: true })}`,
);
