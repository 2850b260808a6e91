/**
 * The routes the coordinator screens added: disabling a teacher, and a class's roster with its
 * all-or-nothing CSV import. In-process, on a real SQLite file.
 */
import { describe, expect, it } from 'vitest';
import { API_BODY_LIMIT_BYTES } from '../app';
import { bearer, FAST_SCRYPT, seedSchool, seedUser, TEST_PASSWORD } from '../testing/accounts';
import { makeTestApp } from '../testing/test-app';

/** Two schools; Karim coordinates the first, Amina teaches its class, Omar teaches the other school's. */
async function makeWorld() {
  const made = await makeTestApp({ now: () => new Date('2030-01-01T08:00:00.000Z'), scrypt: FAST_SCRYPT });
  const school = await seedSchool(made.storage, 'Ecole');
  const other = await seedSchool(made.storage, 'Autre');
  const karimId = await seedUser(made.storage, { login: 'karim', displayName: 'Karim', role: 'coordinator', schoolIds: [school.schoolId] });
  const aminaId = await seedUser(made.storage, { login: 'amina', displayName: 'Amina', role: 'teacher', schoolId: school.schoolId, classIds: [school.classId] });
  const omarId = await seedUser(made.storage, { login: 'omar', displayName: 'Omar', role: 'teacher', schoolId: other.schoolId, classIds: [other.classId] });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await made.app.request(`/api/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: res.status, json: (await res.json().catch(() => undefined)) as Record<string, unknown> };
  };
  const signIn = async (login: string) => bearer(String((await call('POST', '/auth/sign-in', { login, password: TEST_PASSWORD })).json.token));
  return { ...made, school, other, ids: { karimId, aminaId, omarId }, call, signIn };
}

const names = (json: Record<string, unknown>) => (json.learners as { displayName: string }[]).map((l) => l.displayName);
const actions = async (w: Awaited<ReturnType<typeof makeWorld>>, auth: Record<string, string>) =>
  ((await w.call('GET', '/audit', undefined, auth)).json.entries as { action: string; details: Record<string, unknown> }[]);

describe('disabling a teacher', () => {
  it('ends their sessions, refuses their sign-in, shows them disabled, and is recorded once', async () => {
    const w = await makeWorld();
    const karim = await w.signIn('karim');
    const amina = await w.signIn('amina');
    const first = await w.call('POST', `/users/${w.ids.aminaId}/disable`, {}, karim);
    expect(first).toEqual({ status: 200, json: { id: w.ids.aminaId, disabledAt: '2030-01-01T08:00:00.000Z' } });
    expect((await w.call('GET', '/roster', undefined, amina)).json.code).toBe('auth/revoked');
    expect((await w.call('POST', '/auth/sign-in', { login: 'amina', password: TEST_PASSWORD })).status).toBe(401);
    const teachers = (await w.call('GET', `/schools/${w.school.schoolId}/teachers`, undefined, karim)).json.teachers;
    expect(teachers).toEqual([expect.objectContaining({ id: w.ids.aminaId, disabled: true })]);

    expect(await w.call('POST', `/users/${w.ids.aminaId}/disable`, {}, karim)).toEqual(first);
    expect((await actions(w, karim)).filter((e) => e.action === 'user.disable')).toHaveLength(1);
  });

  it.each([
    ['a teacher of another school', 'omarId'],
    ['a coordinator', 'karimId'],
    ['an id that does not exist', 'none'],
  ] as const)('answers the same 404 for %s', async (_name, who) => {
    const w = await makeWorld();
    const userId = who === 'none' ? '00000000-0000-0000-0000-000000000000' : w.ids[who];
    expect(await w.call('POST', `/users/${userId}/disable`, {}, await w.signIn('karim'))).toEqual({
      status: 404,
      json: { code: 'user/not-found', params: { userId } },
    });
  });

  it('is refused to teachers', async () => {
    const w = await makeWorld();
    expect((await w.call('POST', `/users/${w.ids.aminaId}/disable`, {}, await w.signIn('amina'))).status).toBe(403);
  });
});

describe('enabling a teacher again', () => {
  it('lets them sign in with the password they had, keeps their old sessions ended, and is recorded once', async () => {
    const w = await makeWorld();
    const karim = await w.signIn('karim');
    const oldSession = await w.signIn('amina');
    await w.call('POST', `/users/${w.ids.aminaId}/disable`, {}, karim);
    expect(await w.call('POST', `/users/${w.ids.aminaId}/enable`, {}, karim)).toEqual({ status: 200, json: { id: w.ids.aminaId, disabledAt: null } });
    expect((await w.call('POST', '/auth/sign-in', { login: 'amina', password: TEST_PASSWORD })).status).toBe(200);
    expect((await w.call('GET', '/roster', undefined, oldSession)).json.code).toBe('auth/revoked');
    const teachers = (await w.call('GET', `/schools/${w.school.schoolId}/teachers`, undefined, karim)).json.teachers;
    expect(teachers).toEqual([expect.objectContaining({ id: w.ids.aminaId, disabled: false })]);

    await w.call('POST', `/users/${w.ids.aminaId}/enable`, {}, karim);
    expect((await actions(w, karim)).filter((e) => e.action === 'user.enable')).toHaveLength(1);
  });

  it('answers 404 for a teacher of another school and 403 to teachers', async () => {
    const w = await makeWorld();
    expect((await w.call('POST', `/users/${w.ids.omarId}/enable`, {}, await w.signIn('karim'))).status).toBe(404);
    expect((await w.call('POST', `/users/${w.ids.aminaId}/enable`, {}, await w.signIn('amina'))).status).toBe(403);
  });
});

describe('the audit log, a page at a time', () => {
  it('pages from newest to oldest with `next`, each entry once, and ends with null', async () => {
    const w = await makeWorld();
    const karim = await w.signIn('karim');
    for (let i = 0; i < 3; i++) await w.call('POST', `/users/${w.ids.aminaId}/${i % 2 === 0 ? 'disable' : 'enable'}`, {}, karim);
    const all = (await w.call('GET', '/audit?limit=500', undefined, karim)).json.entries as { id: string }[];
    const seen: string[] = [];
    let next: unknown = '';
    while (next !== null) {
      const page = await w.call('GET', `/audit?limit=2${next ? `&before=${String(next)}` : ''}`, undefined, karim);
      seen.push(...(page.json.entries as { id: string }[]).map((e) => e.id));
      next = page.json.next;
    }
    expect(all.length).toBeGreaterThan(2);
    expect(seen).toEqual(all.map((e) => e.id));
  });

  it('answers 400 for a cursor it did not write', async () => {
    const w = await makeWorld();
    expect((await w.call('GET', '/audit?before=yesterday', undefined, await w.signIn('karim'))).status).toBe(400);
  });
});

describe("a class's roster", () => {
  it('imports every learner at once and lists them, for the coordinator and the teacher alike', async () => {
    const w = await makeWorld();
    const karim = await w.signIn('karim');
    const path = `/classes/${w.school.classId}/learners`;
    const imported = await w.call('POST', `${path}/import`, { learners: [{ displayName: ' Salma ' }, { displayName: 'Youssef' }] }, karim);
    expect(imported.status).toBe(201);
    expect(names(imported.json)).toEqual(['Salma', 'Youssef']);
    expect(names((await w.call('GET', path, undefined, await w.signIn('amina'))).json)).toEqual(['Salma', 'Youssef']);
    expect((await actions(w, karim)).find((e) => e.action === 'roster.import')?.details).toEqual({ count: 2 });
  });

  it('writes nothing when one row is bad, and says which rows and why', async () => {
    const w = await makeWorld();
    const karim = await w.signIn('karim');
    const path = `/classes/${w.school.classId}/learners`;
    await w.call('POST', `${path}/import`, { learners: [{ displayName: 'Salma' }] }, karim);
    const learners = ['Nour', ' ', 'x'.repeat(101), 'SALMA', 'nour', 'Adam'].map((displayName) => ({ displayName }));
    expect(await w.call('POST', `${path}/import`, { learners }, karim)).toEqual({
      status: 422,
      json: {
        code: 'roster/invalid-rows',
        params: { count: 4 },
        rows: [
          { index: 1, code: 'roster/name-empty' },
          { index: 2, code: 'roster/name-too-long' },
          { index: 3, code: 'roster/duplicate-in-class' },
          { index: 4, code: 'roster/duplicate-in-file' },
        ],
      },
    });
    expect(names((await w.call('GET', path, undefined, karim)).json)).toEqual(['Salma']);
    expect((await actions(w, karim)).filter((e) => e.action === 'roster.import')).toHaveLength(1);
  });

  it.each([
    ['not JSON', '{"learners": [', ''],
    ['no learners', { learners: [] }, 'learners'],
    ['too many learners', { learners: Array.from({ length: 1001 }, (_, i) => ({ displayName: `L${i}` })) }, 'learners'],
    ['a name that is not text', { learners: [{ displayName: 7 }] }, 'learners.0.displayName'],
  ])('answers 400 for %s', async (_name, body, field) => {
    const w = await makeWorld();
    const res = await w.call('POST', `/classes/${w.school.classId}/learners/import`, body, await w.signIn('karim'));
    expect(res).toEqual({ status: 400, json: { code: 'http/bad-request', params: { field } } });
  });

  it('answers 413 for a body over the limit', async () => {
    const w = await makeWorld();
    const body = { learners: [{ displayName: 'x'.repeat(API_BODY_LIMIT_BYTES) }] };
    const res = await w.call('POST', `/classes/${w.school.classId}/learners/import`, body, await w.signIn('karim'));
    expect([res.status, res.json.code]).toEqual([413, 'http/payload-too-large']);
  });

  it("answers 404 for another school's class, to its coordinator and to a teacher of another class", async () => {
    const w = await makeWorld();
    const body = { learners: [{ displayName: 'Salma' }] };
    for (const who of ['karim', 'omar'] as const) {
      const auth = await w.signIn(who);
      const classId = who === 'karim' ? w.other.classId : w.school.classId;
      expect(await w.call('GET', `/classes/${classId}/learners`, undefined, auth)).toEqual({ status: 404, json: { code: 'class/not-found', params: { classId } } });
      expect((await w.call('POST', `/classes/${classId}/learners/import`, body, auth)).status).toBe(404);
    }
  });
});
