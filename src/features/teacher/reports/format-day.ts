/**
 * A report day (`YYYY-MM-DD`, already a local date) written in the interface language. It is
 * formatted in UTC on purpose: the day was computed in the teacher's zone, so no zone may move it.
 */
export function formatDay(day: string, language: string, style: 'short' | 'medium' = 'medium'): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  const options: Intl.DateTimeFormatOptions = style === 'short' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(Date.UTC(y, m - 1, d));
}

/** The device's time zone, the one a teacher's "today" is in. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
