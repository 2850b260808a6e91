import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../testing/temp-dir';
import { loadMigrations } from '../load-migrations';
import { openSqliteStorage, SQLITE_FILE_NAME } from './open-sqlite-storage';

const AT = '2030-01-01T08:00:00.000Z';

describe('sync tables on SQLite (migration 004)', () => {
  it('gives learners added before the migration sequence 0 and each existing school a counter, so a first pull still sends them', async () => {
    const dataDir = makeTempDir();
    const before = openSqliteStorage({ dataDir, migrations: loadMigrations().slice(0, 3) });
    await before.migrate();
    await before.close();
    const db = new Database(join(dataDir, SQLITE_FILE_NAME));
    db.exec(`INSERT INTO schools (id, name, created_at) VALUES ('s1', 'Old school', '${AT}');
      INSERT INTO classes (school_id, id, name, created_at) VALUES ('s1', 'c1', 'Old class', '${AT}');
      INSERT INTO roster_learners (school_id, class_id, id, display_name, created_at) VALUES ('s1', 'c1', 'l1', 'Amal', '${AT}');`);
    db.close();

    const storage = openSqliteStorage({ dataDir, migrations: loadMigrations().slice(0, 4) });
    expect((await storage.migrate()).map((m) => m.name)).toEqual(['sync']);
    const pulled = await storage.pullChanges({ schoolId: 's1', serverDeviceId: 'd', afterSeq: null, limit: 10, at: AT });
    expect(pulled).toMatchObject({ kind: 'changes', nextAfterSeq: 0, roster: { learners: [{ id: 'l1' }] } });
    const next = await storage.pullChanges({ schoolId: 's1', serverDeviceId: 'd', afterSeq: 0, limit: 10, at: AT });
    expect(next).toMatchObject({ kind: 'changes', roster: null });
    await storage.close();
  });

  it("gives each added learner the school's next sequence, counted per school", async () => {
    const dataDir = makeTempDir();
    const storage = openSqliteStorage({ dataDir });
    await storage.migrate();
    const audit = { id: 'a', at: AT, actorUserId: null, schoolId: null, action: 't', target: 't', details: {} };
    for (const school of ['s1', 's2']) {
      await storage.createSchool({ id: school, name: school, createdAt: AT }, { ...audit, id: `a-${school}` });
      await storage.createClass({ schoolId: school, id: `c-${school}`, name: 'c', createdAt: AT }, { ...audit, id: `ac-${school}` });
    }
    await storage.addLearner({ schoolId: 's1', classId: 'c-s1', id: 'l1', displayName: 'A', createdAt: AT });
    await storage.addLearner({ schoolId: 's1', classId: 'c-s1', id: 'l2', displayName: 'B', createdAt: AT });
    await storage.addLearner({ schoolId: 's2', classId: 'c-s2', id: 'l3', displayName: 'C', createdAt: AT });
    await storage.close();
    const db = new Database(join(dataDir, SQLITE_FILE_NAME), { readonly: true });
    expect(db.prepare('SELECT id, server_seq AS seq FROM roster_learners ORDER BY id').all()).toEqual([
      { id: 'l1', seq: 1 },
      { id: 'l2', seq: 2 },
      { id: 'l3', seq: 1 },
    ]);
    db.close();
  });
});
