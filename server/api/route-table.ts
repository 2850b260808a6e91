/**
 * Every route under /api/v1, with who may call it and which ids it checks. createApp registers
 * exactly these, and route-table.test.ts walks every one × every kind of caller × own and other
 * school, so a route added here without an entry in that test fails it.
 */
import { listAuditRoute } from '../accounts/audit-route';
import { importLearnersRoute, listClassLearnersRoute } from '../accounts/class-learners-routes';
import { createClassRoute, listClassesRoute } from '../accounts/class-routes';
import { listDevicesRoute, revokeDeviceRoute } from '../accounts/device-routes';
import { disableUserRoute } from '../accounts/disable-user-route';
import { enableUserRoute } from '../accounts/enable-user-route';
import { enrolRoute } from '../accounts/enrol-route';
import { createEnrolmentCodeRoute } from '../accounts/enrolment-code-route';
import { addLearnerRoute, rosterRoute } from '../accounts/roster-routes';
import { createSchoolRoute, listSchoolsRoute } from '../accounts/school-routes';
import { meRoute, signOutRoute } from '../accounts/session-routes';
import { setupRoute } from '../accounts/setup-route';
import { signInRoute } from '../accounts/sign-in-route';
import { createTeacherRoute, listTeachersRoute } from '../accounts/teacher-route';
import { healthRoute } from '../http/health-route';
import { listPacksRoute } from '../packs/list-packs-route';
import { packFileRoute } from '../packs/pack-file-route';
import { trustRoute } from '../packs/trust-route';
import { schoolReportRoute, schoolsReportRoute } from '../reports/report-routes';
import { schoolSyncHealthRoute, syncHealthRoute } from '../reports/sync-health-routes';
import { pullRoute } from '../sync/pull-route';
import { pushRoute } from '../sync/push-route';
import type { RouteSpec } from './route-spec';

export const ROUTES: readonly RouteSpec[] = [
  healthRoute,
  trustRoute,
  listPacksRoute,
  packFileRoute,
  signInRoute,
  signOutRoute,
  meRoute,
  setupRoute,
  listSchoolsRoute,
  createSchoolRoute,
  listClassesRoute,
  createClassRoute,
  listTeachersRoute,
  createTeacherRoute,
  disableUserRoute,
  enableUserRoute,
  createEnrolmentCodeRoute,
  listDevicesRoute,
  revokeDeviceRoute,
  listAuditRoute,
  enrolRoute,
  rosterRoute,
  addLearnerRoute,
  listClassLearnersRoute,
  importLearnersRoute,
  pushRoute,
  pullRoute,
  schoolsReportRoute,
  schoolReportRoute,
  syncHealthRoute,
  schoolSyncHealthRoute,
];

export function routeKey(route: Pick<RouteSpec, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}
