/**
 * A date filter for reports: whole local days in an IANA time zone, from and to inclusive, given
 * in either order, either end open. Computed with Intl only: a day starts at the first instant
 * whose local date is that day, which also holds where clocks jump at midnight (Asia/Beirut).
 */
export interface DateRange {
  /** `YYYY-MM-DD`, from ≤ to once both are given; null = open. */
  from: string | null;
  to: string | null;
  timeZone: string;
  /** First instant of `from` (ms), or -Infinity. */
  startMs: number;
  /** First instant of the day after `to` (ms, excluded), or +Infinity. */
  endMs: number;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** A usable IANA zone name: the one given when Intl knows it, else UTC (dates stay computable). */
export function safeTimeZone(timeZone: string | undefined): string {
  if (!timeZone) return 'UTC';
  try {
    formatterFor(timeZone);
    return timeZone;
  } catch {
    return 'UTC';
  }
}

/** The wall-clock fields of an instant in a zone. */
function wallClock(ms: number, timeZone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { y: parts.year ?? 1970, m: parts.month ?? 1, d: parts.day ?? 1, h: parts.hour ?? 0, min: parts.minute ?? 0, s: parts.second ?? 0 };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local date (`YYYY-MM-DD`) of an instant in a zone. */
export function localDay(ms: number, timeZone: string): string {
  const { y, m, d } = wallClock(ms, timeZone);
  return `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}-${pad(m)}-${pad(d)}`;
}

/** A valid calendar date as `YYYY-MM-DD`, else null (so '', '2024-02-30' or 'soon' leave that end open). */
export function parseDay(text: string | null | undefined): string | null {
  const match = DAY.exec((text ?? '').trim());
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? match[0] : null;
}

export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1));
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Offset of the zone at an instant: local wall time read as UTC, minus the instant. */
function offsetAt(ms: number, timeZone: string): number {
  const { y, m, d, h, min, s } = wallClock(ms, timeZone);
  return Date.UTC(y, m - 1, d, h, min, s) - Math.floor(ms / 1000) * 1000;
}

/** The first instant whose local date in `timeZone` is `day`. */
export function startOfDay(day: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const midnightAsUtc = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  // The offsets in force around that midnight give every candidate for its instant (two at most).
  const candidates = [-14, 0, 14].map((hours) => midnightAsUtc - offsetAt(midnightAsUtc + hours * HOUR_MS, timeZone));
  candidates.push(midnightAsUtc - offsetAt(candidates[1]!, timeZone));
  const onDay = candidates.filter((ms) => localDay(ms, timeZone) === day && localDay(ms - 1, timeZone) < day);
  if (onDay.length > 0) return Math.min(...onDay);
  // Midnight did not exist (clocks jumped past it): the day starts at the jump, found by halving.
  let low = Math.min(...candidates) - 2 * HOUR_MS;
  let high = Math.max(...candidates) + 2 * HOUR_MS;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (localDay(mid, timeZone) < day) low = mid;
    else high = mid;
  }
  return high;
}

export function makeDateRange(options: { from?: string | null; to?: string | null; timeZone?: string }): DateRange {
  const timeZone = safeTimeZone(options.timeZone);
  let from = parseDay(options.from);
  let to = parseDay(options.to);
  if (from && to && from > to) [from, to] = [to, from];
  return {
    from, to, timeZone,
    startMs: from ? startOfDay(from, timeZone) : -Infinity,
    endMs: to ? startOfDay(nextDay(to), timeZone) : Infinity,
  };
}

export function isInRange(range: DateRange, ms: number): boolean {
  return ms >= range.startMs && ms < range.endMs;
}
