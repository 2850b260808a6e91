/**
 * The one schema of a learner event (docs/events.md): the envelope every event carries and the
 * `data` of each type. The app validates what it is about to send and the server what it
 * receives with these same objects, so both refuse the same things. Unknown fields are refused.
 */
import * as v from 'valibot';
import type { LearnerEventType, LessonCompletedData, MasteryReachedData, QuizAnsweredData, QuizCompletedData } from '../progress/index';

/** Lower-case, as `uuidV7` and `crypto.randomUUID` write them, so equal ids are equal strings. */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_V7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** The same rule as ids inside a pack (core/pack/schema-common.ts): every id in `data` comes from a manifest. */
const PACK_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** Semantic Versioning's shape, loosely: a pack's version string, bounded. */
const VERSION_PATTERN = /^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]{1,64})?$/;

/** The latest time `Date` can hold (ms); anything beyond is not a clock reading. */
export const MAX_EVENT_TIME_MS = 8.64e15;
/** Bounds on what one answer may hold, so an event stays small (a batch is at most 256 KiB). */
export const MAX_ANSWER_TEXT = 1000;
export const MAX_ANSWER_CHOICES = 100;
export const MAX_SKILLS = 50;

const uuid = v.pipe(v.string(), v.regex(UUID_PATTERN));
const uuidV7 = v.pipe(v.string(), v.regex(UUID_V7_PATTERN));
const packId = v.pipe(v.string(), v.regex(PACK_ID_PATTERN));
const packVersion = v.pipe(v.string(), v.regex(VERSION_PATTERN));
const positiveInt = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(10_000));
const answerText = v.pipe(v.string(), v.maxLength(MAX_ANSWER_TEXT));
const choiceIds = v.pipe(v.array(packId), v.maxLength(MAX_ANSWER_CHOICES));

/** What the learner gave, as `LearnerAnswer` in core/pack/answer-check.ts. */
const answerSchema = v.variant('type', [
  v.strictObject({ type: v.literal('single'), choice: packId }),
  v.strictObject({ type: v.literal('multiple'), choices: choiceIds }),
  v.strictObject({ type: v.literal('numeric'), input: answerText }),
  v.strictObject({ type: v.literal('text'), input: answerText }),
  v.strictObject({ type: v.literal('ordering'), order: choiceIds }),
]);

export const lessonCompletedSchema = v.strictObject({ packId, packVersion, lessonId: packId });

export const quizAnsweredSchema = v.strictObject({
  packId,
  packVersion,
  quizId: packId,
  itemId: packId,
  skills: v.pipe(v.array(packId), v.maxLength(MAX_SKILLS)),
  correct: v.boolean(),
  attempt: v.pipe(positiveInt, v.maxValue(10_000)),
  answer: answerSchema,
});

export const quizCompletedSchema = v.pipe(
  v.strictObject({
    packId,
    packVersion,
    lessonId: packId,
    quizId: packId,
    firstTryCorrect: count,
    total: v.pipe(count, v.minValue(1)),
    stars: v.picklist([1, 2, 3]),
  }),
  v.check((data) => data.firstTryCorrect <= data.total, 'firstTryCorrect is more than total'),
);

export const masteryReachedSchema = v.strictObject({ packId, skill: packId });

const envelope = {
  id: uuidV7,
  deviceId: uuid,
  epoch: positiveInt,
  seq: positiveInt,
  learnerId: uuid,
  at: v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(MAX_EVENT_TIME_MS)),
};

export const eventSchema = v.variant('type', [
  v.strictObject({ ...envelope, type: v.literal('lesson.completed'), data: lessonCompletedSchema }),
  v.strictObject({ ...envelope, type: v.literal('quiz.answered'), data: quizAnsweredSchema }),
  v.strictObject({ ...envelope, type: v.literal('quiz.completed'), data: quizCompletedSchema }),
  v.strictObject({ ...envelope, type: v.literal('mastery.reached'), data: masteryReachedSchema }),
]);

/** A learner event as it travels between device and server and is stored on both. */
export type EventRecord = v.InferOutput<typeof eventSchema>;

export const EVENT_TYPES = ['lesson.completed', 'quiz.answered', 'quiz.completed', 'mastery.reached'] as const satisfies readonly LearnerEventType[];

// The schema's data must stay what the progress fold reads; these fail to compile if they drift.
type Is<T, U extends T> = U;
export type SchemaMatchesProgressTypes = [
  Is<LessonCompletedData, v.InferOutput<typeof lessonCompletedSchema>>,
  Is<QuizAnsweredData, v.InferOutput<typeof quizAnsweredSchema>>,
  Is<QuizCompletedData, v.InferOutput<typeof quizCompletedSchema>>,
  Is<MasteryReachedData, v.InferOutput<typeof masteryReachedSchema>>,
  Is<LearnerEventType, EventRecord['type']>,
];
