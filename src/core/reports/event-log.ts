/**
 * The events a report reads: rows from the device (its own and those pulled for the class) are
 * checked one by one, quarantined ones set aside, and the rest put in one order, by the device
 * clock then (deviceId, epoch, seq), so a report never depends on the order events arrived in.
 */
import type { EventEnvelope } from '../events/index';
import type { LearnerEvent } from '../progress/index';

/** An event as stored (`EventRow` in src/data/db.ts): `data` is not trusted until read here. */
export type ReportEventRow = EventEnvelope;

export type ReportEvent = Omit<ReportEventRow, 'type' | 'data'> & LearnerEvent;

export interface EventLog {
  /** Readable, not quarantined, in report order. */
  readonly events: readonly ReportEvent[];
  /** Rows whose envelope or data does not have the documented shape: counted, never shown. */
  readonly unreadable: number;
  /** Rows the server quarantined (their ids were given): counted, never shown. */
  readonly quarantined: number;
}

/** The largest time a JavaScript Date (and Intl) can show; beyond it a day cannot be named. */
const MAX_DATE_MS = 8.64e15;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function readData(type: string, data: unknown): LearnerEvent | null {
  if (!isRecord(data) || !isText(data.packId)) return null;
  const packVersion = typeof data.packVersion === 'string' ? data.packVersion : '';
  switch (type) {
    case 'lesson.completed':
      return isText(data.lessonId) ? { type, data: { packId: data.packId, packVersion, lessonId: data.lessonId } } : null;
    case 'quiz.answered': {
      const { quizId, itemId, skills, correct, attempt } = data;
      if (!isText(quizId) || !isText(itemId) || typeof correct !== 'boolean' || !isCount(attempt) || attempt < 1) return null;
      if (!Array.isArray(skills) || !skills.every(isText)) return null;
      return { type, data: { packId: data.packId, packVersion, quizId, itemId, skills, correct, attempt, answer: data.answer } };
    }
    case 'quiz.completed': {
      const { lessonId, quizId, firstTryCorrect, total, stars } = data;
      if (!isText(lessonId) || !isText(quizId) || !isCount(firstTryCorrect) || !isCount(total)) return null;
      if (stars !== 1 && stars !== 2 && stars !== 3) return null;
      return { type, data: { packId: data.packId, packVersion, lessonId, quizId, firstTryCorrect, total, stars } };
    }
    case 'mastery.reached':
      return isText(data.skill) ? { type, data: { packId: data.packId, skill: data.skill } } : null;
    default:
      return null;
  }
}

/** The event with its data checked, or null when any part is not as documented in docs/events.md. */
export function readEvent(row: ReportEventRow): ReportEvent | null {
  if (!isText(row.id) || !isText(row.deviceId) || !isText(row.learnerId)) return null;
  if (!(Math.abs(row.at) <= MAX_DATE_MS) || !Number.isFinite(row.epoch) || !Number.isFinite(row.seq)) return null;
  const event = readData(row.type, row.data);
  if (!event) return null;
  const { id, deviceId, epoch, seq, learnerId, at } = row;
  return { id, deviceId, epoch, seq, learnerId, at, ...event };
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The report order: device clock, then the device's own order; the id breaks any remaining tie. */
export function compareEvents(a: ReportEvent, b: ReportEvent): number {
  return (
    a.at - b.at || compareText(a.deviceId, b.deviceId) || a.epoch - b.epoch || a.seq - b.seq || compareText(a.id, b.id) ||
    // Same id, different content (a quarantine case the server has not reported yet): any fixed choice.
    compareText(a.type + JSON.stringify(a.data), b.type + JSON.stringify(b.data))
  );
}

export function readEventLog(rows: Iterable<ReportEventRow>, options: { quarantinedIds?: ReadonlySet<string> } = {}): EventLog {
  const read: ReportEvent[] = [];
  let unreadable = 0;
  let quarantined = 0;
  for (const row of rows) {
    if (options.quarantinedIds?.has(row.id)) {
      quarantined++;
      continue;
    }
    const event = readEvent(row);
    if (event) read.push(event);
    else unreadable++;
  }
  read.sort(compareEvents);
  // A pulled copy of an event the device already holds is the same event: keep the first in order.
  const seen = new Set<string>();
  const events = read.filter((event) => !seen.has(event.id) && seen.add(event.id));
  return { events, unreadable, quarantined };
}

/** The log restricted to some events (a class, a date range), keeping the counts of rows set aside. */
export function filterEventLog(log: EventLog, keep: (event: ReportEvent) => boolean): EventLog {
  return { ...log, events: log.events.filter(keep) };
}
