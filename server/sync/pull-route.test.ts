import { beforeEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/core/events/index';
import { lessonCompleted, masteryReached, testEventId } from '../../src/core/events/test-events';
import { encodeCursor } from './pull-cursor';
import { makeSyncWorld, postSync, pushBody, type SyncWorld } from '../testing/sync';

let world: SyncWorld;
beforeEach(async () => {
  world = await makeSyncWorld();
});

type Pulled = { cursor: string; more: boolean; roster: { classes: { id: string }[]; learners: { id: string }[] } | null; events: { id: string }[]; trust: unknown };

async function pull(headers: { Authorization: string }, body: unknown, gzip = false) {
  const res = await postSync(world, '/sync/pull', headers, body, { gzip });
  expect(res.status, res.text).toBe(200);
  return { ...res, body: res.json as unknown as Pulled }; // checked 200: the pull answer
}

const pushOfA = (events: EventRecord[]) => postSync(world, '/sync/push', world.devices.a.headers, pushBody(events));

describe('POST /sync/pull', () => {
  it('pages through events with the cursor, oldest first, and sends the roster only when it changed', async () => {
    const events = [1, 2, 3, 4, 5].map((seq) => lessonCompleted(seq, { learnerId: world.a.learnerId }));
    await pushOfA(events);

    const pages: Pulled[] = [];
    let cursor: string | null = null;
    do {
      const { body } = await pull(world.devices.a.headers, { cursor, limit: 2 }, true);
      pages.push(body);
      cursor = body.cursor;
    } while (pages.at(-1)!.more);

    expect(pages.map((p) => p.events.map((e) => e.id))).toEqual([[testEventId(1), testEventId(2)], [testEventId(3), testEventId(4)], [testEventId(5)]]);
    expect(pages.map((p) => p.more)).toEqual([true, true, false]);
    expect(pages[0]!.roster?.learners.map((l) => l.id).sort()).toEqual([world.a.learnerId, world.a.otherLearnerId].sort());
    expect(pages.slice(1).map((p) => p.roster)).toEqual([null, null]);
    expect(pages[0]!.events[0]).toEqual(events[0]);

    const idle = (await pull(world.devices.a.headers, { cursor })).body;
    expect(idle).toMatchObject({ cursor, more: false, roster: null, events: [] });

    const added = await world.learner(world.a.schoolId, world.a.classId, 'Nour');
    const next = (await pull(world.devices.a.headers, { cursor })).body;
    expect(next.roster?.learners.map((l) => l.id)).toContain(added);
    expect(next.cursor).not.toBe(cursor);
  });

  it('gives a class-bound device only its class: roster, and the events of its learners', async () => {
    const mine = lessonCompleted(1, { learnerId: world.a.learnerId });
    const theirs = lessonCompleted(2, { learnerId: world.a.otherLearnerId });
    await pushOfA([mine, theirs]);
    const { body, text } = await pull(world.devices.aClass.headers, { cursor: null });
    expect(body.events.map((e) => e.id)).toEqual([mine.id]);
    expect(body.roster).toEqual({ classes: [{ id: world.a.classId, name: 'School A class' }], learners: [{ id: world.a.learnerId, classId: world.a.classId, displayName: 'Salma' }] });
    for (const id of [world.a.otherClassId, world.a.otherLearnerId, theirs.id]) expect(text).not.toContain(id);
  });

  it('lets progress follow a learner: what one device pushed, another device of the school pulls', async () => {
    const event = masteryReached(1, { learnerId: world.a.learnerId });
    await pushOfA([event]);
    const { body } = await pull(world.devices.aClass.headers, { cursor: null });
    expect(body.events).toEqual([event]);
  });

  it("never gives a device another school's roster or events", async () => {
    await pushOfA([lessonCompleted(1, { learnerId: world.a.learnerId })]);
    const { body, text } = await pull(world.devices.b.headers, { cursor: null });
    expect(body.events).toEqual([]);
    expect(body.roster?.learners.map((l) => l.id)).toEqual([world.b.learnerId]);
    for (const id of [world.a.schoolId, world.a.classId, world.a.learnerId, world.a.otherLearnerId, testEventId(1)]) expect(text).not.toContain(id);
  });

  it('hands out the trusted keys with every pull', async () => {
    expect((await pull(world.devices.a.headers, { cursor: null })).body.trust).toEqual({ demo: false, keys: [] });
  });

  it.each([
    ['garbage', () => 'not-a-cursor'],
    ["another school's", () => encodeCursor(world.b.schoolId, 0)],
    ['one ahead of the server (a restored database)', () => encodeCursor(world.a.schoolId, 999)],
  ])('refuses a %s cursor with 400 sync/bad-cursor', async (_name, cursor) => {
    const res = await postSync(world, '/sync/pull', world.devices.a.headers, { cursor: cursor() });
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ code: 'sync/bad-cursor', params: {} });
  });

  it('records when the device last pulled', async () => {
    await pull(world.devices.a.headers, { cursor: null });
    expect(await world.storage.getDeviceSyncState(world.a.schoolId, world.devices.a.deviceId)).toMatchObject({ lastPullAt: '2030-01-01T08:00:00.000Z', copiedReports: 0 });
  });
});
