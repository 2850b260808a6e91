/**
 * The coordinator's report and sync health routes (docs/reports.md, "School-wide reports"),
 * typed as the server answers them. Numbers about 1–4 learners come as `{ suppressed: true }`.
 */
import type { DeviceHealth, GroupNumbers, SchoolHealth } from '../../../core/school-reports/index';
import type { CallCoordinatorApi } from '../coordinator-api';

export interface PackInfo { id: string; titles: Record<string, string>; inCatalogue: boolean }
export interface ReportRange { from: string | null; to: string | null; timeZone: string }

export type SchoolSummary = { schoolId: string; name: string } & ({ suppressed: true } | ({ suppressed: false } & GroupNumbers));

export interface SchoolsReport { range: ReportRange; packs: PackInfo[]; schools: SchoolSummary[] }

export interface SchoolReport {
  range: ReportRange;
  packs: PackInfo[];
  school: { schoolId: string; name: string } & GroupNumbers;
  /** `name` is null for learners no longer on the roster (classId ''). */
  classes: ({ classId: string; name: string | null } & GroupNumbers)[];
}

export interface ReportFilter { from: string; to: string; packId: string; classId: string; timeZone: string }

export interface SyncHealth { silentDays: number; at: string; schools: SchoolHealth[]; devices: DeviceHealth[] }

function query(filter: Partial<ReportFilter>): string {
  const params = new URLSearchParams();
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.packId) params.set('pack', filter.packId);
  if (filter.classId) params.set('classId', filter.classId);
  if (filter.timeZone) params.set('tz', filter.timeZone);
  const text = params.toString();
  return text ? `?${text}` : '';
}

const path = encodeURIComponent;

export const schoolReportsApi = {
  allSchools: (call: CallCoordinatorApi, filter: Partial<ReportFilter>) => call<SchoolsReport>(`/reports/schools${query({ ...filter, classId: '' })}`),
  oneSchool: (call: CallCoordinatorApi, schoolId: string, filter: Partial<ReportFilter>) => call<SchoolReport>(`/reports/schools/${path(schoolId)}${query(filter)}`),
  syncHealth: (call: CallCoordinatorApi, silentDays: number) => call<SyncHealth>(`/sync-health?silentDays=${silentDays}`),
  schoolSyncHealth: (call: CallCoordinatorApi, schoolId: string, silentDays: number) => call<SyncHealth>(`/schools/${path(schoolId)}/sync-health?silentDays=${silentDays}`),
};
