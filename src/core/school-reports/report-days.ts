/**
 * Days and weeks of the school-wide reports (docs/reports.md, "School-wide reports"). Aggregates
 * are kept per UTC day; a week is named by its Monday. An event's day comes from the device's
 * clock, clamped to the year before the server received it, because device clocks are wrong by
 * years but an event cannot happen after it arrived, and work done offline belongs to its own week.
 */
import { makeDateRange, parseDay, safeTimeZone } from '../reports/index';

export const DAY_MS = 86_400_000;
/** How far before its arrival an event's device time is believed: a device may stay offline that long. */
export const MAX_OFFLINE_MS = 365 * DAY_MS;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of an instant in UTC (years 0–9999, which every clamped event time is in). */
export function utcDay(ms: number): string {
  const date = new Date(ms);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

const dayStartMs = (day: string): number => Date.parse(`${day}T00:00:00.000Z`);

/** The day an event counts on: the device's time, never after its arrival nor a year before it. */
export function eventDay(atDeviceMs: number, receivedAtMs: number): string {
  const clamped = Math.min(receivedAtMs, Math.max(receivedAtMs - MAX_OFFLINE_MS, atDeviceMs));
  return utcDay(clamped);
}

/** The Monday (`YYYY-MM-DD`) of the ISO week a day is in. */
export function weekOf(day: string): string {
  const ms = dayStartMs(day);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday = 0
  return utcDay(ms - weekday * DAY_MS);
}

/** Every week from the one holding `fromDay` to the one holding `toDay`, at most `limit` of them (the latest). */
export function weeksBetween(fromDay: string, toDay: string, limit = 260): string[] {
  const first = dayStartMs(weekOf(fromDay));
  const last = dayStartMs(weekOf(toDay));
  const weeks: string[] = [];
  for (let ms = last; ms >= first && weeks.length < limit; ms -= 7 * DAY_MS) weeks.push(utcDay(ms));
  return weeks.reverse();
}

export interface DayRange {
  /** Local dates as asked, from ≤ to; null = open. */
  from: string | null;
  to: string | null;
  timeZone: string;
  /** The UTC days the aggregates are read for, inclusive. */
  fromDay: string;
  toDay: string;
}

export type DayRangeResult = { ok: true; range: DayRange } | { ok: false; field: 'from' | 'to' | 'tz' };

export const FIRST_DAY = '0000-01-01';
export const LAST_DAY = '9999-12-31';

/**
 * Turns `from`/`to` local dates (either order, either open) in an IANA zone into the UTC days to
 * read: those whose midday falls inside the asked local days. For any zone within ±12 h of UTC
 * that is exactly as many days as asked, shifted by at most the zone's offset.
 */
export function toDayRange(query: { from?: string | undefined; to?: string | undefined; tz?: string | undefined }): DayRangeResult {
  const tz = query.tz?.trim() || 'UTC';
  if (safeTimeZone(tz) !== tz) return { ok: false, field: 'tz' };
  for (const field of ['from', 'to'] as const) {
    const text = query[field]?.trim();
    if (text && parseDay(text) === null) return { ok: false, field };
  }
  const dates = makeDateRange({ from: query.from ?? null, to: query.to ?? null, timeZone: tz });
  const half = DAY_MS / 2;
  const fromDay = Number.isFinite(dates.startMs) ? utcDay(Math.ceil((dates.startMs - half) / DAY_MS) * DAY_MS) : FIRST_DAY;
  const toDay = Number.isFinite(dates.endMs) ? utcDay(Math.floor((dates.endMs - half - 1) / DAY_MS) * DAY_MS) : LAST_DAY;
  return { ok: true, range: { from: dates.from, to: dates.to, timeZone: tz, fromDay, toDay } };
}
