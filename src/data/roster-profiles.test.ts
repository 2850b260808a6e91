import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SabilDatabase, type RosterLearner } from './db';
import { createLearner } from './learners-repo';
import {
  bringRosterLearner, createClassLearner, linkProfileToRoster, materialiseRosterProfiles, setProfileClass,
} from './roster-profiles';

let db: SabilDatabase;
let counter = 0;
const clock = { now: () => 1_000 + counter, newId: () => `local-${++counter}`, randomBytes: (n: number) => new Uint8Array(n).fill(1) };
const defaults = { language: 'ar' as const, now: 5_000 };
const salma: RosterLearner = { id: 'r-salma', classId: 'class-1', displayName: 'Salma' };
const youssef: RosterLearner = { id: 'r-youssef', classId: 'class-1', displayName: 'Youssef' };
const other: RosterLearner = { id: 'r-other', classId: 'class-2', displayName: 'Nadia' };

beforeEach(async () => {
  db = new SabilDatabase(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function addEvent(id: string, learnerId: string, seq: number) {
  await db.events.add({ id, deviceId: 'd', epoch: 1, seq, learnerId, type: 'quiz.answered', at: 0, data: {} });
  await db.outbox.add({ id, learnerId });
}

describe('roster profiles', () => {
  it('makes a profile for each roster learner of the given classes, with the roster id, and none the second time', async () => {
    const made = await materialiseRosterProfiles(db, { learners: [salma, youssef, other] }, ['class-1'], defaults);
    expect(made.map((l) => l.id)).toEqual(['r-salma', 'r-youssef']);
    expect(made[0]).toMatchObject({ displayName: 'Salma', language: 'ar', pin: null, roster: { classId: 'class-1', state: 'linked' } });
    expect(made[0]?.avatar).not.toBe(made[1]?.avatar);
    expect(await materialiseRosterProfiles(db, { learners: [salma, youssef, other] }, ['class-1'], defaults)).toEqual([]);
    expect(await db.learners.count()).toBe(2);
  });

  it('marks a pending profile linked once the roster lists it, keeping its name and PIN', async () => {
    await createClassLearner(db, { id: 'r-salma', classId: 'class-1', state: 'pending', displayName: 'Salma B', avatar: 'cat', language: 'fr', pin: '1234' }, clock);
    await materialiseRosterProfiles(db, { learners: [salma] }, ['class-1'], defaults);
    const row = await db.learners.get('r-salma');
    expect(row).toMatchObject({ displayName: 'Salma B', roster: { state: 'linked' } });
    expect(row?.pin).not.toBeNull();
  });

  it('leaves a roster learner whose name matches a profile made before enrolment for the teacher to link', async () => {
    await createLearner(db, { displayName: ' youssef ', avatar: 'boat', language: 'fr' }, clock);
    const made = await materialiseRosterProfiles(db, { learners: [salma, youssef] }, ['class-1'], defaults);
    expect(made.map((l) => l.id)).toEqual(['r-salma']);
  });

  it('brings one roster learner on request, and refuses one already here', async () => {
    await bringRosterLearner(db, youssef, { ...defaults, avatar: 'sun' });
    expect(await db.learners.get('r-youssef')).toMatchObject({ avatar: 'sun', roster: { state: 'linked' } });
    await expect(bringRosterLearner(db, youssef, { ...defaults, avatar: 'sun' })).rejects.toMatchObject({ code: 'teacher/roster-already-here' });
  });

  it('puts a profile made here into a class under its own id', async () => {
    const local = await createLearner(db, { displayName: 'Amal', avatar: 'moon', language: 'en' }, clock);
    await setProfileClass(db, local.id, 'class-1', 'pending');
    expect((await db.learners.get(local.id))?.roster).toEqual({ classId: 'class-1', state: 'pending' });
    await expect(setProfileClass(db, local.id, 'class-2', 'pending')).rejects.toMatchObject({ code: 'teacher/profile-already-linked' });
  });
});

describe('linking a profile made before enrolment', () => {
  it('moves the profile, its events and its outbox entries to the roster id, and nobody else\'s', async () => {
    const local = await createLearner(db, { displayName: 'Youssef', avatar: 'boat', language: 'fr', pin: '2468' }, clock);
    const someone = await createLearner(db, { displayName: 'Amal', avatar: 'moon', language: 'en' }, clock);
    await addEvent('e1', local.id, 1);
    await addEvent('e2', someone.id, 2);
    await addEvent('e3', local.id, 3);

    const linked = await linkProfileToRoster(db, local.id, youssef);
    expect(linked).toMatchObject({ id: 'r-youssef', displayName: 'Youssef', avatar: 'boat', pin: local.pin, roster: { classId: 'class-1', state: 'linked' } });
    expect(await db.learners.get(local.id)).toBeUndefined();
    expect((await db.events.orderBy('id').toArray()).map((e) => e.learnerId)).toEqual(['r-youssef', someone.id, 'r-youssef']);
    expect((await db.outbox.orderBy('id').toArray()).map((o) => o.learnerId)).toEqual(['r-youssef', someone.id, 'r-youssef']);
  });

  it('refuses a roster entry that is already a profile here, and a profile already in a class', async () => {
    const local = await createLearner(db, { displayName: 'Youssef', avatar: 'boat', language: 'fr' }, clock);
    await materialiseRosterProfiles(db, { learners: [salma] }, ['class-1'], defaults);
    await expect(linkProfileToRoster(db, local.id, salma)).rejects.toMatchObject({ code: 'teacher/roster-already-here' });
    await expect(linkProfileToRoster(db, 'r-salma', youssef)).rejects.toMatchObject({ code: 'teacher/profile-already-linked' });
    await expect(linkProfileToRoster(db, 'nobody', youssef)).rejects.toMatchObject({ code: 'profile/not-found' });
  });

  it('leaves everything as it was when a write fails half-way', async () => {
    const local = await createLearner(db, { displayName: 'Youssef', avatar: 'boat', language: 'fr' }, clock);
    await addEvent('e1', local.id, 1);
    db.outbox.hook('updating', () => {
      throw new Error('disk gone');
    });
    await expect(linkProfileToRoster(db, local.id, youssef)).rejects.toMatchObject({ code: 'storage/failed' });
    expect(await db.learners.get(local.id)).toMatchObject({ displayName: 'Youssef' });
    expect(await db.learners.get('r-youssef')).toBeUndefined();
    expect((await db.events.get('e1'))?.learnerId).toBe(local.id);
    expect((await db.outbox.get('e1'))?.learnerId).toBe(local.id);
  });
});
