/**
 * Time spent, estimated from event timestamps. Each device stream (deviceId, epoch) of a learner
 * is read in `seq` order; a gap over 10 minutes, or a clock that went backwards, starts a new
 * session; a session counts from its first to its last event, plus a fixed allowance for the work
 * before the first event (reading the lesson, the first question). Limits, by design:
 * - only the time between recorded events is seen: reading a lesson without finishing it counts
 *   as the allowance alone, and a long pause under 10 minutes counts in full;
 * - a session belongs to the local day of its first event, by that device's clock (a wrong clock
 *   puts it on a wrong day, but never makes it negative or longer than its real gaps);
 * - clocks are never compared across devices, so two devices used at the same time add up.
 */
import type { EventLog, ReportEvent } from './event-log';
import { localDay } from './date-range';
import { eventsByLearner, type ReportLearner } from './learners';

export const TIME_SPENT_DEFAULTS = { gapMs: 10 * 60_000, allowanceMs: 60_000 } as const;

export interface DayTime {
  /** `YYYY-MM-DD` in the report's time zone. */
  day: string;
  ms: number;
  sessions: number;
}

export interface LearnerTime {
  learnerId: string;
  displayName: string;
  totalMs: number;
  sessions: number;
  /** Days with time, oldest first. */
  days: DayTime[];
}

export interface TimeSpent {
  learners: LearnerTime[];
  /** The class per day (sum over learners), oldest first. */
  days: DayTime[];
  totalMs: number;
}

interface Session { startAt: number; ms: number }

function sessionsOf(events: readonly ReportEvent[], gapMs: number, allowanceMs: number): Session[] {
  const streams = new Map<string, ReportEvent[]>();
  for (const event of events) {
    const key = `${event.epoch}\u0000${event.deviceId}`;
    const stream = streams.get(key) ?? [];
    stream.push(event);
    streams.set(key, stream);
  }
  const sessions: Session[] = [];
  for (const stream of streams.values()) {
    // Equal seqs only in a copied database: any fixed order keeps the estimate reproducible.
    stream.sort((a, b) => a.seq - b.seq || a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let current: Session | null = null;
    let lastAt = 0;
    for (const event of stream) {
      const gap = event.at - lastAt;
      if (current && gap >= 0 && gap <= gapMs) current.ms += gap;
      else {
        current = { startAt: event.at, ms: allowanceMs };
        sessions.push(current);
      }
      lastAt = event.at;
    }
  }
  return sessions;
}

function addTo(days: Map<string, DayTime>, day: string, ms: number, sessions: number): void {
  const entry = days.get(day) ?? { day, ms: 0, sessions: 0 };
  entry.ms += ms;
  entry.sessions += sessions;
  days.set(day, entry);
}

const inDayOrder = (days: Map<string, DayTime>) => [...days.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));

export function estimateTimeSpent(
  learners: readonly ReportLearner[], log: EventLog, options: { timeZone: string; gapMs?: number; allowanceMs?: number },
): TimeSpent {
  const gapMs = Math.max(0, options.gapMs ?? TIME_SPENT_DEFAULTS.gapMs);
  const allowanceMs = Math.max(0, options.allowanceMs ?? TIME_SPENT_DEFAULTS.allowanceMs);
  const classDays = new Map<string, DayTime>();
  const byLearner = eventsByLearner(learners, log.events);
  const rows = learners.map((learner): LearnerTime => {
    const days = new Map<string, DayTime>();
    let totalMs = 0;
    const sessions = sessionsOf(byLearner.get(learner.id) ?? [], gapMs, allowanceMs);
    for (const session of sessions) {
      const day = localDay(session.startAt, options.timeZone);
      addTo(days, day, session.ms, 1);
      addTo(classDays, day, session.ms, 1);
      totalMs += session.ms;
    }
    return { learnerId: learner.id, displayName: learner.displayName, totalMs, sessions: sessions.length, days: inDayOrder(days) };
  });
  return { learners: rows, days: inDayOrder(classDays), totalMs: rows.reduce((sum, row) => sum + row.totalMs, 0) };
}
