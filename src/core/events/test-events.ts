/**
 * Valid events of each type for tests (core, server and sync). Ids and times are fixed unless
 * overridden, so a test says only what matters to it.
 */
import type { EventRecord } from './event-schema';

export type EventOf<T extends EventRecord['type']> = Extract<EventRecord, { type: T }>;
type Envelope = Omit<EventRecord, 'type' | 'data'>;

export const TEST_DEVICE_ID = '0190a6c8-7b3e-7a10-8000-000000000d01';
export const TEST_LEARNER_ID = '0190a6c8-7b3e-7a10-8000-0000000001e1';

/** A UUIDv7 ending in `n` (hex), so tests can make many distinct ids. */
export function testEventId(n: number): string {
  return `0190a6c8-7b3e-7a10-8000-${n.toString(16).padStart(12, '0')}`;
}

function envelope(seq: number, overrides: Partial<Envelope>): Envelope {
  return { id: testEventId(seq), deviceId: TEST_DEVICE_ID, epoch: 1, seq, learnerId: TEST_LEARNER_ID, at: 1_900_000_000_000, ...overrides };
}

export function lessonCompleted(seq: number, overrides: Partial<Envelope> = {}): EventOf<'lesson.completed'> {
  return { ...envelope(seq, overrides), type: 'lesson.completed', data: { packId: 'sabil.demo', packVersion: '1.0.0', lessonId: 'l1' } };
}

export function quizAnswered(seq: number, overrides: Partial<Envelope> = {}): EventOf<'quiz.answered'> {
  return {
    ...envelope(seq, overrides),
    type: 'quiz.answered',
    data: { packId: 'sabil.demo', packVersion: '1.0.0', quizId: 'q1', itemId: 'i1', skills: ['add'], correct: true, attempt: 1, answer: { type: 'numeric', input: '٣' } },
  };
}

export function quizCompleted(seq: number, overrides: Partial<Envelope> = {}): EventOf<'quiz.completed'> {
  return {
    ...envelope(seq, overrides),
    type: 'quiz.completed',
    data: { packId: 'sabil.demo', packVersion: '1.0.0', lessonId: 'l1', quizId: 'q1', firstTryCorrect: 3, total: 4, stars: 2 },
  };
}

export function masteryReached(seq: number, overrides: Partial<Envelope> = {}): EventOf<'mastery.reached'> {
  return { ...envelope(seq, overrides), type: 'mastery.reached', data: { packId: 'sabil.demo', skill: 'add' } };
}
