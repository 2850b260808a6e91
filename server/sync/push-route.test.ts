import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { lessonCompleted, masteryReached, quizAnswered, quizCompleted, TEST_DEVICE_ID, testEventId } from '../../src/core/events/test-events';
import { queryTestDatabase } from '../testing/test-storage';
import { makeSyncWorld, NOW, postSync, pushBody, readEventsTable, type SyncWorld } from '../testing/sync';

let world: SyncWorld;
beforeEach(async () => {
  world = await makeSyncWorld();
});

const ofA = () => ({ learnerId: world.a.learnerId });
const push = (body: unknown, options: { gzip?: boolean; raw?: Uint8Array } = {}) => postSync(world, '/sync/push', world.devices.a.headers, body, options);

describe('POST /sync/push', () => {
  it('stores a batch, acks every id, and answers the server time and the clock skew', async () => {
    const events = [lessonCompleted(1, ofA()), quizAnswered(2, ofA()), quizCompleted(3, ofA()), masteryReached(4, ofA())];
    const res = await push(pushBody(events, { status: { appVersion: '0.1.0', outboxWaiting: 4, storageFreeBytes: null, clientTime: NOW.getTime() - 1500 } }), { gzip: true });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toEqual({ acked: events.map((e) => e.id), quarantined: [], epochStale: false, newEpoch: null, assignments: { acked: [], refused: [] }, serverTime: NOW.toISOString(), clockSkewMs: -1500 });
    const rows = await readEventsTable(world, world.a.schoolId);
    expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id));
    expect(new Set(rows.map((r) => r.serverSeq)).size).toBe(4);
  });

  it('answers ackedAll without the ids when the device asks for a compact answer and every event is acked', async () => {
    const events = [lessonCompleted(1, ofA()), quizAnswered(2, ofA())];
    const res = await push({ ...pushBody(events), compactAck: true }, { gzip: true });
    expect(res.json).toMatchObject({ acked: [], ackedAll: true, quarantined: [], epochStale: false });
    expect((await readEventsTable(world, world.a.schoolId)).map((r) => r.id)).toEqual(events.map((e) => e.id));
    expect(res.text).not.toContain(events[0]!.id);
  });

  it('lists the acked ids with ackedAll false when an event of a compact push has no id to ack', async () => {
    const good = lessonCompleted(1, ofA());
    const res = await push({ ...pushBody([], { events: [good, { type: 'no id at all' }] }), compactAck: true });
    expect(res.json).toMatchObject({ acked: [good.id], ackedAll: false });
  });

  it('acks the same batch twice, stores it once and keeps its server sequence', async () => {
    const body = pushBody([lessonCompleted(1, ofA()), quizAnswered(2, ofA())]);
    const first = await push(body);
    const before = await readEventsTable(world, world.a.schoolId);
    const second = await push(body, { gzip: true });
    expect(second.json.acked).toEqual(first.json.acked);
    expect(second.json.quarantined).toEqual([]);
    expect(second.json.epochStale).toBe(false);
    expect(await readEventsTable(world, world.a.schoolId)).toEqual(before);
  });

  it('quarantines an id sent again with other content, reports it, and keeps the original', async () => {
    const original = quizAnswered(1, ofA());
    await push(pushBody([original]));
    const changed = { ...original, data: { ...original.data, correct: false } };
    const res = await push(pushBody([changed]));
    expect(res.json).toMatchObject({ acked: [original.id], quarantined: [{ id: original.id, reason: 'event/id-reused' }] });
    expect(JSON.parse((await readEventsTable(world, world.a.schoolId))[0]!.data)).toMatchObject({ correct: true });
    const [entry] = await world.storage.listQuarantine(world.a.schoolId, 10);
    expect(entry).toMatchObject({ eventId: original.id, reason: 'event/id-reused', serverDeviceId: world.devices.a.deviceId });
    expect(JSON.parse(entry!.raw)).toEqual(changed);
  });

  it('stores the valid events of a batch and quarantines the invalid one, acking it so it cannot block the rest', async () => {
    const bad = { ...quizCompleted(2, ofA()), data: { stars: 9 } };
    const res = await push(pushBody([], { nextSeq: 4, events: [lessonCompleted(1, ofA()), bad, masteryReached(3, ofA())] }));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ acked: [testEventId(1), testEventId(2), testEventId(3)], quarantined: [{ id: testEventId(2), reason: 'event/invalid' }] });
    expect((await readEventsTable(world, world.a.schoolId)).map((r) => r.id)).toEqual([testEventId(1), testEventId(3)]);
    expect(await world.storage.listQuarantine(world.a.schoolId, 10)).toEqual([expect.objectContaining({ eventId: testEventId(2), reason: 'event/invalid', detail: 'data.packId' })]);
  });

  it('records a retried invalid event once', async () => {
    const bad = { ...lessonCompleted(1, ofA()), type: 'lesson.started' };
    await push(pushBody([], { events: [bad] }));
    await push(pushBody([], { events: [bad] }));
    expect(await world.storage.listQuarantine(world.a.schoolId, 10)).toHaveLength(1);
  });

  it("quarantines an event for another school's learner and lets nothing of that school out", async () => {
    const foreign = lessonCompleted(1, { learnerId: world.b.learnerId });
    const res = await push(pushBody([foreign, lessonCompleted(2, ofA())]));
    expect(res.json).toMatchObject({ acked: [foreign.id, testEventId(2)], quarantined: [{ id: foreign.id, reason: 'event/unknown-learner' }] });
    for (const id of [world.b.learnerId, world.b.schoolId, world.b.classId]) expect(res.text).not.toContain(id);
    expect((await readEventsTable(world, world.a.schoolId)).map((r) => r.id)).toEqual([testEventId(2)]);
    expect(await readEventsTable(world, world.b.schoolId)).toEqual([]);
    const pulledByB = await postSync(world, '/sync/pull', world.devices.b.headers, { cursor: null });
    expect(pulledByB.json.events).toEqual([]);
  });

  it('refuses more than 500 events with 413 sync/batch-too-large', async () => {
    const events = Array.from({ length: 501 }, (_, i) => masteryReached(i + 1, ofA()));
    const res = await push(pushBody(events), { gzip: true });
    expect(res.status).toBe(413);
    expect(res.json).toEqual({ code: 'sync/batch-too-large', params: { maxEvents: 500 } });
    expect(await readEventsTable(world, world.a.schoolId)).toEqual([]);
  });

  it('refuses JSON over 256 KiB once inflated with 413, and a gzip bomb before inflating it whole', async () => {
    const big = pushBody([lessonCompleted(1, ofA())], { deviceId: 'x'.repeat(300 * 1024) });
    expect((await push(big, { gzip: true })).json).toEqual({ code: 'sync/batch-too-large', params: { limitBytes: 256 * 1024 } });
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20), { level: 9 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await push(undefined, { raw: bomb });
    expect(res.status).toBe(413);
    expect(res.json.code).toBe('sync/batch-too-large');
  });

  it.each([
    ['not gzip at all', Buffer.from('{"events": []}')],
    ['cut short', gzipSync(JSON.stringify(pushBody([]))).subarray(0, 20)],
  ])('refuses a gzip body that is %s with 400 sync/bad-encoding', async (_name, raw) => {
    const res = await push(undefined, { raw });
    expect(res.status).toBe(400);
    expect(res.json.code).toBe('sync/bad-encoding');
  });

  it('refuses an encoding it does not know', async () => {
    const res = await world.app.request('/api/v1/sync/push', {
      method: 'POST',
      headers: { ...world.devices.a.headers, 'Content-Encoding': 'br' },
      body: JSON.stringify(pushBody([])),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: 'sync/bad-encoding', params: { encoding: 'br' } });
  });

  it('refuses a body of the wrong shape with 400 http/bad-request naming the field', async () => {
    const res = await push({ ...pushBody([]), nextSeq: 0 });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ code: 'http/bad-request', params: { field: 'nextSeq' } });
  });

  it.each([
    ['1970', 0],
    ['2040', Date.UTC(2040, 0, 1)],
  ])('accepts a device whose clock says %s and records the skew', async (_year, clientTime) => {
    const res = await push(pushBody([lessonCompleted(1, { ...ofA(), at: clientTime })], { status: { appVersion: '0.1.0', outboxWaiting: 0, storageFreeBytes: 5, clientTime } }));
    expect(res.status).toBe(200);
    expect(res.json.acked).toEqual([testEventId(1)]);
    expect(res.json.clockSkewMs).toBe(clientTime - NOW.getTime());
    const state = await world.storage.getDeviceSyncState(world.a.schoolId, world.devices.a.deviceId);
    expect(state).toMatchObject({ clockSkewMs: clientTime - NOW.getTime(), appVersion: '0.1.0', outboxWaiting: 0, storageFreeBytes: 5, lastPushAt: NOW.toISOString() });
    expect(world.logLines.some((line) => line.includes('device clock is off'))).toBe(true);
  });

  it('says epochStale when a copy of the database reuses a seq under another id, stores both, and records it', async () => {
    await push(pushBody([lessonCompleted(1, ofA()), lessonCompleted(2, ofA()), lessonCompleted(3, ofA())]));
    const copy = quizAnswered(100, { ...ofA(), seq: 3 });
    const res = await push(pushBody([copy], { nextSeq: 4 }));
    expect(res.json).toMatchObject({ acked: [copy.id], quarantined: [], epochStale: true, newEpoch: 2 });
    expect(await readEventsTable(world, world.a.schoolId)).toHaveLength(4);
    const state = await world.storage.getDeviceSyncState(world.a.schoolId, world.devices.a.deviceId);
    expect(state).toMatchObject({ copiedReports: 1, lastCopiedAt: NOW.toISOString(), epochs: [{ epoch: 1, maxSeq: 3 }, { epoch: 2, maxSeq: 0 }] });
  });

  it('says epochStale when a restored database asks to go on below seqs the server holds', async () => {
    await push(pushBody([lessonCompleted(1, ofA()), lessonCompleted(2, ofA())]));
    expect((await push(pushBody([], { nextSeq: 2 }))).json.epochStale).toBe(true);
    // The device took epoch 2: its seqs start again at 1 without clashing.
    const fresh = lessonCompleted(50, { ...ofA(), epoch: 2, seq: 1 });
    expect((await push(pushBody([fresh], { epoch: 2, nextSeq: 2 }))).json).toMatchObject({ acked: [fresh.id], epochStale: false });
  });

  it('keeps its watermarks and counters equal to what rebuilding them from the tables gives', async () => {
    await push(pushBody([lessonCompleted(3, ofA()), lessonCompleted(1, ofA())]));
    await push(pushBody([lessonCompleted(3, ofA()), lessonCompleted(2, ofA()), lessonCompleted(60, { ...ofA(), epoch: 2, seq: 7 })], { epoch: 2, nextSeq: 8 }));
    await world.learner(world.a.schoolId, world.a.classId, 'Nour');
    await push(pushBody([lessonCompleted(61, { ...ofA(), epoch: 2, seq: 5 })], { epoch: 2, nextSeq: 8 }));
    const query = <T>(sql: string, ...params: string[]) => queryTestDatabase<T>(world.database, sql, ...params);
    const incremental = await query('SELECT local_device_id AS d, epoch, max_seq AS m FROM device_epochs ORDER BY d, epoch');
    const rebuilt = await query('SELECT device_id AS d, epoch, MAX(seq) AS m FROM events GROUP BY device_id, epoch ORDER BY d, epoch');
    expect(incremental).toEqual(rebuilt);
    expect(incremental).toEqual([{ d: TEST_DEVICE_ID, epoch: 1, m: 3 }, { d: TEST_DEVICE_ID, epoch: 2, m: 7 }]);
    const counter = await query('SELECT next_seq AS n FROM school_counters WHERE school_id = ?', world.a.schoolId);
    const [highest] = await query<{ n: number }>(
      'SELECT MAX(s) AS n FROM (SELECT server_seq AS s FROM events WHERE school_id = ? UNION ALL SELECT server_seq FROM roster_learners WHERE school_id = ?) AS changes',
      world.a.schoolId, world.a.schoolId,
    );
    expect(counter).toEqual([{ n: highest!.n + 1 }]);
  });

  it('is refused to a revoked device with 401 auth/revoked', async () => {
    await world.storage.revokeDevice(world.devices.a.deviceId, NOW.toISOString(), {
      id: crypto.randomUUID(), at: NOW.toISOString(), actorUserId: null, schoolId: world.a.schoolId, action: 'device.revoke', target: 't', details: {},
    });
    const res = await push(pushBody([lessonCompleted(1, ofA())]));
    expect(res.status).toBe(401);
    expect(res.json.code).toBe('auth/revoked');
    expect((await postSync(world, '/sync/pull', world.devices.a.headers, { cursor: null })).status).toBe(401);
  });
});
