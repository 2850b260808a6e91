/**
 * The storage contract, part 4: pushes and pulls (migration 004, docs/sync.md) on the backend of
 * this test project. The routes around them are tested in server/sync/*-route.test.ts, on both too.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { eventDigest, type EventRecord } from '../../src/core/events/index';
import { lessonCompleted, masteryReached, quizAnswered, TEST_DEVICE_ID, testEventId } from '../../src/core/events/test-events';
import { seedSchool } from '../testing/accounts';
import { newTestDatabase, queryTestDatabase, testStorageKind, type TestDatabase } from '../testing/test-storage';
import type { AuditEntry } from './account-storage';
import { loadMigrations } from './load-migrations';
import type { IngestItem, IngestRequest, PullOutcome } from './sync-storage';

const AT = '2030-01-01T08:00:00.000Z';
const audit = (): AuditEntry => ({ id: randomUUID(), at: AT, actorUserId: null, schoolId: null, action: 't', target: 't', details: {} });
const asItem = (event: EventRecord): IngestItem => ({ kind: 'event', event, digest: eventDigest(event) });

async function world() {
  const database = await newTestDatabase();
  const storage = database.open();
  await storage.migrate();
  const { schoolId, classId } = await seedSchool(storage, 'A');
  const learnerId = randomUUID();
  await storage.addLearner({ schoolId, classId, id: learnerId, displayName: 'Salma', createdAt: AT });
  const push = (items: IngestItem[], overrides: Partial<IngestRequest> = {}) =>
    storage.ingestEvents({
      schoolId, serverDeviceId: 'server-device', localDeviceId: TEST_DEVICE_ID, epoch: 1, nextSeq: 100_000, receivedAt: AT,
      status: { appVersion: '0.1.0', outboxWaiting: 0, storageFreeBytes: null, clockSkewMs: 0 }, items, ...overrides,
    });
  const pull = (afterSeq: number | null, limit = 500) => storage.pullChanges({ schoolId, serverDeviceId: 'server-device', afterSeq, limit, at: AT });
  return { database, storage, schoolId, classId, learnerId, push, pull };
}

const seqs = (database: TestDatabase, table: 'events' | 'roster_learners', schoolId: string) =>
  queryTestDatabase<{ id: string; seq: number }>(database, `SELECT id, server_seq AS seq FROM ${table} WHERE school_id = ? ORDER BY server_seq`, schoolId);

function changes(outcome: PullOutcome) {
  if (outcome.kind !== 'changes') throw new Error(`expected changes, got ${outcome.kind}`);
  return outcome;
}

describe(`storage on ${testStorageKind()}: sync`, () => {
  it('gives learners added before migration 004 sequence 0 and each existing school a counter, so a first pull still sends them', async () => {
    const database = await newTestDatabase();
    const before = database.open({ migrations: loadMigrations().slice(0, 3) });
    await before.migrate();
    await before.close();
    for (const sql of [
      `INSERT INTO schools (id, name, created_at) VALUES ('s1', 'Old school', '${AT}')`,
      `INSERT INTO classes (school_id, id, name, created_at) VALUES ('s1', 'c1', 'Old class', '${AT}')`,
      `INSERT INTO roster_learners (school_id, class_id, id, display_name, created_at) VALUES ('s1', 'c1', 'l1', 'Amal', '${AT}')`,
    ]) await queryTestDatabase(database, sql);

    // 004 and the migrations after it (a pull reads the assignments of 006 too).
    const storage = database.open();
    expect((await storage.migrate()).map((m) => m.name)).toEqual(['sync', 'reports', 'assignments']);
    const pulled = await storage.pullChanges({ schoolId: 's1', serverDeviceId: 'd', afterSeq: null, limit: 10, at: AT });
    expect(pulled).toMatchObject({ kind: 'changes', nextAfterSeq: 0, roster: { learners: [{ id: 'l1' }] } });
    expect(await storage.pullChanges({ schoolId: 's1', serverDeviceId: 'd', afterSeq: 0, limit: 10, at: AT })).toMatchObject({ kind: 'changes', roster: null });
  });

  it("gives each added learner the school's next sequence, counted per school, and none to an id already held", async () => {
    const database = await newTestDatabase();
    const storage = database.open();
    await storage.migrate();
    const [s1, s2] = [await seedSchool(storage, 's1'), await seedSchool(storage, 's2')];
    const add = (school: typeof s1, id: string) => storage.addLearner({ schoolId: school.schoolId, classId: school.classId, id, displayName: id, createdAt: AT });
    expect(await add(s1, 'l1')).toBeUndefined();
    await add(s1, 'l2');
    await add(s2, 'l3');
    expect(await add(s1, 'l1')).toMatchObject({ id: 'l1', schoolId: s1.schoolId });
    expect(await add(s2, 'l2')).toMatchObject({ id: 'l2', schoolId: s1.schoolId });
    expect(await seqs(database, 'roster_learners', s1.schoolId)).toEqual([{ id: 'l1', seq: 1 }, { id: 'l2', seq: 2 }]);
    expect(await seqs(database, 'roster_learners', s2.schoolId)).toEqual([{ id: 'l3', seq: 1 }]);
  });

  it('numbers an imported class list after the changes before it, so a device pulling from its cursor gets the new roster', async () => {
    const w = await world();
    await w.push([asItem(lessonCompleted(1, { learnerId: w.learnerId }))]);
    const cursor = changes(await w.pull(null)).nextAfterSeq;
    const names = ['Amal', 'Karim', 'Nour'];
    const learners = names.map((displayName) => ({ schoolId: w.schoolId, classId: w.classId, id: randomUUID(), displayName, createdAt: AT }));
    expect(await w.storage.importLearners(w.schoolId, w.classId, learners, audit())).toEqual({ kind: 'imported' });
    expect((await seqs(w.database, 'roster_learners', w.schoolId)).map((r) => r.seq)).toEqual([1, 3, 4, 5]);
    const after = changes(await w.pull(cursor));
    expect(after.roster?.learners.map((l) => l.displayName)).toEqual(['Amal', 'Karim', 'Nour', 'Salma']);
    expect(after.nextAfterSeq).toBe(5);
  });

  it('stores an id repeated in one batch once, quarantines it with other content, and records a repeated bad event once', async () => {
    const w = await world();
    const event = quizAnswered(1, { learnerId: w.learnerId });
    const changed = { ...event, data: { ...event.data, correct: false } };
    const refused: IngestItem = { kind: 'refused', eventId: testEventId(9), reason: 'event/invalid', detail: 'type', raw: '{"bad":1}', rawDigest: 'd9' };
    const nameless: IngestItem = { kind: 'refused', eventId: undefined, reason: 'event/invalid', detail: 'id', raw: '{}', rawDigest: 'd0' };
    const outcome = await w.push([asItem(event), asItem(event), asItem(changed), refused, refused, nameless]);
    expect(outcome).toEqual({
      acked: [event.id, testEventId(9)],
      quarantined: [{ id: event.id, reason: 'event/id-reused' }, { id: testEventId(9), reason: 'event/invalid' }, { id: testEventId(9), reason: 'event/invalid' }],
      epochStale: false,
      newEpoch: null,
      assignments: { acked: [], refused: [] },
    });
    expect(await seqs(w.database, 'events', w.schoolId)).toEqual([{ id: event.id, seq: 2 }]);
    const quarantine = await w.storage.listQuarantine(w.schoolId, 10);
    expect(quarantine.map((q) => [q.eventId, q.reason]).sort()).toEqual([['', 'event/invalid'], [event.id, 'event/id-reused'], [testEventId(9), 'event/invalid']]);
    expect(quarantine.find((q) => q.reason === 'event/id-reused')?.detail).toBe(`held digest ${eventDigest(event)}`);
  });

  it('says epochStale when two ids of one batch share a seq, and stores both', async () => {
    const w = await world();
    const outcome = await w.push([asItem(lessonCompleted(1, { learnerId: w.learnerId })), asItem(masteryReached(2, { learnerId: w.learnerId, seq: 1 }))]);
    expect(outcome).toMatchObject({ epochStale: true, newEpoch: 2 });
    expect(await seqs(w.database, 'events', w.schoolId)).toHaveLength(2);
    expect(await w.storage.getDeviceSyncState(w.schoolId, 'server-device')).toMatchObject({
      copiedReports: 1, lastCopiedAt: AT, epochs: [{ epoch: 1, maxSeq: 1 }, { epoch: 2, maxSeq: 0 }],
    });
  });

  it('gives each stale report its own new epoch, so two copies told at once never share one', async () => {
    const w = await world();
    await w.push([asItem(lessonCompleted(1, { learnerId: w.learnerId }))], { nextSeq: 2 });
    const first = await w.push([asItem(lessonCompleted(2, { learnerId: w.learnerId, seq: 1 }))], { nextSeq: 2 });
    const second = await w.push([asItem(lessonCompleted(3, { learnerId: w.learnerId, seq: 1 }))], { nextSeq: 2 });
    expect([first.newEpoch, second.newEpoch]).toEqual([2, 3]);
  });

  it('stores a push larger than one statement may carry, numbered without gaps, and pages through it in order', async () => {
    const w = await world();
    const count = 6_000; // 13 values a row: over PostgreSQL's 65,535 parameters in one INSERT
    const events = Array.from({ length: count }, (_, i) => lessonCompleted(i + 1, { id: testEventId(i + 1), learnerId: w.learnerId, at: 2 ** 40 + i }));
    const outcome = await w.push(events.map(asItem), { nextSeq: count + 1 });
    expect(outcome.acked).toHaveLength(count);
    expect(outcome.epochStale).toBe(false);
    expect((await seqs(w.database, 'events', w.schoolId)).map((r) => r.seq)).toEqual(events.map((_, i) => i + 2));

    const pulled: EventRecord[] = [];
    let cursor: number | null = null;
    for (;;) {
      const page = changes(await w.pull(cursor, 500));
      pulled.push(...page.events);
      cursor = page.nextAfterSeq;
      if (!page.more) break;
    }
    expect(pulled).toEqual(events);
    expect(cursor).toBe(count + 1);
  });

  it('tells a cursor ahead of the school apart, and keeps the device state it was told', async () => {
    const w = await world();
    expect(await w.pull(2)).toEqual({ kind: 'cursor-ahead' });
    await w.push([asItem(lessonCompleted(1, { learnerId: w.learnerId }))], {
      status: { appVersion: '1.2.3', outboxWaiting: 7, storageFreeBytes: 2 ** 40, clockSkewMs: -(2 ** 35) },
    });
    expect(await w.storage.getDeviceSyncState(w.schoolId, 'server-device')).toEqual({
      schoolId: w.schoolId, deviceId: 'server-device', localDeviceId: TEST_DEVICE_ID, epoch: 1, lastPushAt: AT, appVersion: '1.2.3',
      outboxWaiting: 7, storageFreeBytes: 2 ** 40, clockSkewMs: -(2 ** 35), copiedReports: 0, epochs: [{ epoch: 1, maxSeq: 1 }],
    });
    expect(await w.storage.getDeviceSyncState(w.schoolId, 'nobody')).toBeUndefined();
  });
});

