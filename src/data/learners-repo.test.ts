import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SabilDatabase } from './db';
import { checkLearnerPin, createLearner, listLearners, removeLearner, setLearnerPin, updateLearner, type Clock } from './learners-repo';

let db: SabilDatabase;
let counter = 0;
const clock: Clock = {
  now: () => 1_000 + counter,
  newId: () => `learner-${++counter}`,
  randomBytes: (n) => new Uint8Array(n).fill(counter),
};

beforeEach(async () => {
  db = new SabilDatabase(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('learner profiles', () => {
  it('lists learners in the order they were created', async () => {
    await createLearner(db, { displayName: 'Salma', avatar: 'camel', language: 'ar' }, clock);
    await createLearner(db, { displayName: 'Youssef', avatar: 'boat', language: 'fr' }, clock);
    expect((await listLearners(db)).map((l) => l.displayName)).toEqual(['Salma', 'Youssef']);
  });

  it('renames and changes language without touching the PIN', async () => {
    const salma = await createLearner(db, { displayName: 'Salma', avatar: 'camel', language: 'ar', pin: '1234' }, clock);
    const renamed = await updateLearner(db, salma.id, { displayName: 'Salma B', avatar: 'star', language: 'fr' });
    expect(renamed).toMatchObject({ displayName: 'Salma B', avatar: 'star', language: 'fr' });
    expect(renamed.pin).toEqual(salma.pin);
  });

  it('removes a learner with their events and outbox, and nobody else\'s', async () => {
    const a = await createLearner(db, { displayName: 'A', avatar: 'cat', language: 'en' }, clock);
    const b = await createLearner(db, { displayName: 'B', avatar: 'sun', language: 'en' }, clock);
    for (const [id, learnerId] of [['e1', a.id], ['e2', b.id]] as const) {
      await db.events.add({ id, deviceId: 'd', epoch: 1, seq: id === 'e1' ? 1 : 2, learnerId, type: 't', at: 0, data: {} });
      await db.outbox.add({ id, learnerId });
    }
    await removeLearner(db, a.id);
    expect((await listLearners(db)).map((l) => l.id)).toEqual([b.id]);
    expect(await db.events.toArray()).toHaveLength(1);
    expect((await db.outbox.toArray()).map((o) => o.id)).toEqual(['e2']);
  });

  it('stores the PIN only as a hash, and locks after five wrong tries, remembered across reads', async () => {
    const l = await createLearner(db, { displayName: 'Amine', avatar: 'fish', language: 'ar', pin: '4321' }, clock);
    expect(JSON.stringify(await db.learners.get(l.id))).not.toContain('4321');
    for (let i = 1; i <= 4; i++) {
      expect(await checkLearnerPin(db, l.id, '0000', 10_000)).toEqual({ ok: false, reason: 'wrong', triesLeft: 5 - i });
    }
    expect(await checkLearnerPin(db, l.id, '0000', 10_000)).toEqual({ ok: false, reason: 'locked', retryInMs: 30_000 });
    expect(await checkLearnerPin(db, l.id, '4321', 20_000)).toEqual({ ok: false, reason: 'locked', retryInMs: 20_000 });
    expect(await checkLearnerPin(db, l.id, '4321', 40_001)).toEqual({ ok: true });
  });

  it('lets a PIN be reset, which also lifts a lockout', async () => {
    const l = await createLearner(db, { displayName: 'Nour', avatar: 'moon', language: 'ar', pin: '1111' }, clock);
    for (let i = 0; i < 5; i++) await checkLearnerPin(db, l.id, '2222', 0);
    await setLearnerPin(db, l.id, '3333', clock);
    expect(await checkLearnerPin(db, l.id, '3333', 1)).toEqual({ ok: true });
  });

  it('refuses a profile without a name', async () => {
    await expect(createLearner(db, { displayName: ' ', avatar: 'cat', language: 'en' }, clock)).rejects.toMatchObject({ code: 'profile/name-required' });
  });
});
