/**
 * Enrolment end to end in Node: the real server on a port, a coordinator's code put in a QR code,
 * the picture decoded the way a browser without BarcodeDetector does (jsQR), and the app's own
 * enrolment code (fake-indexeddb) redeeming it against the server.
 */
import 'fake-indexeddb/auto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { codeFromQrText, enrolmentQrText, formatCode } from '../../src/core/enrolment/index';
import { SabilError } from '../../src/core/errors/index';
import { SabilDatabase } from '../../src/data/db';
import { getEnrolment } from '../../src/data/enrolment-repo';
import { getRoster } from '../../src/data/roster-repo';
import { decodeQr } from '../../src/features/enrol/decode-qr';
import { enrolDevice } from '../../src/features/enrol/enrol-device';
import { qrRgba } from '../../src/features/enrol/qr-test-image';
import { refreshRoster } from '../../src/features/enrol/refresh-roster';
import { callApi, setApiOrigin } from '../../src/sync/api-client';
import { FAST_SCRYPT, seedSchool, seedUser, sessionFor } from '../../server/testing/accounts';
import { makeTestApp } from '../../server/testing/test-app';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** The real app on a socket, with a clock the test moves; a school, a class with a learner, its coordinator. */
async function startWorld() {
  let now = new Date('2030-03-01T08:00:00.000Z');
  const { app, storage } = await makeTestApp({ now: () => now, scrypt: FAST_SCRYPT });
  const school = await seedSchool(storage, 'Ecole Atlas');
  const coordinatorId = await seedUser(storage, { login: 'karim', displayName: 'Karim', role: 'coordinator', schoolIds: [school.schoolId] });
  const coordinator = (await sessionFor(storage, coordinatorId)).Authorization.replace('Bearer ', '');
  await storage.addLearner({ schoolId: school.schoolId, classId: school.classId, id: crypto.randomUUID(), displayName: 'Salma', createdAt: now.toISOString() });

  const server: Server = createServer(getRequestListener(app.fetch));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`; // a listening TCP server has an AddressInfo
  setApiOrigin(origin);
  const db = new SabilDatabase(`enrol-${Math.random()}`);
  await db.open();
  cleanups.push(async () => {
    await db.delete();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await storage.close();
  });

  const newCode = async (ttlMinutes = 10) =>
    (await callApi<{ code: string }>(`/schools/${school.schoolId}/enrolment-codes`, { body: { classId: school.classId, ttlMinutes }, token: coordinator })).code;
  return { origin, db, school, coordinator, newCode, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

async function refusal(promise: Promise<unknown>): Promise<SabilError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SabilError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('enrolling a device from a QR code', () => {
  it('reads the code from the picture and enrols with a credential the roster route accepts', async () => {
    const w = await startWorld();
    const code = await w.newCode();
    const picture = qrRgba(enrolmentQrText(w.origin, code), { scale: 4, quietZone: 4, noise: 28, seed: 5 });
    const text = decodeQr(picture);
    expect(text).toBe(`${w.origin}/enrol#code=${code}`);
    expect(codeFromQrText(text ?? '')).toBe(code);

    const result = await enrolDevice(w.db, codeFromQrText(text ?? '') ?? '');
    expect(result.rosterError).toBeNull();
    const enrolment = await getEnrolment(w.db);
    expect(enrolment).toMatchObject({ schoolId: w.school.schoolId, classId: w.school.classId, revokedAt: null });
    const roster = await callApi<{ schoolId: string; learners: unknown[] }>('/roster', { token: enrolment?.credential ?? null });
    expect(roster).toMatchObject({ schoolId: w.school.schoolId, learners: [{ displayName: 'Salma' }] });
    expect(await getRoster(w.db)).toMatchObject({ schoolId: w.school.schoolId, classes: [{ id: w.school.classId, name: 'Ecole Atlas class' }] });
    expect(await w.db.device.get('trust')).toMatchObject({ key: 'trust', keys: [] });
  });

  it('accepts the code typed loosely, and refuses it the second time as used', async () => {
    const w = await startWorld();
    const code = await w.newCode();
    await enrolDevice(w.db, ` ${formatCode(code).toLowerCase()} `);
    expect((await refusal(enrolDevice(w.db, code))).code).toBe('enrol/used');
  });

  it('refuses a code past its lifetime as expired', async () => {
    const w = await startWorld();
    const code = await w.newCode(1);
    w.advance(61_000);
    expect((await refusal(enrolDevice(w.db, code))).code).toBe('enrol/expired');
    expect(await getEnrolment(w.db)).toBeUndefined();
  });

  it('locks the address out after ten wrong codes, saying how long to wait', async () => {
    const w = await startWorld();
    const wrong = (i: number) => `ZZZZZ${String(i).padStart(5, '0')}`;
    for (let i = 0; i < 10; i++) expect((await refusal(enrolDevice(w.db, wrong(i)))).code).toBe('enrol/unknown');
    const locked = await refusal(enrolDevice(w.db, wrong(10)));
    expect(locked.code).toBe('auth/rate-limited');
    expect(locked.params.retryAfterSeconds).toBe(60);
  });

  it('marks the enrolment revoked at the first roster refresh after a coordinator revokes the device', async () => {
    const w = await startWorld();
    await enrolDevice(w.db, await w.newCode());
    const enrolment = await getEnrolment(w.db);
    await callApi(`/devices/${enrolment?.serverDeviceId ?? ''}/revoke`, { method: 'POST', body: {}, token: w.coordinator });
    expect((await refusal(refreshRoster(w.db))).code).toBe('auth/revoked');
    expect((await getEnrolment(w.db))?.revokedAt).toEqual(expect.any(Number));
  });
});
