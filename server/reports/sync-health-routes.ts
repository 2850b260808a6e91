/**
 * `GET /sync-health` (every school the coordinator may see) and `GET /schools/:schoolId/sync-health`
 * (one school), both with `?silentDays=N` (default 14): devices and a summary per school.
 */
import type { ApiContext, ApiDeps } from '../api/api-context';
import { param } from '../api/api-context';
import { findSchool } from '../api/lookups';
import type { RouteSpec } from '../api/route-spec';
import { requireRole } from '../auth/scope';
import type { School } from '../storage/account-storage';
import { readSilentDays } from './report-query';
import { deviceHealth, schoolHealth } from './sync-health';

async function answer(c: ApiContext, deps: ApiDeps, schools: readonly School[]) {
  const silentDays = readSilentDays(c);
  const now = deps.now();
  const rows = await deps.storage.listDeviceHealth(schools.map((s) => s.id));
  const classNames = new Map<string, string>();
  for (const school of schools) for (const k of await deps.storage.listClasses(school.id)) classNames.set(k.id, k.name);
  const devices = rows.map((row) => deviceHealth(row, row.classId === null ? null : classNames.get(row.classId) ?? null, now, silentDays));
  return c.json({ silentDays, at: now.toISOString(), schools: schools.map((school) => schoolHealth(school, devices)), devices });
}

export const syncHealthRoute: RouteSpec = {
  method: 'GET',
  path: '/sync-health',
  roles: ['coordinator'],
  scope: 'filtered',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    return answer(c, deps, await deps.storage.listSchools(caller.schools === 'all' ? 'all' : [...caller.schools]));
  },
};

export const schoolSyncHealthRoute: RouteSpec = {
  method: 'GET',
  path: '/schools/:schoolId/sync-health',
  roles: ['coordinator'],
  scope: 'school',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    return answer(c, deps, [await findSchool(deps.storage, caller, param(c, 'schoolId'))]);
  },
};
