import type * as z from 'zod';
import { alternativeSchema } from './alternative.js';
import { assessmentSchema } from './assessment.js';
import { educationSchema, employmentSchema, licenseSchema, volunteerWorkSchema } from './background.js';
import { barrierSchema } from './barrier.js';
import { careerOptionSchema, explorationActivitySchema } from './career-option.js';
import { goalSchema } from './goal.js';
import type { ListKind } from './kinds.js';
import { milestoneSchema } from './milestone.js';
import { noteSchema } from './note.js';
import { advisorSchema, commentSchema, privateNoteSchema, suggestionSchema } from './participants.js';
import { resourceSchema } from './resource.js';
import { evidenceSchema } from './evidence.js';
import { reviewSchema } from './review.js';
import { signatureSchema } from './signature.js';
import { skillRatingSchema, skillSchema } from './skill.js';
import { stageVisitSchema } from './stage-visit.js';
import { strategySchema } from './strategy.js';

/**
 * The stored schema of one entity of each kind in the registry (see `kinds.ts`). The plan
 * schema's lists hold exactly these (a test checks it).
 */
export const KIND_SCHEMAS: { readonly [K in ListKind]: z.ZodType } = {
  assessment: assessmentSchema,
  careerOption: careerOptionSchema,
  activity: explorationActivitySchema,
  goal: goalSchema,
  strategy: strategySchema,
  barrier: barrierSchema,
  resource: resourceSchema,
  milestone: milestoneSchema,
  alternative: alternativeSchema,
  note: noteSchema,
  employment: employmentSchema,
  education: educationSchema,
  license: licenseSchema,
  volunteerWork: volunteerWorkSchema,
  advisor: advisorSchema,
  suggestion: suggestionSchema,
  comment: commentSchema,
  privateNote: privateNoteSchema,
  skill: skillSchema,
  skillRating: skillRatingSchema,
  review: reviewSchema,
  evidence: evidenceSchema,
  signature: signatureSchema,
  visit: stageVisitSchema,
};
