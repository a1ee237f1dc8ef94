// The example plan the pictures show (docs/pictures, the README, the guide "Pictures"): Alex's
// plan from the quickstart in short, with an interests assessment, two career options with
// profiles, goals with steps, a milestone and a review. It takes the library as an argument, so
// that the tests of the built package draw it with the built package.
import type * as CareerPlan from 'career-plan';

/** Alex's plan as it stands on 2026-07-01. */
export function picturePlan(cp: typeof CareerPlan): CareerPlan.Plan {
  const env = cp.fixedEnv({ start: '2026-01-05T09:00:00.000Z' });
  const o = { env };
  let plan = cp.createPlan({ owner: { id: 'alex', name: 'Alex Rivera' }, title: "Alex's career action plan" }, o);
  plan = cp.addAssessment(
    plan,
    {
      kind: 'interests',
      instrument: 'O*NET Interest Profiler',
      takenAt: '2026-01-06',
      results: {
        riasec: { realistic: 62, investigative: 71, artistic: 20, social: 45, enterprising: 30, conventional: 55 },
      },
    },
    o,
  );
  plan = cp.addCareerOption(
    plan,
    {
      id: 'support',
      title: 'Computer User Support Specialist',
      interests: { realistic: 6, investigative: 6.5, artistic: 1.5, social: 3, enterprising: 2, conventional: 5 },
      profileSource: 'made up for this example; not O*NET data',
    },
    o,
  );
  plan = cp.addCareerOption(
    plan,
    {
      id: 'network',
      title: 'Computer Network Support Specialist',
      interests: { realistic: 5.5, investigative: 4.5, artistic: 1, social: 2.5, enterprising: 2, conventional: 6 },
      profileSource: 'made up for this example; not O*NET data',
    },
    o,
  );
  plan = cp.addGoal(
    plan,
    {
      id: 'aplus',
      title: 'Finish the CompTIA A+ certificate',
      kind: 'education',
      horizon: 'short',
      targetDate: '2026-09-30',
      strategies: [
        { id: 'enroll', title: 'Enroll in the evening course', dueDate: '2026-02-15', status: 'done' },
        { id: 'practice', title: 'Take a practice exam', dueDate: '2026-05-15' },
        { id: 'core1', title: 'Pass Core 1', dueDate: '2026-06-30' },
        { id: 'core2', title: 'Pass Core 2', dueDate: '2026-09-15' },
      ],
    },
    o,
  );
  plan = cp.addGoal(
    plan,
    {
      id: 'job',
      title: 'Work as a help desk technician',
      kind: 'occupational',
      horizon: 'long',
      targetDate: '2027-06-30',
      strategies: [
        { id: 'resume', title: 'Update the resume with the certificate', dueDate: '2026-10-15' },
        { id: 'apply', title: 'Apply to ten help desk jobs', dueDate: '2027-01-31' },
      ],
    },
    o,
  );
  plan = cp.addMilestone(plan, { id: 'm1', title: 'A+ certificate earned', date: '2026-09-30', goalIds: ['aplus'] }, o);
  plan = cp.updatePlan(plan, { reviewCadence: { everyMonths: 3 } }, o);
  plan = cp.addReview(plan, { date: '2026-04-02', agreed: 'Book Core 1 for June' }, o);
  return plan;
}
