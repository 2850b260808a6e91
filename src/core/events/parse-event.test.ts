import { describe, expect, it } from 'vitest';
import { parseEvent, rawEventId } from './parse-event';
import { lessonCompleted, masteryReached, quizAnswered, quizCompleted } from './test-events';

const valid = { lesson: lessonCompleted(1), answered: quizAnswered(2), completed: quizCompleted(3), mastery: masteryReached(4) };

describe('parseEvent', () => {
  it.each(Object.entries(valid))('accepts a valid %s event as it is', (_name, event) => {
    expect(parseEvent(structuredClone(event))).toEqual({ ok: true, event });
  });

  it.each([
    { answer: { type: 'single', choice: 'c1' } },
    { answer: { type: 'multiple', choices: ['c1', 'c2'] } },
    { answer: { type: 'text', input: 'مرحبا' } },
    { answer: { type: 'ordering', order: [] } },
  ])('accepts each kind of answer the quiz records: $answer.type', ({ answer }) => {
    const event = quizAnswered(5);
    expect(parseEvent({ ...event, data: { ...event.data, answer } }).ok).toBe(true);
  });

  it('accepts a device clock at 1970 and one far in the future, since clocks are recorded, not trusted', () => {
    expect(parseEvent(lessonCompleted(1, { at: 0 })).ok).toBe(true);
    expect(parseEvent(lessonCompleted(1, { at: Date.UTC(2040, 0, 1) })).ok).toBe(true);
  });

  const lesson = valid.lesson;
  it.each([
    ['not an object', 'x', ''],
    ['null', null, ''],
    ['an unknown type', { ...lesson, type: 'lesson.started' }, 'type'],
    ['an id that is not a UUIDv7', { ...lesson, id: '6f1c9a4e-2b7d-4c1e-9a3b-5d2e8f7a1b0c' }, 'id'],
    ['an upper-case id', { ...lesson, id: lesson.id.toUpperCase() }, 'id'],
    ['a device id that is not a UUID', { ...lesson, deviceId: 'tablet-1' }, 'deviceId'],
    ['epoch 0', { ...lesson, epoch: 0 }, 'epoch'],
    ['a fractional seq', { ...lesson, seq: 1.5 }, 'seq'],
    ['a time as a string', { ...lesson, at: '2030-01-01' }, 'at'],
    ['a negative time', { ...lesson, at: -1 }, 'at'],
    ['an unknown envelope field', { ...lesson, extra: 1 }, 'extra'],
    ['a missing learner', { ...lesson, learnerId: undefined }, 'learnerId'],
    ['data of another type', { ...lesson, data: valid.mastery.data }, 'data.packVersion'],
    ['an unknown data field', { ...lesson, data: { ...lesson.data, note: 'x' } }, 'data.note'],
    ['a pack id with a slash', { ...lesson, data: { ...lesson.data, packId: '../x' } }, 'data.packId'],
    ['4 stars', { ...valid.completed, data: { ...valid.completed.data, stars: 4 } }, 'data.stars'],
    ['more right first time than items', { ...valid.completed, data: { ...valid.completed.data, firstTryCorrect: 5, total: 4 } }, 'data'],
    ['an answer of an unknown kind', { ...valid.answered, data: { ...valid.answered.data, answer: { type: 'essay', input: 'x' } } }, 'data.answer.type'],
    ['an answer text over 1000 characters', { ...valid.answered, data: { ...valid.answered.data, answer: { type: 'text', input: 'x'.repeat(1001) } } }, 'data.answer.input'],
    ['attempt 0', { ...valid.answered, data: { ...valid.answered.data, attempt: 0 } }, 'data.attempt'],
  ])('refuses %s, naming the field', (_name, raw, field) => {
    expect(parseEvent(raw)).toEqual({ ok: false, reason: 'event/invalid', field });
  });
});

describe('rawEventId', () => {
  it.each([
    [{ id: 'abc' }, 'abc'],
    [{ id: 42 }, undefined],
    [{ id: 'x'.repeat(65) }, undefined],
    [[], undefined],
    [null, undefined],
  ])('names the id of %j as %s', (raw, id) => {
    expect(rawEventId(raw)).toBe(id);
  });
});
