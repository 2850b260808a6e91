/**
 * The authorisation matrix: every route in the table × every kind of caller × own school, other
 * school in the URL, and (where the route reads ids from its body) other school in the body. The
 * expected status follows from the table's roles and scope; each route's request comes from
 * FIXTURES below, and a route without a fixture fails the first test.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { lessonCompleted } from '../../src/core/events/test-events';
import { uuidV7 } from '../../src/core/ids/index';
import type { Role } from '../auth/caller';
import { randomCode, sha256Hex } from '../auth/secrets';
import { publishPack } from '../packs/publish-pack';
import { enrolTestDevice, FAST_SCRYPT, seedSchool, seedUser, sessionFor, TEST_PASSWORD, type AuthHeaders } from '../testing/accounts';
import { makeTestApp } from '../testing/test-app';
import { makeTestPack, testTrust } from '../testing/test-packs';
import type { RouteSpec } from './route-spec';
import { routeKey, ROUTES } from './route-table';

type SchoolKey = 'A' | 'B';
type CallerKey = 'coordinator of A' | 'coordinator of all' | 'teacher of A' | 'device of A' | 'teacher of B' | 'device of B' | 'anonymous';
type Variant = 'own' | 'other school in URL' | 'other school in body';

const CALLERS: Record<CallerKey, { role: Role | 'anonymous'; school: SchoolKey }> = {
  'coordinator of A': { role: 'coordinator', school: 'A' },
  'coordinator of all': { role: 'coordinator', school: 'A' },
  'teacher of A': { role: 'teacher', school: 'A' },
  'device of A': { role: 'device', school: 'A' },
  'teacher of B': { role: 'teacher', school: 'B' },
  'device of B': { role: 'device', school: 'B' },
  anonymous: { role: 'anonymous', school: 'A' },
};

let world: Awaited<ReturnType<typeof makeWorld>>;

async function makeWorld() {
  const made = await makeTestApp({ trust: testTrust, scrypt: FAST_SCRYPT });
  const { storage } = made;
  await publishPack(makeTestPack(), { storage, packsDir: made.packsDir, trustedKeys: testTrust.keys });
  const A = await seedSchool(storage, 'School A');
  const B = await seedSchool(storage, 'School B');
  const users = {
    coordA: await seedUser(storage, { login: 'coord-a', displayName: 'Coord A', role: 'coordinator', schoolIds: [A.schoolId] }),
    coordAll: await seedUser(storage, { login: 'coord-all', displayName: 'Coord All', role: 'coordinator', allSchools: true }),
    teacherA: await seedUser(storage, { login: 'teacher-a', displayName: 'Teacher A', role: 'teacher', schoolId: A.schoolId, classIds: [A.classId] }),
    teacherB: await seedUser(storage, { login: 'teacher-b', displayName: 'Teacher B', role: 'teacher', schoolId: B.schoolId, classIds: [B.classId] }),
  };
  const learnerOf = async (school: typeof A) => {
    const id = randomUUID();
    await storage.addLearner({ ...school, id, displayName: 'Learner', createdAt: '2030-01-01T08:00:00.000Z' });
    return id;
  };
  const schools = { A: { ...A, learnerId: await learnerOf(A) }, B: { ...B, learnerId: await learnerOf(B) } };
  const deviceIds = { A: (await enrolTestDevice(storage, A.schoolId, A.classId)).deviceId, B: (await enrolTestDevice(storage, B.schoolId, B.classId)).deviceId };
  return { ...made, schools, users, deviceIds };
}

/** Fresh credentials for each request, since sign-out and revocation end them. */
async function headersOf(caller: CallerKey): Promise<AuthHeaders | Record<string, never>> {
  const { storage, users, schools } = world;
  switch (caller) {
    case 'coordinator of A':
      return sessionFor(storage, users.coordA);
    case 'coordinator of all':
      return sessionFor(storage, users.coordAll);
    case 'teacher of A':
      return sessionFor(storage, users.teacherA);
    case 'teacher of B':
      return sessionFor(storage, users.teacherB);
    case 'device of A':
      return (await enrolTestDevice(storage, schools.A.schoolId, schools.A.classId)).headers;
    case 'device of B':
      return (await enrolTestDevice(storage, schools.B.schoolId, schools.B.classId)).headers;
    case 'anonymous':
      return {};
  }
}

