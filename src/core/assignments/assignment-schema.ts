/**
 * The one schema of an assignment (docs/assignments.md): what a teacher set for a class, a group
 * or some learners, as the device stores it, pushes it and pulls it back. The app checks what it
 * is about to send and the server what it receives with this same object. Unknown fields are refused.
 */
import * as v from 'valibot';
import { MAX_EVENT_TIME_MS } from '../events/event-schema';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The rule of ids inside a pack (core/pack/schema-common.ts). */
const PACK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A class holds at most this many learners in one assignment's list (a roster is far smaller). */
export const MAX_ASSIGNED_LEARNERS = 200;
export const MAX_GROUP_NAME = 60;
export const MAX_ASSIGNMENT_TITLE = 200;

const uuid = v.pipe(v.string(), v.regex(UUID_PATTERN));
const packId = v.pipe(v.string(), v.regex(PACK_ID_PATTERN));
const time = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_EVENT_TIME_MS));
const learnerIds = v.pipe(v.array(uuid), v.minLength(1), v.maxLength(MAX_ASSIGNED_LEARNERS));
const trimmedText = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

export const assignmentTargetSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('class') }),
  /** A named selection of learners; the name lets the teacher pick the same group again. */
  v.strictObject({ kind: v.literal('group'), name: trimmedText(MAX_GROUP_NAME), learnerIds }),
  v.strictObject({ kind: v.literal('learners'), learnerIds }),
]);

export const assignmentItemSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('lesson'), packId, lessonId: packId }),
  v.strictObject({ kind: v.literal('quiz'), packId, lessonId: packId, quizId: packId }),
]);

/** A quiz the teacher opened for the whole class, and when they closed it (null while open). */
const liveSchema = v.pipe(
  v.strictObject({ startedAt: time, endedAt: v.nullable(time) }),
  v.check((live) => live.endedAt === null || live.endedAt >= live.startedAt, 'endedAt is before startedAt'),
);

export const assignmentSchema = v.pipe(
  v.strictObject({
    id: uuid,
    classId: uuid,
    target: assignmentTargetSchema,
    item: assignmentItemSchema,
    /** The lesson's or quiz's title when assigned, so a device or server without the pack can name it. */
    title: trimmedText(MAX_ASSIGNMENT_TITLE),
    /** The last day to do it (the class's calendar day, no time zone), or none. */
    dueDay: v.nullable(v.pipe(v.string(), v.regex(DAY_PATTERN))),
    live: v.nullable(liveSchema),
    cancelled: v.boolean(),
    /** The teacher account (users.id) that set it. */
    createdBy: uuid,
    createdAt: time,
    /** Grows by one with every change, on whichever device makes it (assignment-order.ts). */
    revision: v.pipe(v.number(), v.safeInteger(), v.minValue(1)),
    updatedAt: time,
  }),
  v.check((a) => a.live === null || a.item.kind === 'quiz', 'only a quiz is started for the class'),
);

export type AssignmentRecord = v.InferOutput<typeof assignmentSchema>;
export type AssignmentTarget = AssignmentRecord['target'];
export type AssignmentItem = AssignmentRecord['item'];

/** Why the server did not keep a pushed assignment (docs/sync.md, "Assignments"); texts under errors.assignment. */
export type AssignmentRefusal = 'assignment/invalid' | 'assignment/wrong-class' | 'assignment/unknown-learner' | 'assignment/not-your-class';

export type ParsedAssignment = { ok: true; assignment: AssignmentRecord } | { ok: false; field: string };

/** Checks an assignment from outside (a push, a pull, IndexedDB); never throws. */
export function parseAssignment(raw: unknown): ParsedAssignment {
  const result = v.safeParse(assignmentSchema, raw);
  if (result.success) return { ok: true, assignment: result.output };
  const path = result.issues[0].path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, field: path };
}
