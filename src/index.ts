/**
 * The career planning process as data: stages, plans with goals and strategies, a revision
 * history of every change, views, and a validated, versioned JSON format.
 *
 * @packageDocumentation
 * @module career-plan
 */
// career-plan: the career planning process as data. This file only re-exports.

// model
export { CareerPlanError, safely } from './model/errors.js';
export type { CareerPlanErrorCode, CareerPlanErrorDetails, RevisionPoint, SafeResult } from './model/errors.js';
export {
  advisorInputSchema,
  advisorRoleSchema,
  advisorSchema,
  commentInputSchema,
  commentSchema,
  commentSubjectSchema,
  privateNoteInputSchema,
  privateNoteSchema,
  suggestedEditSchema,
  suggestionInputSchema,
  suggestionSchema,
} from './model/participants.js';
export type {
  Advisor,
  AdvisorInput,
  Comment,
  CommentInput,
  PrivateNote,
  PrivateNoteInput,
  SuggestedEdit,
  Suggestion,
  SuggestionInput,
  SuggestionSchema,
} from './model/participants.js';
export { defaultPolicy, policyOf } from './model/policy.js';
export type { PermissionRequest, Policy } from './model/policy.js';
export { defaultEnv, fixedEnv } from './model/env.js';
export type { Env, FixedEnv } from './model/env.js';
export {
  calendarDateSchema,
  idListSchema,
  idSchema,
  socCodeSchema,
  textListSchema,
  textSchema,
  timestampSchema,
  titleInputSchema,
  titleSchema,
} from './model/primitives.js';
export type { JsonValue } from './model/json.js';
export { jsonValueSchema } from './model/json-value.js';
export type { ValidationIssue } from './model/errors.js';
export { actorRefSchema } from './model/actor.js';
export type { ActorRef } from './model/actor.js';
export {
  backgroundSchema,
  educationInputSchema,
  educationSchema,
  employmentInputSchema,
  employmentSchema,
  licenseInputSchema,
  licenseSchema,
  volunteerWorkInputSchema,
  volunteerWorkSchema,
} from './model/background.js';
export type {
  Background,
  BackgroundSection,
  Education,
  EducationInput,
  Employment,
  EmploymentInput,
  License,
  LicenseInput,
  VolunteerWork,
  VolunteerWorkInput,
} from './model/background.js';
export {
  assessmentInputSchema,
  assessmentKindSchema,
  assessmentResultsSchema,
  assessmentSchema,
  riasecScoresSchema,
  workValuesSchema,
} from './model/assessment.js';
export type {
  Assessment,
  AssessmentInput,
  AssessmentKind,
  AssessmentResults,
  RiasecScores,
  WorkValues,
} from './model/assessment.js';
export {
  careerOptionInputSchema,
  careerOptionSchema,
  explorationActivitySchema,
  optionOriginSchema,
  optionStatusSchema,
  researchNotesSchema,
} from './model/career-option.js';
export type {
  CareerOption,
  CareerOptionInput,
  ExplorationActivity,
  OptionOrigin,
  OptionStatus,
  ResearchNotes,
} from './model/career-option.js';
export { decisionInputSchema, decisionSchema } from './model/decision.js';
export type { Decision, DecisionInput } from './model/decision.js';
export {
  goalInputSchema,
  goalKindSchema,
  goalSchema,
  goalStatusSchema,
  horizonSchema,
  prioritySchema,
} from './model/goal.js';
export type { Goal, GoalInput, GoalKind, GoalStatus, Horizon, Priority } from './model/goal.js';
export { strategyInputSchema, strategySchema, strategyStatusSchema } from './model/strategy.js';
export type { Strategy, StrategyInput, StrategyStatus } from './model/strategy.js';
export { barrierInputSchema, barrierSchema, barrierStatusSchema } from './model/barrier.js';
export type { Barrier, BarrierInput } from './model/barrier.js';
export { resourceInputSchema, resourceSchema } from './model/resource.js';
export type { Resource, ResourceInput } from './model/resource.js';
export { milestoneInputSchema, milestoneSchema } from './model/milestone.js';
export type { Milestone, MilestoneInput } from './model/milestone.js';
export {
  skillInputSchema,
  skillLevelSchema,
  skillRatingInputSchema,
  skillRatingSchema,
  skillSchema,
} from './model/skill.js';
export type { Skill, SkillInput, SkillRating, SkillRatingInput } from './model/skill.js';
export { reviewCadenceSchema, reviewInputSchema, reviewSchema } from './model/review.js';
export type { Review, ReviewCadence, ReviewInput } from './model/review.js';
export { evidenceInputSchema, evidenceSchema, evidenceSubjectSchema } from './model/evidence.js';
export type { Evidence, EvidenceInput } from './model/evidence.js';
export { signatureInputSchema, signatureSchema } from './model/signature.js';
export type { Signature, SignatureInput } from './model/signature.js';
export { alternativeInputSchema, alternativeSchema } from './model/alternative.js';
export type { Alternative, AlternativeInput } from './model/alternative.js';
export { noteInputSchema, noteSchema, noteSubjectSchema } from './model/note.js';
export type { Note, NoteInput, NoteSubject } from './model/note.js';
export { stageIdSchema, stageVisitSchema } from './model/stage-visit.js';
export type { StageVisit } from './model/stage-visit.js';
export { planSchema, processRefSchema } from './model/plan.js';
export type { Plan, PlanData, PlanSchema, ProcessRef, StageDataMap, StageOf } from './model/plan.js';
export { processOf } from './model/process.js';
export type { PlanOf, Process, ReadinessRule, Stage, StageText, TransitionReason } from './model/process.js';
export { revisionSchema, revisionSubjectSchema } from './model/revision.js';
export type { Revision, RevisionSchema, RevisionSubject } from './model/revision.js';
export { ACTIONS, actionSchema } from './model/action.js';
export type { Action, ActionSchema } from './model/action.js';
export { contentEditSchema } from './model/content-edit.js';
export type { ContentEditSchema } from './model/content-edit.js';
export type { Changes, ContentEdit } from './model/content-edit.js';
export { editSchema } from './model/edit.js';
export type { Edit, EditKind, EditOf, EditSchema } from './model/edit.js';
export { operationSchema } from './model/operation.js';
export type { Operation, OperationSchema } from './model/operation.js';
export type { ListKind } from './model/kinds.js';
export { classifyHorizon } from './model/horizon.js';
export type { HorizonClass, HorizonThresholds } from './model/horizon.js';