interface Fixture {
  /** The status when the caller may do it. */
  ok: number;
  build: (url: SchoolKey, body: SchoolKey) => Promise<{ path: string; body?: unknown }>;
}

const unique = () => randomUUID().slice(0, 8);
const s = (key: SchoolKey) => world.schools[key];

const FIXTURES: Record<string, Fixture> = {
  'GET /health': { ok: 200, build: async () => ({ path: '/health' }) },
  'GET /trust': { ok: 200, build: async () => ({ path: '/trust' }) },
  'GET /packs': { ok: 200, build: async () => ({ path: '/packs' }) },
  'GET /packs/:id/:version/file': { ok: 200, build: async () => ({ path: '/packs/sabil.test.catalogue/1.0.0/file' }) },
  'POST /auth/sign-in': { ok: 200, build: async () => ({ path: '/auth/sign-in', body: { login: 'teacher-a', password: TEST_PASSWORD } }) },
  'POST /auth/sign-out': { ok: 204, build: async () => ({ path: '/auth/sign-out', body: {} }) },
  'GET /auth/me': { ok: 200, build: async () => ({ path: '/auth/me' }) },
  'POST /setup': { ok: 409, build: async () => ({ path: '/setup', body: { code: randomCode(), login: `x${unique()}`, displayName: 'X', password: 'long enough password' } }) },
  'GET /schools': { ok: 200, build: async () => ({ path: '/schools' }) },
  'POST /schools': { ok: 201, build: async () => ({ path: '/schools', body: { name: `New ${unique()}` } }) },
  'GET /schools/:schoolId/classes': { ok: 200, build: async (url) => ({ path: `/schools/${s(url).schoolId}/classes` }) },
  'POST /schools/:schoolId/classes': { ok: 201, build: async (url) => ({ path: `/schools/${s(url).schoolId}/classes`, body: { name: 'Class' } }) },
  'GET /schools/:schoolId/teachers': { ok: 200, build: async (url) => ({ path: `/schools/${s(url).schoolId}/teachers` }) },
  'POST /schools/:schoolId/teachers': {
    ok: 201,
    build: async (url, body) => ({ path: `/schools/${s(url).schoolId}/teachers`, body: { login: `t-${unique()}`, displayName: 'T', classIds: [s(body).classId] } }),
  },
  'POST /schools/:schoolId/enrolment-codes': {
    ok: 201,
    build: async (url, body) => ({ path: `/schools/${s(url).schoolId}/enrolment-codes`, body: { classId: s(body).classId } }),
  },
  'GET /schools/:schoolId/devices': { ok: 200, build: async (url) => ({ path: `/schools/${s(url).schoolId}/devices` }) },
  'POST /devices/:deviceId/revoke': {
    ok: 200,
    build: async (url) => ({ path: `/devices/${(await enrolTestDevice(world.storage, s(url).schoolId)).deviceId}/revoke`, body: {} }),
  },
  'POST /users/:userId/disable': {
    ok: 200,
    build: async (url) => {
      const userId = await seedUser(world.storage, { login: `t-${unique()}`, displayName: 'T', role: 'teacher', schoolId: s(url).schoolId, classIds: [s(url).classId] });
      return { path: `/users/${userId}/disable`, body: {} };
    },
  },
  'POST /users/:userId/enable': {
    ok: 200,
    build: async (url) => {
      const userId = await seedUser(world.storage, { login: `t-${unique()}`, displayName: 'T', role: 'teacher', schoolId: s(url).schoolId, classIds: [s(url).classId] });
      return { path: `/users/${userId}/enable`, body: {} };
    },
  },
  'GET /audit': { ok: 200, build: async () => ({ path: '/audit' }) },
  'POST /enrol': {
    ok: 201,
    build: async (url) => {
      const code = randomCode();
      const audit = { id: randomUUID(), at: '2030-01-01T08:00:00.000Z', actorUserId: null, schoolId: null, action: 'test', target: 'test', details: {} };
      const expiresAt = '2999-01-01T00:00:00.000Z';
      await world.storage.createEnrolmentCode({ codeHash: sha256Hex(code), schoolId: s(url).schoolId, createdAt: audit.at, expiresAt }, audit);
      return { path: '/enrol', body: { code } };
    },
  },
  'GET /roster': { ok: 200, build: async () => ({ path: '/roster' }) },
  'POST /classes/:classId/learners': { ok: 201, build: async (url) => ({ path: `/classes/${s(url).classId}/learners`, body: { displayName: 'New learner' } }) },
  'GET /classes/:classId/learners': { ok: 200, build: async (url) => ({ path: `/classes/${s(url).classId}/learners` }) },
  'POST /classes/:classId/learners/import': {
    ok: 201,
    build: async (url) => ({ path: `/classes/${s(url).classId}/learners/import`, body: { learners: [{ displayName: `Imported ${unique()}` }] } }),
  },
  // A device's school comes from its credential: an event for the other school's learner is
  // quarantined (200), and the matrix checks that learner's id is not in the answer.
  'POST /sync/push': {
    ok: 200,
    build: async (url) => {
      const deviceId = randomUUID();
      const event = (learnerId: string, seq: number) => ({ ...lessonCompleted(seq, { learnerId, deviceId }), id: uuidV7(Date.now(), randomBytes(10)) });
      const events = [event(s(url).learnerId, 1), event(s(other(url)).learnerId, 2)];
      return { path: '/sync/push', body: { deviceId, epoch: 1, nextSeq: 3, status: { appVersion: '0.1.0', outboxWaiting: 2, storageFreeBytes: null, clientTime: 0 }, events } };
    },
  },
  'POST /sync/pull': { ok: 200, build: async () => ({ path: '/sync/pull', body: { cursor: null } }) },
  'GET /reports/schools': { ok: 200, build: async () => ({ path: '/reports/schools?from=2030-02-01&to=2030-01-01&tz=Africa/Casablanca' }) },
  'GET /reports/schools/:schoolId': { ok: 200, build: async (url) => ({ path: `/reports/schools/${s(url).schoolId}?classId=${s(url).classId}` }) },
  'GET /sync-health': { ok: 200, build: async () => ({ path: '/sync-health?silentDays=7' }) },
  'GET /schools/:schoolId/sync-health': { ok: 200, build: async (url) => ({ path: `/schools/${s(url).schoolId}/sync-health` }) },
};

