import 'fake-indexeddb/auto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SabilDatabase } from '../../data/db';
import { getEnrolment, saveEnrolment } from '../../data/enrolment-repo';
import { getRoster } from '../../data/roster-repo';
import { setApiOrigin } from '../../sync/api-client';
import { callWithDeviceCredential, fetchWithDeviceCredential } from './device-credential';
import { enrolDevice } from './enrol-device';
import { refreshRoster } from './refresh-roster';

// A real HTTP server on a free port answering as the Sabil API does; each test sets its answer.
let server: Server;
let origin: string;
let answer: { status: number; body: unknown } = { status: 200, body: {} };
const seen: Array<{ method: string; url: string; authorization: string | undefined; body: string }> = [];

async function bodyOf(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body });
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`; // a listening TCP server has an AddressInfo
  setApiOrigin(origin);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let db: SabilDatabase;
const enrolled = { deviceId: 'dev-1', credential: 'the-credential', schoolId: 'school-a', classId: 'class-1' };
const revoked = { status: 401, body: { code: 'auth/revoked', params: {} } };

beforeEach(async () => {
  seen.length = 0;
  db = new SabilDatabase(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('callWithDeviceCredential', () => {
  it('sends the device credential as a bearer token', async () => {
    await saveEnrolment(db, enrolled, 1);
    answer = { status: 200, body: { ok: true } };
    expect(await callWithDeviceCredential(db, '/auth/me')).toEqual({ ok: true });
    expect(seen[0]).toMatchObject({ url: '/api/v1/auth/me', authorization: 'Bearer the-credential' });
  });

  it('marks the enrolment revoked when the server answers auth/revoked, then stops asking', async () => {
    await saveEnrolment(db, enrolled, 1);
    answer = revoked;
    await expect(callWithDeviceCredential(db, '/roster')).rejects.toMatchObject({ code: 'auth/revoked' });
    expect((await getEnrolment(db))?.revokedAt).toEqual(expect.any(Number));
    await expect(callWithDeviceCredential(db, '/roster')).rejects.toMatchObject({ code: 'auth/revoked' });
    expect(seen).toHaveLength(1);
  });

  it('leaves the enrolment alone for other refusals', async () => {
    await saveEnrolment(db, enrolled, 1);
    answer = { status: 403, body: { code: 'auth/forbidden', params: {} } };
    await expect(callWithDeviceCredential(db, '/schools')).rejects.toMatchObject({ code: 'auth/forbidden' });
    expect((await getEnrolment(db))?.revokedAt).toBeNull();
  });

  it('asks nothing of the server when the device is not enrolled', async () => {
    await expect(callWithDeviceCredential(db, '/roster')).rejects.toMatchObject({ code: 'enrol/not-enrolled' });
    expect(seen).toHaveLength(0);
  });
});

describe('fetchWithDeviceCredential', () => {
  it('adds the credential when enrolled and nothing when not', async () => {
    answer = { status: 200, body: { packs: [] } };
    await fetchWithDeviceCredential(db, `${origin}/api/v1/packs`, { headers: { accept: 'application/json' } });
    await saveEnrolment(db, enrolled, 1);
    await fetchWithDeviceCredential(db, `${origin}/api/v1/packs`);
    expect(seen.map((s) => s.authorization)).toEqual([undefined, 'Bearer the-credential']);
  });

  it('turns auth/revoked into an error, marks the enrolment and sends no credential afterwards', async () => {
    await saveEnrolment(db, enrolled, 1);
    answer = revoked;
    await expect(fetchWithDeviceCredential(db, `${origin}/api/v1/packs`)).rejects.toMatchObject({ code: 'auth/revoked' });
    expect((await getEnrolment(db))?.revokedAt).toEqual(expect.any(Number));
    answer = { status: 200, body: { packs: [] } };
    await fetchWithDeviceCredential(db, `${origin}/api/v1/packs`);
    expect(seen[1]?.authorization).toBeUndefined();
  });
});

describe('refreshRoster', () => {
  it('keeps the roster the server sent for this device', async () => {
    await saveEnrolment(db, enrolled, 1);
    answer = { status: 200, body: { schoolId: 'school-a', classes: [{ id: 'class-1', name: 'CE2' }], learners: [] } };
    await refreshRoster(db);
    expect(await getRoster(db)).toMatchObject({ schoolId: 'school-a', classes: [{ id: 'class-1', name: 'CE2' }], learners: [] });
  });
});

describe('enrolDevice', () => {
  it('refuses a mistyped code before sending anything', async () => {
    await expect(enrolDevice(db, 'ABC-12')).rejects.toMatchObject({ code: 'enrol/malformed' });
    expect(seen).toHaveLength(0);
  });

  it('sends the code normalised, as the server reads it', async () => {
    answer = { status: 404, body: { code: 'enrol/unknown', params: {} } };
    await expect(enrolDevice(db, ' 7kq2m-xh4rd ')).rejects.toMatchObject({ code: 'enrol/unknown' });
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ code: '7KQ2MXH4RD' });
    expect(await getEnrolment(db)).toBeUndefined();
  });
});
