import { describe, expect, it } from 'vitest';
import { readEvent, readEventLog, type ReportEventRow } from './event-log';
import { answered, eventMaker, lessonCompleted, T0 } from './test-fixtures';

const row = (type: string, data: unknown, overrides: Partial<ReportEventRow> = {}): ReportEventRow =>
  ({ id: 'e1', deviceId: 'd', epoch: 1, seq: 1, learnerId: 'amal', type, at: T0, data, ...overrides });

describe('readEvent', () => {
  it.each([
    ['an unknown type', row('lesson.started', lessonCompleted('l1'))],
    ['data that is not an object', row('lesson.completed', 'l1')],
    ['a missing lesson id', row('lesson.completed', { packId: 'math' })],
    ['an answer with attempt 0', row('quiz.answered', answered('q1', 'i1', ['add'], true, 'a', 0))],
    ['an answer whose skills are not texts', row('quiz.answered', { ...answered('q1', 'i1', ['add'], true), skills: [1] })],
    ['a quiz completion with 4 stars', row('quiz.completed', { packId: 'math', lessonId: 'l1', quizId: 'q1', firstTryCorrect: 1, total: 1, stars: 4 })],
    ['a time that is not a number', row('lesson.completed', lessonCompleted('l1'), { at: Number.NaN })],
    ['a time no calendar can show', row('lesson.completed', lessonCompleted('l1'), { at: 1e20 })],
    ['an empty learner id', row('lesson.completed', lessonCompleted('l1'), { learnerId: '' })],
  ])('refuses %s', (_name, input) => {
    expect(readEvent(input)).toBeNull();
  });

  it('keeps the documented fields and nothing else', () => {
    const event = readEvent(row('mastery.reached', { packId: 'math', skill: 'add', extra: '<script>' }));
    expect(event).toEqual({ id: 'e1', deviceId: 'd', epoch: 1, seq: 1, learnerId: 'amal', at: T0, type: 'mastery.reached', data: { packId: 'math', skill: 'add' } });
  });
});

describe('readEventLog', () => {
  it('orders by device time then device order, counts unreadable and quarantined rows, and keeps one copy of an event', () => {
    const make = eventMaker();
    const first = make('amal', T0, 'lesson.completed', lessonCompleted('l1'));
    const sameMoment = make('amal', T0, 'lesson.completed', lessonCompleted('l2'));
    const earlier = make('amal', T0 - 1, 'lesson.completed', lessonCompleted('l3'));
    const broken = make('amal', T0, 'quiz.answered', {});
    const quarantined = make('amal', T0, 'lesson.completed', lessonCompleted('l1'));
    const log = readEventLog([sameMoment, first, broken, quarantined, earlier, { ...first }], { quarantinedIds: new Set([quarantined.id]) });
    expect(log.events.map((event) => event.id)).toEqual([earlier.id, first.id, sameMoment.id]);
    expect(log.unreadable).toBe(1);
    expect(log.quarantined).toBe(1);
  });

  it('gives an empty log for no rows', () => {
    expect(readEventLog([])).toEqual({ events: [], unreadable: 0, quarantined: 0 });
  });
});
