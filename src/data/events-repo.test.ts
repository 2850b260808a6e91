import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SabilDatabase } from './db';
import { ensureDeviceIdentity } from './device-repo';
import { appendEvent, connectionFor, listEvents } from './events-repo';

let db: SabilDatabase;
let tick = 0;
const clock = { now: () => 5_000 + tick, newId: () => `event-${++tick}` };

beforeEach(async () => {
  db = new SabilDatabase(`test-${Math.random()}`);
  await db.open();
  tick = 0;
});
afterEach(async () => {
  await db.delete();
});

describe('appendEvent', () => {
  it('numbers events consecutively, stamps device and epoch, and puts each in the outbox', async () => {
    await ensureDeviceIdentity(db, () => 'device-1', 0);
    const first = await appendEvent(db, { learnerId: 'a', type: 'lesson.completed', data: { lessonId: 'l1' } }, clock);
    const second = await appendEvent(db, { learnerId: 'b', type: 'quiz.answered', data: { right: true } }, clock);
    expect(first).toEqual({ id: 'event-1', deviceId: 'device-1', epoch: 1, seq: 1, learnerId: 'a', type: 'lesson.completed', at: 5_001, data: { lessonId: 'l1' } });
    expect(second).toMatchObject({ id: 'event-2', seq: 2 });
    expect(await db.events.toArray()).toEqual([first, second]);
    expect(await db.outbox.toArray()).toEqual([{ id: 'event-1', learnerId: 'a' }, { id: 'event-2', learnerId: 'b' }]);
    expect(await db.device.get('identity')).toMatchObject({ nextSeq: 3 });
  });

  it('gives concurrent appends distinct, gapless numbers', async () => {
    await ensureDeviceIdentity(db, () => 'device-1', 0);
    await Promise.all(Array.from({ length: 10 }, () => appendEvent(db, { learnerId: 'a', type: 't', data: null }, clock)));
    expect((await db.events.toArray()).map((e) => e.seq).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('writes all three or none: a refused outbox row leaves no event and the counter where it was', async () => {
    await ensureDeviceIdentity(db, () => 'device-1', 0);
    await db.outbox.add({ id: 'event-1', learnerId: 'x' }); // the id the next append will take
    await expect(appendEvent(db, { learnerId: 'a', type: 't', data: null }, clock)).rejects.toMatchObject({ code: 'storage/failed' });
    expect(await db.events.count()).toBe(0);
    expect(await db.device.get('identity')).toMatchObject({ nextSeq: 1 });
    expect(await db.outbox.toArray()).toEqual([{ id: 'event-1', learnerId: 'x' }]);
    // The next append takes the same number: nothing was used up.
    expect(await appendEvent(db, { learnerId: 'a', type: 't', data: null }, clock)).toMatchObject({ id: 'event-2', seq: 1 });
  });

  it('writes nothing without a device identity', async () => {
    await expect(appendEvent(db, { learnerId: 'a', type: 't', data: null }, clock)).rejects.toMatchObject({ code: 'storage/failed' });
    expect(await db.events.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('listEvents', () => {
  it('lists one learner\'s events, of one type if asked, oldest first', async () => {
    await ensureDeviceIdentity(db, () => 'device-1', 0);
    await db.events.add({ id: 'old', deviceId: 'device-0', epoch: 1, seq: 9, learnerId: 'a', type: 'x', at: 1, data: null });
    await appendEvent(db, { learnerId: 'a', type: 'x', data: 1 }, clock);
    await appendEvent(db, { learnerId: 'a', type: 'y', data: 2 }, clock);
    await appendEvent(db, { learnerId: 'b', type: 'x', data: 3 }, clock);
    expect((await listEvents(db, 'a')).map((e) => e.id)).toEqual(['old', 'event-1', 'event-2']);
    expect((await listEvents(db, 'a', 'x')).map((e) => e.id)).toEqual(['old', 'event-1']);
    expect(await listEvents(db, 'c')).toEqual([]);
  });
});

describe('durability', () => {
  it('writes completed quizzes and mastery through a strict connection, and the rest through the usual one', async () => {
    await ensureDeviceIdentity(db, () => 'device-1', 0);
    expect(connectionFor(db, 'quiz.answered')).toBe(db);
    const strict = connectionFor(db, 'quiz.completed');
    expect(strict).not.toBe(db);
    expect(strict.durability).toBe('strict');
    expect(connectionFor(db, 'mastery.reached')).toBe(strict);
    await appendEvent(db, { learnerId: 'l', type: 'quiz.answered', data: {} }, clock);
    await appendEvent(db, { learnerId: 'l', type: 'quiz.completed', data: {} }, clock);
    await appendEvent(db, { learnerId: 'l', type: 'mastery.reached', data: {} }, clock);
    // One log and one counter whichever connection wrote: seq has no gap and no repeat.
    expect((await listEvents(db, 'l')).map((e) => [e.type, e.seq])).toEqual([['quiz.answered', 1], ['quiz.completed', 2], ['mastery.reached', 3]]);
    expect(await db.outbox.count()).toBe(3);
    strict.close();
  });
});
