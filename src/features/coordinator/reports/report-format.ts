/**
 * Small formatters of the report and sync health screens: a week by its Monday, a pack's name,
 * a clock difference in words-friendly units. Dates of the aggregates are UTC days, shown as such.
 */
import type { TFunction } from 'i18next';
import { formatNumber } from '../../../i18n/format';
import { i18n } from '../../../i18n/i18n';
import type { PackInfo } from './school-reports-api';

export function formatDay(day: string): string {
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00.000Z`));
}

export function packName(packId: string, packs: readonly PackInfo[], t: TFunction): string {
  const pack = packs.find((p) => p.id === packId);
  if (!pack || !pack.inCatalogue) return t('schoolReports.reports.notInCatalogue', { pack: packId });
  return pack.titles[i18n.language] ?? Object.values(pack.titles)[0] ?? packId;
}

/** A device clock within this of the server's counts as on time (the server logs beyond it too). */
const ON_TIME_MS = 5 * 60_000;
const UNITS = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000]] as const;

export function formatClockSkew(skewMs: number, t: TFunction): string {
  const size = Math.abs(skewMs);
  if (size < ON_TIME_MS) return t('schoolReports.health.clockOk');
  const [unit, unitMs] = UNITS.find(([, ms]) => size >= ms) ?? UNITS[2];
  const value = formatNumber(Math.round(size / unitMs), { style: 'unit', unit, unitDisplay: 'long' });
  return t(skewMs > 0 ? 'schoolReports.health.clockAhead' : 'schoolReports.health.clockBehind', { value });
}
