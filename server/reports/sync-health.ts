/**
 * The sync health of devices (docs/reports.md, "Sync health"): per device what it last reported
 * when it synced (app version, events waiting, storage free, clock skew), when the server last
 * saw it, how many of its events were quarantined, and whether it has been silent longer than
 * `silentDays`; and per school the same summed up. Revoked devices are listed, never "silent".
 */
import { DAY_MS, type DeviceHealth, type SchoolHealth } from '../../src/core/school-reports/index';
import type { DeviceHealthRow } from '../storage/report-storage';

const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);

export function deviceHealth(row: DeviceHealthRow, className: string | null, now: Date, silentDays: number): DeviceHealth {
  const lastSeenAt = later(row.lastSeenAt, row.lastPushAt);
  const since = Date.parse(lastSeenAt ?? row.enrolledAt);
  const daysSilent = Number.isFinite(since) ? Math.max(0, Math.floor((now.getTime() - since) / DAY_MS)) : 0;
  const revoked = row.revokedAt !== null;
  return {
    deviceId: row.deviceId, schoolId: row.schoolId, classId: row.classId, className, enrolledAt: row.enrolledAt, revoked, lastSeenAt,
    appVersion: row.appVersion, eventsWaiting: row.outboxWaiting, storageFreeBytes: row.storageFreeBytes, clockSkewMs: row.clockSkewMs,
    quarantined: row.quarantined, silent: !revoked && daysSilent > silentDays, daysSilent,
  };
}

export function schoolHealth(school: { id: string; name: string }, devices: readonly DeviceHealth[]): SchoolHealth {
  const own = devices.filter((d) => d.schoolId === school.id);
  const active = own.filter((d) => !d.revoked);
  return {
    schoolId: school.id,
    name: school.name,
    devices: active.length,
    revoked: own.length - active.length,
    silent: active.filter((d) => d.silent).length,
    eventsWaiting: active.reduce((sum, d) => sum + (d.eventsWaiting ?? 0), 0),
    quarantined: own.reduce((sum, d) => sum + d.quarantined, 0),
    lastSeenAt: active.reduce<string | null>((max, d) => later(max, d.lastSeenAt), null),
  };
}