// process
export { defineStage } from './process/define-stage.js';
export type { StageDefinition } from './process/define-stage.js';
export { defineProcess } from './process/define-process.js';
export type { DataOfStages, ProcessDefinition } from './process/define-process.js';
export { deriveProcess } from './process/derive-process.js';
export type { DerivedStageData, DerivedStageId, ProcessChanges, StageInsertion } from './process/derive-process.js';
export { careerProcess } from './process/career-process.js';
export type { CareerStageId } from './process/career-process.js';
export { hasStageData, hasVisited } from './process/rules.js';
export { canTransition } from './process/can-transition.js';
export type { TransitionCheck } from './process/can-transition.js';

// history
export type { EditOptions } from './history/edit-options.js';
export { revisions, revisionCount } from './history/revisions.js';
export { canRedo, canUndo, redo, undo } from './history/undo.js';
export { headHash } from './history/hash.js';
export type { UndoQuery } from './history/undo.js';
export { planAt } from './history/plan-at.js';
export { describeRevision, type DescribeOptions } from './history/describe-revision.js';
export { viewFor } from './history/view-for.js';

// edits
export { createPlan } from './edits/create-plan.js';
export type { CreatePlanInput } from './edits/create-plan.js';
export { applyEdit } from './edits/apply-edit.js';
export { updatePlan } from './edits/update-plan.js';
export { addAssessment, removeAssessment, updateAssessment } from './edits/assessments.js';
export {
  addCareerOption,
  addExplorationActivity,
  removeCareerOption,
  updateCareerOption,
} from './edits/career-options.js';
export { clearDecision, decide, setDecision } from './edits/decision.js';
export { addGoal, moveGoal, removeGoal, updateGoal } from './edits/goals.js';
export {
  addStrategy,
  completeStrategy,
  moveStrategy,
  removeStrategy,
  reopenStrategy,
  updateStrategy,
} from './edits/strategies.js';
export { addBarrier, removeBarrier, updateBarrier } from './edits/barriers.js';
export { addResource, removeResource, updateResource } from './edits/resources.js';
export { addMilestone, removeMilestone, updateMilestone } from './edits/milestones.js';
export { addSkill, rateSkill, removeSkill, updateSkill } from './edits/skills.js';
export { addReview, removeReview, updateReview } from './edits/reviews.js';
export { addEvidence, removeEvidence, updateEvidence } from './edits/evidence.js';
export { signPlan } from './edits/signatures.js';
export { addAlternative, removeAlternative, updateAlternative } from './edits/alternatives.js';
export { addNote, removeNote, updateNote } from './edits/notes.js';
export {
  addEducation,
  addEmployment,
  addLicense,
  addVolunteerWork,
  removeBackgroundEntry,
  updateBackgroundEntry,
} from './edits/background.js';
export { transition } from './edits/transition.js';
export { setStageData } from './edits/stage-data.js';
export {
  addAdvisor,
  addComment,
  addPrivateNote,
  removeAdvisor,
  removeComment,
  removePrivateNote,
} from './edits/participants.js';
export {
  acceptSuggestion,
  addSuggestion,
  declineSuggestion,
  suggest,
  withdrawSuggestion,
} from './edits/suggestions.js';