const URL_SCOPES: readonly RouteSpec['scope'][] = ['school', 'school-and-body', 'class', 'device', 'user'];

function variantsOf(route: RouteSpec): Variant[] {
  if (route.scope === 'school-and-body') return ['own', 'other school in URL', 'other school in body'];
  return URL_SCOPES.includes(route.scope) ? ['own', 'other school in URL'] : ['own'];
}

function expectedStatus(route: RouteSpec, caller: CallerKey, variant: Variant): number {
  const ok = FIXTURES[routeKey(route)]?.ok ?? -1;
  if (route.roles === 'public') return ok;
  const { role } = CALLERS[caller];
  if (role === 'anonymous') return 401;
  if (!route.roles.includes(role)) return 403;
  if (variant === 'other school in body') return 404;
  if (variant === 'other school in URL' && caller !== 'coordinator of all') return 404;
  return ok;
}

const other = (key: SchoolKey): SchoolKey => (key === 'A' ? 'B' : 'A');

const CASES = ROUTES.flatMap((route) =>
  (Object.keys(CALLERS) as CallerKey[]).flatMap((caller) => variantsOf(route).map((variant) => ({ key: routeKey(route), route, caller, variant }))),
);

describe('the authorisation matrix', () => {
  beforeAll(async () => {
    world = await makeWorld();
  });

  it('has a request for every route in the table, and none for a route that is not there', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(ROUTES.map(routeKey).sort());
  });

  it.each(CASES)('$key as $caller, $variant', async ({ key, route, caller, variant }) => {
    const fixture = FIXTURES[key];
    if (!fixture) throw new Error(`no fixture for ${key}`);
    const own = CALLERS[caller].school;
    const urlSchool = variant === 'other school in URL' ? other(own) : own;
    const bodySchool = variant === 'own' ? own : other(own);
    const request = await fixture.build(urlSchool, bodySchool);
    const headers = { ...(await headersOf(caller)), ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }) };
    const res = await world.app.request(`/api/v1${request.path}`, {
      method: route.method,
      headers,
      ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
    });
    const text = await res.text();
    expect(res.status, text).toBe(expectedStatus(route, caller, variant));

    // What a caller may see never includes the other school's ids (but all-schools coordinators see everything).
    if (res.status < 300 && caller !== 'coordinator of all' && route.roles !== 'public') {
      const theirs = world.schools[other(own)];
      for (const id of [theirs.schoolId, theirs.classId, theirs.learnerId, world.deviceIds[other(own)]]) expect(text).not.toContain(id);
    }
  });
});
