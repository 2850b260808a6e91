import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SabilDatabase } from './db';
import { getRoster, saveRoster } from './roster-repo';

let db: SabilDatabase;

beforeEach(async () => {
  db = new SabilDatabase(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('the roster row', () => {
  it('is absent until the first roster arrives', async () => {
    expect(await getRoster(db)).toBeUndefined();
  });

  it('keeps the classes and learners with the time they were fetched', async () => {
    const classes = [{ id: 'c1', name: 'CE2 A' }];
    const learners = [{ id: 'l1', classId: 'c1', displayName: 'Salma' }];
    await saveRoster(db, { schoolId: 's1', classes, learners }, 5_000);
    expect(await getRoster(db)).toEqual({ key: 'roster', schoolId: 's1', classes, learners, fetchedAt: 5_000 });
  });

  it("keeps the school's name, also through an answer of a server that sends none, but not into another school", async () => {
    await saveRoster(db, { schoolId: 's1', schoolName: 'École Atlas', classes: [], learners: [] }, 1);
    await saveRoster(db, { schoolId: 's1', schoolName: null, classes: [], learners: [] }, 2);
    expect(await getRoster(db)).toMatchObject({ schoolId: 's1', schoolName: 'École Atlas' });
    await saveRoster(db, { schoolId: 's2', classes: [], learners: [] }, 3);
    expect((await getRoster(db))?.schoolName).toBeUndefined();
  });

  it('replaces the previous roster whole', async () => {
    await saveRoster(db, { schoolId: 's1', classes: [{ id: 'c1', name: 'A' }], learners: [{ id: 'l1', classId: 'c1', displayName: 'Salma' }] }, 1);
    await saveRoster(db, { schoolId: 's1', classes: [{ id: 'c1', name: 'A' }], learners: [] }, 2);
    expect(await getRoster(db)).toMatchObject({ learners: [], fetchedAt: 2 });
  });

  it('keeps only the documented fields of what the server sent', async () => {
    const extra = { schoolId: 's1', classes: [{ id: 'c1', name: 'A', secret: 1 }], learners: [{ id: 'l1', classId: 'c1', displayName: 'S', pin: 'x' }] };
    await saveRoster(db, extra, 1);
    expect(await getRoster(db)).toEqual({ key: 'roster', schoolId: 's1', classes: [{ id: 'c1', name: 'A' }], learners: [{ id: 'l1', classId: 'c1', displayName: 'S' }], fetchedAt: 1 });
  });

  it('keeps the classes another teacher fetched when a teacher stores her roster', async () => {
    const other = { id: 'r-other', classId: 'class-2', displayName: 'Other' };
    const salma = { id: 'r-salma', classId: 'class-1', displayName: 'Salma' };
    const youssef = { id: 'r-youssef', classId: 'class-1', displayName: 'Youssef' };
    await saveRoster(db, { schoolId: 's', classes: [{ id: 'class-2', name: 'B' }], learners: [other] }, 1);
    await saveRoster(db, { schoolId: 's', classes: [{ id: 'class-1', name: 'A' }], learners: [salma] }, 2);
    await saveRoster(db, { schoolId: 's', classes: [{ id: 'class-1', name: 'A' }], learners: [youssef] }, 3);
    expect(await getRoster(db)).toEqual({
      key: 'roster', schoolId: 's', classes: [{ id: 'class-2', name: 'B' }, { id: 'class-1', name: 'A' }], learners: [other, youssef], fetchedAt: 3,
    });
    await saveRoster(db, { schoolId: 'other school', classes: [], learners: [] }, 4);
    expect(await getRoster(db)).toMatchObject({ classes: [], learners: [] });
  });
});
