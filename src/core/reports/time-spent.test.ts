import { describe, expect, it } from 'vitest';
import { readEventLog } from './event-log';
import { estimateTimeSpent } from './time-spent';
import { eventMaker, learners, lessonCompleted, MINUTE, T0 } from './test-fixtures';

const at = (make: ReturnType<typeof eventMaker>, learnerId: string, times: number[]) =>
  times.map((time) => make(learnerId, time, 'lesson.completed', lessonCompleted('l1')));

describe('estimateTimeSpent', () => {
  it.each([
    ['one event', [0], 1, 1],
    ['events 2 and 3 minutes apart', [0, 2, 5], 6, 1],
    ['a gap of exactly 10 minutes', [0, 10], 11, 1],
    ['a gap over 10 minutes', [0, 11], 2, 2],
    ['a clock that went backwards', [0, 5, 3], 6 + 1, 2],
  ])('%s (%j) counts %i minutes in %i sessions', (_name, minutes, expectedMinutes, sessions) => {
    const log = readEventLog(at(eventMaker(), 'amal', minutes.map((m) => T0 + m * MINUTE)));
    const amal = estimateTimeSpent(learners, log, { timeZone: 'UTC' }).learners[0];
    expect(amal?.totalMs).toBe(expectedMinutes * MINUTE);
    expect(amal?.sessions).toBe(sessions);
  });

  it('reads each device on its own, in seq order, never comparing clocks across devices', () => {
    // Device 2's clock is a year behind: its session is still 3 min + allowance, on its own day.
    const one = at(eventMaker('d1'), 'amal', [T0, T0 + 2 * MINUTE]);
    const two = at(eventMaker('d2'), 'amal', [T0 - 365 * 86_400_000, T0 - 365 * 86_400_000 + 3 * MINUTE]);
    const result = estimateTimeSpent(learners, readEventLog([...one, ...two]), { timeZone: 'UTC' });
    expect(result.learners[0]?.days).toEqual([
      { day: '2024-03-10', ms: 4 * MINUTE, sessions: 1 },
      { day: '2025-03-10', ms: 3 * MINUTE, sessions: 1 },
    ]);
    expect(result.totalMs).toBe(7 * MINUTE);
  });

  it('puts a session on the local day of its first event in the given time zone', () => {
    const late = Date.UTC(2025, 2, 10, 23, 30);
    const log = readEventLog(at(eventMaker(), 'badr', [late]));
    expect(estimateTimeSpent(learners, log, { timeZone: 'UTC' }).days.map((d) => d.day)).toEqual(['2025-03-10']);
    expect(estimateTimeSpent(learners, log, { timeZone: 'Africa/Lagos' }).days.map((d) => d.day)).toEqual(['2025-03-11']);
    expect(estimateTimeSpent(learners, log, { timeZone: 'America/Lima' }).days.map((d) => d.day)).toEqual(['2025-03-10']);
  });

  it('gives zero, never NaN, for learners with no events and for an empty class', () => {
    expect(estimateTimeSpent(learners, readEventLog([]), { timeZone: 'UTC' }).learners.map((l) => [l.totalMs, l.sessions, l.days])).toEqual([[0, 0, []], [0, 0, []], [0, 0, []]]);
    expect(estimateTimeSpent([], readEventLog([]), { timeZone: 'UTC' })).toEqual({ learners: [], days: [], totalMs: 0 });
  });
});
