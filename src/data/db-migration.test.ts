import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SabilDatabase } from './db';

describe('the device database at version 4', () => {
  it('keeps every row of a version 3 database and adds an empty assignments table', async () => {
    const name = `migrate-${Math.random()}`;
    const old = new Dexie(name);
    old.version(3).stores({
      device: 'key', learners: 'id, createdAt', events: 'id, learnerId, [deviceId+epoch+seq], [learnerId+type]', outbox: 'id, learnerId',
      packs: 'id', assets: 'sha256, *packIds', teachers: 'userId, &login',
    });
    await old.open();
    await old.table('device').put({ key: 'settings', language: 'ar' });
    await old.table('learners').put({ id: 'l1', displayName: 'Salma', createdAt: 1 });
    await old.table('outbox').put({ id: 'e1', learnerId: 'l1' });
    await old.table('teachers').put({ userId: 't1', login: 'amina' });
    old.close();

    const db = new SabilDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(await db.device.get('settings')).toEqual({ key: 'settings', language: 'ar' });
    expect((await db.learners.toArray()).map((l) => l.displayName)).toEqual(['Salma']);
    expect(await db.outbox.count()).toBe(1);
    expect((await db.teachers.get('t1'))?.login).toBe('amina');
    expect(await db.assignments.count()).toBe(0);
    await db.delete();
  });
});
