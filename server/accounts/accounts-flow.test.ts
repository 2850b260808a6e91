import { describe, expect, it } from 'vitest';
import { randomCode, sha256Hex } from '../auth/secrets';
import { API_BODY_LIMIT_BYTES } from '../app';
import { bearer, FAST_SCRYPT, seedSchool, seedUser, TEST_PASSWORD } from '../testing/accounts';
import { makeTestApp } from '../testing/test-app';
import { SESSION_TTL_MS } from './sign-in-route';

/** An app with a movable clock, one school, its coordinator and its teacher. */
async function makeWorld() {
  let now = new Date('2030-01-01T08:00:00.000Z');
  const made = await makeTestApp({ now: () => now, scrypt: FAST_SCRYPT });
  const school = await seedSchool(made.storage, 'Ecole');
  await seedUser(made.storage, { login: 'karim', displayName: 'Karim', role: 'coordinator', schoolIds: [school.schoolId] });
  await seedUser(made.storage, { login: 'amina', displayName: 'Amina', role: 'teacher', schoolId: school.schoolId, classIds: [school.classId] });
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await made.app.request(`/api/v1${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return { status: res.status, headers: res.headers, json: (await res.json().catch(() => undefined)) as Record<string, never> };
  };
  const signIn = async (login: string, password = TEST_PASSWORD) => {
    const res = await call('POST', '/auth/sign-in', { login, password });
    return { ...res, auth: bearer(String(res.json?.token)) };
  };
  return { ...made, school, call, signIn, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

describe('signing in', () => {
  it('gives a token that says who it is, expires after 12 hours, and stops at sign-out', async () => {
    const w = await makeWorld();
    const { status, json, auth } = await w.signIn(' Amina ');
    expect(status).toBe(200);
    expect(json).toMatchObject({ expiresAt: '2030-01-01T20:00:00.000Z', user: { login: 'amina', role: 'teacher' } });
    expect((await w.call('GET', '/auth/me', undefined, auth)).json).toMatchObject({ role: 'teacher', schoolId: w.school.schoolId, classIds: [w.school.classId] });
    expect(w.logLines.join('\n')).not.toContain(String(json.token));

    w.advance(SESSION_TTL_MS);
    expect((await w.call('GET', '/auth/me', undefined, auth)).json).toEqual({ code: 'auth/expired', params: {} });

    const again = await w.signIn('amina');
    expect((await w.call('POST', '/auth/sign-out', {}, again.auth)).status).toBe(204);
    const after = await w.call('GET', '/auth/me', undefined, again.auth);
    expect([after.status, after.json.code, after.headers.get('WWW-Authenticate')]).toEqual([401, 'auth/revoked', 'Bearer']);
  });

  it('answers the same 401 for an unknown login and a wrong password, and locks the account after 5 failures', async () => {
    const w = await makeWorld();
    expect((await w.signIn('nobody')).json).toEqual({ code: 'auth/wrong-credentials', params: {} });
    for (let i = 0; i < 5; i++) expect((await w.signIn('amina', 'wrong')).status).toBe(401);
    const locked = await w.signIn('amina');
    expect([locked.status, locked.json.code, locked.headers.get('Retry-After')]).toEqual([429, 'auth/rate-limited', '30']);
    w.advance(31_000);
    expect((await w.signIn('amina')).status).toBe(200);
  });

  it('refuses a malformed credential and an unknown token with auth/required', async () => {
    const w = await makeWorld();
    expect((await w.call('GET', '/auth/me', undefined, { Authorization: 'Basic abc' })).json.code).toBe('auth/required');
    expect((await w.call('GET', '/auth/me', undefined, bearer('x'.repeat(43)))).json.code).toBe('auth/required');
  });
});

describe('bad bodies', () => {
  it.each([
    ['not JSON', '{"login":', ''],
    ['the wrong shape', { login: 'amina' }, 'password'],
    ['the wrong type', { login: 'amina', password: 7 }, 'password'],
  ])('answers 400 http/bad-request for %s', async (_name, body, field) => {
    const w = await makeWorld();
    expect(await w.call('POST', '/auth/sign-in', body)).toMatchObject({ status: 400, json: { code: 'http/bad-request', params: { field } } });
  });

  it('answers 413 for a body over the limit', async () => {
    const w = await makeWorld();
    const res = await w.call('POST', '/auth/sign-in', { login: 'a', password: 'x'.repeat(API_BODY_LIMIT_BYTES) });
    expect([res.status, res.json.code]).toEqual([413, 'http/payload-too-large']);
  });
});

describe('enrolment', () => {
  it('lets a device redeem a code once for a credential that works until it is revoked', async () => {
    const w = await makeWorld();
    const { auth } = await w.signIn('karim');
    const created = await w.call('POST', `/schools/${w.school.schoolId}/enrolment-codes`, { classId: w.school.classId }, auth);
    expect(created).toMatchObject({ status: 201, json: { expiresAt: '2030-01-01T08:10:00.000Z', classId: w.school.classId } });
    const code = String(created.json.code);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);

    const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
    const enrolled = await w.call('POST', '/enrol', { code: typed });
    expect(enrolled).toMatchObject({ status: 201, json: { schoolId: w.school.schoolId, classId: w.school.classId } });
    const device = bearer(String(enrolled.json.credential));
    expect(w.logLines.join('\n')).not.toContain(String(enrolled.json.credential));
    expect((await w.call('GET', '/roster', undefined, device)).json).toMatchObject({ schoolId: w.school.schoolId, schoolName: expect.any(String), learners: [] });
    expect((await w.call('POST', '/enrol', { code })).json.code).toBe('enrol/used');
    expect(w.logLines.join('\n')).not.toContain(code);

    const revoked = await w.call('POST', `/devices/${String(enrolled.json.deviceId)}/revoke`, {}, auth);
    expect(revoked.status).toBe(200);
    expect((await w.call('GET', '/roster', undefined, device)).json.code).toBe('auth/revoked');
    const audit = await w.call('GET', '/audit', undefined, auth);
    expect((audit.json.entries as unknown as { action: string }[]).map((e) => e.action)).toEqual(expect.arrayContaining(['enrolment-code.create', 'device.revoke']));
  });

  it.each([
    ['an expired code', 'enrol/expired', 410],
    ['an unknown code', 'enrol/unknown', 404],
    ['a malformed code', 'enrol/malformed', 400],
  ])('refuses %s with its own code', async (name, code, status) => {
    const w = await makeWorld();
    const { auth } = await w.signIn('karim');
    const created = await w.call('POST', `/schools/${w.school.schoolId}/enrolment-codes`, { ttlMinutes: 1 }, auth);
    w.advance(60_000);
    const typed = name === 'an expired code' ? String(created.json.code) : name === 'an unknown code' ? randomCode() : 'ABC';
    expect(await w.call('POST', '/enrol', { code: typed })).toMatchObject({ status, json: { code } });
  });

  it('refuses a lifetime over 60 minutes', async () => {
    const w = await makeWorld();
    const { auth } = await w.signIn('karim');
    expect((await w.call('POST', `/schools/${w.school.schoolId}/enrolment-codes`, { ttlMinutes: 61 }, auth)).json).toEqual({
      code: 'http/bad-request',
      params: { field: 'ttlMinutes' },
    });
  });

  it('locks an address out after 10 wrong codes, even before the right one', async () => {
    const w = await makeWorld();
    const { auth } = await w.signIn('karim');
    const { code } = (await w.call('POST', `/schools/${w.school.schoolId}/enrolment-codes`, {}, auth)).json;
    for (let i = 0; i < 10; i++) expect((await w.call('POST', '/enrol', { code: randomCode() })).status).toBe(404);
    const locked = await w.call('POST', '/enrol', { code });
    expect([locked.status, locked.json.code, locked.headers.get('Retry-After')]).toEqual([429, 'auth/rate-limited', '60']);
  });
});

describe('a teacher adding learners', () => {
  const chosenId = '0190f3a2-7c1e-7a4b-8d2e-5f6a7b8c9d0e';

  it('keeps an id the device chose, answers 200 to the same learner sent again, and 409 to another use of it', async () => {
    const w = await makeWorld();
    const { auth } = await w.signIn('amina');
    const path = `/classes/${w.school.classId}/learners`;
    const first = await w.call('POST', path, { id: chosenId, displayName: 'Salma' }, auth);
    expect(first).toMatchObject({ status: 201, json: { id: chosenId, classId: w.school.classId, displayName: 'Salma' } });
    expect(await w.call('POST', path, { id: chosenId, displayName: ' Salma ' }, auth)).toMatchObject({ status: 200, json: { id: chosenId } });
    expect(await w.call('POST', path, { id: chosenId, displayName: 'Youssef' }, auth)).toMatchObject({ status: 409, json: { code: 'learner/id-taken', params: {} } });
    const roster = await w.call('GET', '/roster', undefined, auth);
    expect(roster.json.learners).toEqual([{ id: chosenId, classId: w.school.classId, displayName: 'Salma' }]);
  });

  it('refuses an id already used in another school, and says nothing about it', async () => {
    const w = await makeWorld();
    const other = await seedSchool(w.storage, 'Autre');
    await w.storage.addLearner({ ...other, id: chosenId, displayName: 'Salma', createdAt: '2030-01-01T08:00:00.000Z' });
    const { auth } = await w.signIn('amina');
    const taken = await w.call('POST', `/classes/${w.school.classId}/learners`, { id: chosenId, displayName: 'Salma' }, auth);
    expect(taken).toMatchObject({ status: 409, json: { code: 'learner/id-taken', params: {} } });
    expect((await w.call('GET', '/roster', undefined, auth)).json.learners).toEqual([]);
  });

  it.each(['not-a-uuid', chosenId.toUpperCase(), 42])('refuses %j as an id with 400 naming the field', async (id) => {
    const w = await makeWorld();
    const { auth } = await w.signIn('amina');
    const res = await w.call('POST', `/classes/${w.school.classId}/learners`, { id, displayName: 'Salma' }, auth);
    expect(res).toMatchObject({ status: 400, json: { code: 'http/bad-request', params: { field: 'id' } } });
  });

  it('still makes an id itself when the device sends none', async () => {
    const w = await makeWorld();
    const { auth } = await w.signIn('amina');
    const res = await w.call('POST', `/classes/${w.school.classId}/learners`, { displayName: 'Youssef' }, auth);
    expect(res.status).toBe(201);
    expect(String(res.json.id)).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the first coordinator', () => {
  it('is created once with the setup code, which then cannot be used again', async () => {
    const made = await makeTestApp({ scrypt: FAST_SCRYPT });
    const code = randomCode();
    await made.storage.replaceSetupCode(sha256Hex(code), '2000-01-01T00:00:00.000Z', '2999-01-01T00:00:00.000Z');
    const setup = (body: Record<string, unknown>) =>
      made.app.request('/api/v1/setup', { method: 'POST', body: JSON.stringify({ login: 'karim', displayName: 'Karim', password: 'a long password', ...body }) });
    expect((await (await setup({ code: randomCode() })).json()) as unknown).toEqual({ code: 'setup/invalid-code', params: {} });
    expect((await (await setup({ code, password: 'short' })).json()) as unknown).toEqual({ code: 'auth/password-too-short', params: { min: 10 } });
    expect((await setup({ code })).status).toBe(201);
    expect((await (await setup({ code })).json()) as unknown).toEqual({ code: 'setup/not-needed', params: {} });
    const signIn = await made.app.request('/api/v1/auth/sign-in', { method: 'POST', body: JSON.stringify({ login: 'karim', password: 'a long password' }) });
    expect(signIn.status).toBe(200);
  });
});
