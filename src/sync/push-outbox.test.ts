import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SabilError } from '../core/errors/index';
import { NO_ATTEMPTS } from '../core/profiles/index';
import { SabilDatabase, type LearnerRow } from '../data/db';
import { countWaitingForRoster } from '../data/outbox-repo';
import { ensureDeviceIdentity } from '../data/device-repo';
import { appendEvent } from '../data/events-repo';
import { pushOutbox, type PushAnswer, type PushBody } from './push-outbox';

let db: SabilDatabase;
let tick = 0;
const clock = { now: () => 1_000 + tick, newId: () => `e-${String(++tick).padStart(5, '0')}` };

beforeEach(async () => {
  db = new SabilDatabase(`push-${Math.random()}`);
  await db.open();
  tick = 0;
  await ensureDeviceIdentity(db, () => 'device-1', 0);
  await db.learners.put(linkedLearner('l', 'linked'));
});

function linkedLearner(id: string, state?: 'linked' | 'pending'): LearnerRow {
  const row: LearnerRow = { id, displayName: id, avatar: 'camel', language: 'en', pin: null, attempts: NO_ATTEMPTS, createdAt: 0 };
  return state ? { ...row, roster: { classId: 'c', state } } : row;
}
afterEach(async () => {
  await db.delete();
});

async function addEvents(count: number) {
  for (let i = 0; i < count; i++) await appendEvent(db, { learnerId: 'l', type: 'lesson.completed', data: { lessonId: `x${i}` } }, clock);
}

function ackAll(body: PushBody): Promise<PushAnswer> {
  return Promise.resolve({ acked: body.events.map((e) => e.id), quarantined: [], epochStale: false, serverTime: '', clockSkewMs: 0 });
}

const base = { token: 't', appVersion: '1.0.0', now: () => 42 };

describe('pushOutbox', () => {
  it('sends the outbox in (epoch, seq) order in batches of 500, two at most in flight, and empties it', async () => {
    await addEvents(1_203);
    let inFlight = 0;
    let most = 0;
    const bodies: PushBody[] = [];
    const progress: number[] = [];
    const result = await pushOutbox(db, {
      ...base,
      onProgress: (p) => progress.push(p.sent),
      post: async (body) => {
        bodies.push(body);
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 10));
        inFlight--;
        return ackAll(body);
      },
    });
    expect(bodies.map((b) => b.events.length)).toEqual([500, 500, 203]);
    expect(bodies.flatMap((b) => b.events.map((e) => e.seq))).toEqual(Array.from({ length: 1_203 }, (_, i) => i + 1));
    expect(bodies[0]).toMatchObject({ deviceId: 'device-1', epoch: 1, nextSeq: 1_204, status: { appVersion: '1.0.0', outboxWaiting: 1_203, clientTime: 42 } });
    expect(most).toBe(2);
    expect(progress.at(-1)).toBe(1_203);
    expect(result).toEqual({ sent: 1_203, quarantined: 0, epochStale: false });
    expect(await db.outbox.count()).toBe(0);
  });

  it('removes exactly the acknowledged ids, and never an id of another batch', async () => {
    await addEvents(4);
    await pushOutbox(db, {
      ...base,
      post: async (body) => ({ ...(await ackAll(body)), acked: ['e-00001', 'e-00003', 'not-sent'] }),
    });
    expect((await db.outbox.toArray()).map((r) => r.id)).toEqual(['e-00002', 'e-00004']);
  });

  it('asks for a compact answer and, on ackedAll, removes exactly the ids of that batch', async () => {
    await addEvents(503);
    const bodies: PushBody[] = [];
    const result = await pushOutbox(db, {
      ...base,
      maxInFlight: 1,
      post: async (body) => {
        bodies.push(body);
        // The first batch is acked whole, the second lists one id of its three.
        if (bodies.length === 1) return { ...(await ackAll(body)), acked: [], ackedAll: true };
        return { ...(await ackAll(body)), acked: ['e-00502'], ackedAll: false };
      },
    });
    expect(bodies.every((b) => b.compactAck)).toBe(true);
    expect(result.sent).toBe(501);
    expect((await db.outbox.toArray()).map((r) => r.id)).toEqual(['e-00501', 'e-00503']);
  });

  it('keeps everything not acknowledged when a request fails, and reports the failure', async () => {
    await addEvents(1_000);
    let calls = 0;
    const push = pushOutbox(db, {
      ...base,
      maxInFlight: 1,
      post: async (body) => {
        if (++calls === 2) throw new SabilError('network/unreachable');
        return ackAll(body);
      },
    });
    await expect(push).rejects.toMatchObject({ code: 'network/unreachable' });
    expect(calls).toBe(2);
    expect(await db.outbox.count()).toBe(500);
  });

  it('moves the device to a new epoch, seq back to 1, when the server says the epoch is stale', async () => {
    await addEvents(3);
    const result = await pushOutbox(db, { ...base, post: async (body) => ({ ...(await ackAll(body)), epochStale: true }) });
    expect(result.epochStale).toBe(true);
    expect(await db.device.get('identity')).toMatchObject({ epoch: 2, nextSeq: 1 });
    const next = await appendEvent(db, { learnerId: 'l', type: 'lesson.completed', data: {} }, clock);
    expect([next.epoch, next.seq]).toEqual([2, 1]);
  });

  it('sends nothing when the outbox is empty', async () => {
    let calls = 0;
    expect(await pushOutbox(db, { ...base, post: (b) => (calls++, ackAll(b)) })).toEqual({ sent: 0, quarantined: 0, epochStale: false });
    expect(calls).toBe(0);
  });

  it('leaves the events of a profile not linked to the roster, or still pending, in the outbox', async () => {
    await db.learners.bulkPut([linkedLearner('unlinked'), linkedLearner('pending', 'pending')]);
    await addEvents(2);
    for (const learnerId of ['unlinked', 'pending']) {
      await appendEvent(db, { learnerId, type: 'lesson.completed', data: { lessonId: 'y' } }, clock);
    }
    const bodies: PushBody[] = [];
    await pushOutbox(db, { ...base, post: (body) => (bodies.push(body), ackAll(body)) });
    expect(bodies.flatMap((b) => b.events.map((e) => e.learnerId))).toEqual(['l', 'l']);
    expect((await db.outbox.toArray()).map((r) => r.learnerId).sort()).toEqual(['pending', 'unlinked']);
    expect(await countWaitingForRoster(db)).toBe(2);
  });
});
