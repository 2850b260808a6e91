/**
 * The report and sync health routes through the in-process app, on both backends: suppression of
 * groups under 5 across schools, a single school per class without it and without names, date
 * filters in any order and zone, bad parameters, and devices gone silent.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { FAST_SCRYPT, seedSchool, seedUser, sessionFor, type AuthHeaders, enrolTestDevice } from '../testing/accounts';
import { makeTestApp } from '../testing/test-app';
import { newTestDatabase } from '../testing/test-storage';
import type { DeviceHealth, GroupNumbers } from '../../src/core/school-reports/index';
import { insertEvent, rawSql, type RawEvent } from './testing/raw-events';

/** The fields these tests read, of every answer they get (each answer has some of them). */
interface Answer {
  [field: string]: unknown;
  schools: (Partial<GroupNumbers> & { name: string; suppressed: boolean })[];
  school: GroupNumbers;
  classes: (GroupNumbers & { classId: string; name: string | null })[];
  devices: DeviceHealth[];
}

const NOW = new Date('2030-01-20T12:00:00.000Z');
let world: Awaited<ReturnType<typeof makeWorld>>;
let seq = 0;

async function makeWorld() {
  const database = await newTestDatabase();
  const storage = database.open();
  await storage.migrate();
  const made = await makeTestApp({ storage, now: () => NOW, scrypt: FAST_SCRYPT });
  const sql = rawSql(database);
  const big = await seedSchool(storage, 'Big school');
  const emptyClassId = randomUUID();
  await storage.createClass({ schoolId: big.schoolId, id: emptyClassId, name: 'Empty class', createdAt: NOW.toISOString() }, {
    id: randomUUID(), at: NOW.toISOString(), actorUserId: null, schoolId: big.schoolId, action: 'class.create', target: 'test', details: {},
  });
  const small = await seedSchool(storage, 'Small school');
  const learnersOf = async (school: { schoolId: string; classId: string }, count: number) => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const id = randomUUID();
      await storage.addLearner({ ...school, id, displayName: `Secret name ${i}`, createdAt: NOW.toISOString() });
      ids.push(id);
    }
    return ids;
  };
  const bigLearners = await learnersOf(big, 6);
  const smallLearners = await learnersOf(small, 2);
  const coordinator = await seedUser(storage, { login: 'coord', displayName: 'Coord', role: 'coordinator', schoolIds: [big.schoolId, small.schoolId] });
  const headers = await sessionFor(storage, coordinator);
  return { ...made, sql, big: { ...big, emptyClassId, learners: bigLearners }, small: { ...small, learners: smallLearners }, headers };
}

function event(schoolId: string, learnerId: string, type: RawEvent['type'], atIso: string, data: Record<string, unknown> = {}): RawEvent {
  seq++;
  return { schoolId, id: randomUUID(), learnerId, serverSeq: seq, type, data: { packId: 'sabil.maths', ...data }, atDevice: Date.parse(atIso), receivedAt: NOW.toISOString() };
}

async function get(path: string, headers: AuthHeaders = world.headers) {
  const res = await world.app.request(`/api/v1${path}`, { headers });
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) as Answer }; // the test reads only the fields it expects
}

beforeAll(async () => {
  world = await makeWorld();
  const { big, small, sql } = world;
  // Week of 6 Jan: all six learners of the big school; week of 13 Jan: only two of them.
  for (const learnerId of big.learners) await insertEvent(sql, event(big.schoolId, learnerId, 'lesson.completed', '2030-01-07T09:00:00Z'));
  for (const learnerId of big.learners) await insertEvent(sql, event(big.schoolId, learnerId, 'quiz.answered', '2030-01-08T09:00:00Z', { skills: ['add'], attempt: 1 }));
  for (const learnerId of big.learners.slice(0, 2)) await insertEvent(sql, event(big.schoolId, learnerId, 'lesson.completed', '2030-01-14T09:00:00Z', { packId: 'sabil.removed' }));
  for (const learnerId of small.learners) await insertEvent(sql, event(small.schoolId, learnerId, 'lesson.completed', '2030-01-07T09:00:00Z'));
});

