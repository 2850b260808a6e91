/**
 * Assignments (docs/assignments.md): the shared schema, the rule that picks between two versions
 * changed apart, and the rule of who an assignment is for and who has done it.
 */
export {
  assignmentSchema, parseAssignment, MAX_ASSIGNED_LEARNERS, MAX_ASSIGNMENT_TITLE, MAX_GROUP_NAME,
  type AssignmentRecord, type AssignmentRefusal, type AssignmentItem, type AssignmentTarget, type ParsedAssignment,
} from './assignment-schema';
export { compareAssignmentVersions, assignmentDigest } from './assignment-order';
export {
  assignedLearnerIds, isAssignedTo, itemKey, completedItem, completedItemKey, assignmentCompletion,
  type AssignmentCompletion, type CompletionEvent,
} from './assignment-completion';
export { learnerAssignments, DONE_SHOWN, type LearnerAssignment, type LearnerAssignments, type LearnerContext } from './learner-assignments';