// format
export { FORMAT_VERSION, documentSchema } from './format/document.js';
export type { PlanDocument } from './format/document.js';
export { storedOperationSchema, storedRevisionSchema } from './format/stored.js';
export type { StoredOperation, StoredOperationSchema, StoredRevision, StoredRevisionSchema } from './format/stored.js';
export { serialize, toDocument } from './format/serialize.js';
export { DEFAULT_LIMITS, deserialize, safeDeserialize } from './format/deserialize.js';
export type { DeserializeOptions } from './format/deserialize.js';
export { migrations } from './format/migrations.js';
export type { Migration } from './format/migrations.js';
export { documentJsonSchema } from './format/json-schema.js';
export { planSnapshotSchema, revisionPointSchema, revisionTailSchema } from './format/log.js';
export type { PlanSnapshot, RevisionTail } from './format/log.js';

// Sync: saving what is new, loading from snapshots, bringing copies together.
export { headOf, historyStart, revisionsSince, toSnapshot } from './sync/points.js';
export { appendRevisions, fromSnapshot, loadEarlier } from './sync/append.js';
export type { AppendOptions } from './sync/append.js';
export { merge } from './sync/merge.js';
export type { FieldChange, MergeConflict, MergeOptions, MergeResult } from './sync/merge.js';

// views
export { progress } from './views/progress.js';
export type { Completion, GoalProgress, Progress, SkillProgress, StageTime } from './views/progress.js';
export { nextActions } from './views/next-actions.js';
export type { NextAction, ReviewAction } from './views/next-actions.js';
export { checkGoal, smartRules } from './views/check-goal.js';
export type { SmartCheck, SmartContext, SmartCriterion, SmartFinding, SmartRule } from './views/check-goal.js';
export { skillGaps } from './views/skill-gaps.js';
export type { SkillGap } from './views/skill-gaps.js';
export { reviewStatus } from './views/review-status.js';
export type { ReviewStatus } from './views/review-status.js';
export { signatureStatus } from './views/signature-status.js';
export type { SignatureChange, SignatureStatus } from './views/signature-status.js';
export { matchOptions } from './views/match-options.js';
export { defineCatalog } from './model/catalog.js';
export type {
  Catalog,
  ErrorWords,
  Field,
  HistoryWords,
  InputWords,
  MarkdownWords,
  Messages,
  PictureWords,
  Noun,
  Verb,
} from './text/catalog.js';
export { inputErrors } from './model/input-errors.js';
export { describeError, type DescribeErrorOptions } from './model/describe-error.js';
export { en } from './text/en.js';
export type {
  MatchMethod,
  MatchOptionsOptions,
  MatchResult,
  OptionMatch,
  UnratedOption,
} from './views/match-options.js';
export {
  RIASEC_AREAS,
  cIndex,
  hollandCodeOf,
  hollandCodeSchema,
  occupationInterestsSchema,
  occupationWorkValuesSchema,
  profileCorrelation,
} from './model/riasec.js';
export type { DerivedCode, OccupationInterests, OccupationWorkValues, RiasecArea } from './model/riasec.js';
export { INTEREST_PROFILER_KEY, scoreInterestProfiler } from './model/interest-profiler.js';
export type { InterestProfilerScore } from './model/interest-profiler.js';