describe('GET /reports/schools', () => {
  it('shows a school of at least 5 active learners and suppresses a smaller one and a week of 2', async () => {
    const { status, json } = await get('/reports/schools?from=2030-01-06&to=2030-01-19&tz=UTC');
    expect(status).toBe(200);
    expect(json['assignments']).toBeUndefined();
    const [big, small] = [json['schools'].find((s) => s.name === 'Big school'), json['schools'].find((s) => s.name === 'Small school')];
    expect(small).toEqual({ schoolId: world.small.schoolId, name: 'Small school', suppressed: true });
    expect(big).toMatchObject({ suppressed: false, activeLearners: 6, lessonsCompleted: 8 });
    expect(big?.weeks).toEqual([
      // 6 January 2030 is a Sunday: its week starts on Monday 31 December 2029.
      { week: '2029-12-31', suppressed: false, activeLearners: 0, lessonsCompleted: 0, quizzesCompleted: 0 },
      { week: '2030-01-07', suppressed: false, activeLearners: 6, lessonsCompleted: 6, quizzesCompleted: 0 },
      { week: '2030-01-14', suppressed: true },
    ]);
    expect(big?.skills).toEqual([{ packId: 'sabil.maths', skill: 'add', suppressed: false, practised: 6, mastered: 0 }]);
    expect(json['packs']).toEqual([{ id: 'sabil.maths', titles: {}, inCatalogue: false }, { id: 'sabil.removed', titles: {}, inCatalogue: false }]);
  });

  it('gives the same answer with the dates in either order', async () => {
    const a = await get('/reports/schools?from=2030-01-06&to=2030-01-19&tz=Africa/Casablanca');
    const b = await get('/reports/schools?from=2030-01-19&to=2030-01-06&tz=Africa/Casablanca');
    expect(b.json).toEqual(a.json);
    expect(a.json['range']).toEqual({ from: '2030-01-06', to: '2030-01-19', timeZone: 'Africa/Casablanca' });
  });

  it.each([
    ['from=2030-02-30', 'from'],
    ['to=soon', 'to'],
    ['tz=Mars/Olympus', 'tz'],
    ['pack=bad%20id', 'pack'],
  ])('refuses %s with 400 naming the field', async (queryString, field) => {
    const { status, json } = await get(`/reports/schools?${queryString}`);
    expect(status).toBe(400);
    expect(json).toEqual({ code: 'http/bad-request', params: { field } });
  });
});

describe('GET /reports/schools/:schoolId', () => {
  it('shows every class of the school, small groups and empty classes included, and never a name', async () => {
    const { status, json, text } = await get(`/reports/schools/${world.small.schoolId}`);
    expect(status).toBe(200);
    expect(json['school']).toMatchObject({ activeLearners: 2, lessonsCompleted: 2 });
    expect(json['classes']).toHaveLength(1);
    expect(json['classes'][0]).toMatchObject({ classId: world.small.classId, activeLearners: 2, weeks: [{ week: '2030-01-07', suppressed: false, activeLearners: 2 }] });
    expect(text).not.toContain('Secret name');
    const big = await get(`/reports/schools/${world.big.schoolId}`);
    const empty = big.json['classes'].find((k) => k.classId === world.big.emptyClassId);
    expect(empty).toMatchObject({ name: 'Empty class', activeLearners: 0, lessonsCompleted: 0, skills: [] });
    expect(empty?.weeks.every((w) => !w.suppressed && w.activeLearners === 0)).toBe(true);
  });

  it('filters by class and pack', async () => {
    const { json } = await get(`/reports/schools/${world.big.schoolId}?classId=${world.big.emptyClassId}`);
    expect(json['classes'].map((k) => k.classId)).toEqual([world.big.emptyClassId]);
    expect(json['school']['activeLearners']).toBe(0);
    const removed = await get(`/reports/schools/${world.big.schoolId}?pack=sabil.removed`);
    expect(removed.json['school']).toMatchObject({ activeLearners: 2, lessonsCompleted: 2 });
  });

  it('answers 404 for a class of another school', async () => {
    const { status } = await get(`/reports/schools/${world.big.schoolId}?classId=${world.small.classId}`);
    expect(status).toBe(404);
  });
});

describe('sync health', () => {
  it('lists each device with what it reported, its quarantine, and whether it went silent', async () => {
    const { storage, sql, big } = world;
    const quiet = await enrolTestDevice(storage, big.schoolId, big.classId);
    const busy = await enrolTestDevice(storage, big.schoolId);
    await sql.run(
      `INSERT INTO device_sync_state (school_id, device_id, last_push_at, app_version, outbox_waiting, storage_free_bytes, clock_skew_ms)
       VALUES (?, ?, '2030-01-19T08:00:00.000Z', '0.2.0', 12, 500000000, -4000)`,
      big.schoolId, busy.deviceId,
    );
    await sql.run(`INSERT INTO quarantine (school_id, event_id, raw_digest, reason, detail, received_at, server_device_id, raw) VALUES (?, 'e1', 'd1', 'event/invalid', 'at', ?, ?, '{}')`, big.schoolId, NOW.toISOString(), busy.deviceId);
    const { status, json } = await get(`/schools/${big.schoolId}/sync-health?silentDays=10`);
    expect(status).toBe(200);
    const byId = new Map(json['devices'].map((d) => [d.deviceId, d]));
    // Enrolled (and last seen) on 1 Jan 2030: 19 days ago.
    expect(byId.get(quiet.deviceId)).toMatchObject({ silent: true, daysSilent: 19, lastSeenAt: '2030-01-01T08:00:00.000Z', className: 'Big school class', quarantined: 0 });
    expect(byId.get(busy.deviceId)).toMatchObject({ silent: false, appVersion: '0.2.0', eventsWaiting: 12, storageFreeBytes: 500000000, clockSkewMs: -4000, quarantined: 1 });
    expect(json['schools']).toEqual([expect.objectContaining({ schoolId: big.schoolId, devices: 2, silent: 1, eventsWaiting: 12, quarantined: 1 })]);
    const all = await get('/sync-health');
    expect(all.json['silentDays']).toBe(14);
    expect(all.json['schools']).toHaveLength(2);
  });

  it('refuses a silentDays that is not a whole number of days', async () => {
    expect((await get('/sync-health?silentDays=-3')).json).toEqual({ code: 'http/bad-request', params: { field: 'silentDays' } });
  });
});
