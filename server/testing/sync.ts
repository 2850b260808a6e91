/**
 * Test support for sync routes: a world of two schools (A with two classes), learners, enrolled
 * devices, and helpers that push and pull through the in-process app, gzip or plain, on the
 * backend of the test project (SQLite or PostgreSQL).
 */
import { randomUUID } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { EventRecord } from '../../src/core/events/index';
import { TEST_DEVICE_ID } from '../../src/core/events/test-events';
import type { AppOptions } from '../app';
import type { AuthHeaders } from './accounts';
import { enrolTestDevice, seedSchool } from './accounts';
import { makeTestApp } from './test-app';
import { newTestDatabase, queryTestDatabase } from './test-storage';

export const NOW = new Date('2030-01-01T08:00:00.000Z');

/** `app` adds options of the in-process app (a push gate, say) to the world's clock and storage. */
export async function makeSyncWorld(app: Partial<AppOptions> = {}) {
  const database = await newTestDatabase();
  const storage = database.open();
  await storage.migrate();
  const made = await makeTestApp({ now: () => NOW, storage, ...app });
  const learner = async (schoolId: string, classId: string, displayName: string) => {
    const id = randomUUID();
    await storage.addLearner({ schoolId, classId, id, displayName, createdAt: NOW.toISOString() });
    return id;
  };
  const A = await seedSchool(storage, 'School A');
  const otherClassId = randomUUID();
  await storage.createClass({ schoolId: A.schoolId, id: otherClassId, name: 'A other class', createdAt: NOW.toISOString() }, {
    id: randomUUID(), at: NOW.toISOString(), actorUserId: null, schoolId: A.schoolId, action: 'class.create', target: 'test', details: {},
  });
  const B = await seedSchool(storage, 'School B');
  const a = { ...A, otherClassId, learnerId: await learner(A.schoolId, A.classId, 'Salma'), otherLearnerId: await learner(A.schoolId, otherClassId, 'Karim') };
  const b = { ...B, learnerId: await learner(B.schoolId, B.classId, 'Youssef') };
  const devices = {
    /** Enrolled without a class: serves the whole school A. */
    a: await enrolTestDevice(storage, A.schoolId),
    /** Enrolled with A's first class. */
    aClass: await enrolTestDevice(storage, A.schoolId, A.classId),
    b: await enrolTestDevice(storage, B.schoolId),
  };
  return { ...made, database, a, b, devices, learner };
}

export type SyncWorld = Awaited<ReturnType<typeof makeSyncWorld>>;

export interface PushBody {
  deviceId: string;
  epoch: number;
  nextSeq: number;
  status: { appVersion: string; outboxWaiting: number; storageFreeBytes: number | null; clientTime: number };
  events: unknown[];
}

/** A push body for `events`, with nextSeq just past their highest seq and a clock that agrees with the server's. */
export function pushBody(events: readonly EventRecord[], overrides: Partial<PushBody> = {}): PushBody {
  const highest = Math.max(0, ...events.map((e) => e.seq));
  return {
    deviceId: TEST_DEVICE_ID,
    epoch: 1,
    nextSeq: highest + 1,
    status: { appVersion: '0.1.0', outboxWaiting: events.length, storageFreeBytes: 123_456_789, clientTime: NOW.getTime() },
    events: [...events],
    ...overrides,
  };
}

export async function postSync(world: SyncWorld, path: '/sync/push' | '/sync/pull', headers: AuthHeaders, body: unknown, options: { gzip?: boolean; raw?: Uint8Array } = {}) {
  const json = JSON.stringify(body);
  const bytes = options.raw ?? (options.gzip ? gzipSync(json) : undefined);
  const payload = bytes ? new Uint8Array(bytes) : json; // a copy on its own ArrayBuffer, which BodyInit asks for
  const res = await world.app.request(`/api/v1${path}`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json', ...(options.gzip || options.raw ? { 'Content-Encoding': 'gzip' } : {}) },
    body: payload,
  });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as Record<string, unknown> }; // every API answer is a JSON object
}

/** Reads the events table from outside the storage, as an operator would (docs/sync.md, "Counting from a test"), on either backend. */
export function readEventsTable(world: SyncWorld, schoolId: string) {
  return queryTestDatabase<{ id: string; serverSeq: number; digest: string; data: string }>(
    world.database,
    'SELECT id, server_seq AS "serverSeq", digest, data FROM events WHERE school_id = ? ORDER BY server_seq',
    schoolId,
  );
}
