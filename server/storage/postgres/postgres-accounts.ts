/**
 * Schools, classes, users and sessions on PostgreSQL (migration 003): the SQL of
 * sqlite-accounts.ts, with column aliases in double quotes because PostgreSQL folds bare names to
 * lower case. Writes a coordinator makes insert their audit row in the same transaction.
 */
import type pg from 'pg';
import { SabilError } from '../../../src/core/errors/index';
import type { AccountStorage, NewUser, RosterLearner, School, SchoolClass, User } from '../account-storage';
import { insertAudit, listAudit } from './postgres-audit';
import { allRows, inTransaction, insertMany, isUniqueViolation, oneRow, placeholders, run, type Queryable } from './postgres-rows';
import { advanceSchoolSeq, lockSchoolSeq } from './postgres-school-seq';

type AccountMethods = Pick<
  AccountStorage,
  | 'countUsers' | 'createSchool' | 'listSchools' | 'getSchool' | 'createClass' | 'listClasses' | 'getClass'
  | 'createUser' | 'listTeachers' | 'getUserById' | 'getUserByLogin' | 'setPassword' | 'disableUser' | 'enableUser' | 'createSession' | 'getSession' | 'revokeSession'
  | 'addLearner' | 'listLearners' | 'listAudit'
>;

interface UserRow {
  id: string;
  login: string;
  display_name: string;
  role: 'coordinator' | 'teacher';
  school_id: string | null;
  all_schools: number;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

const SCHOOL = 'SELECT id, name, created_at AS "createdAt" FROM schools';
const CLASS = 'SELECT school_id AS "schoolId", id, name, created_at AS "createdAt" FROM classes';
const LEARNER = 'SELECT school_id AS "schoolId", class_id AS "classId", id, display_name AS "displayName", created_at AS "createdAt" FROM roster_learners';

/** Inserts a user and their scope; refuses a taken login. Runs inside the caller's transaction. */
export async function insertUser(db: Queryable, user: NewUser): Promise<void> {
  try {
    await run(
      db,
      'INSERT INTO users (id, login, display_name, role, school_id, all_schools, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      user.id, user.login, user.displayName, user.role, user.schoolId ?? null, user.allSchools ? 1 : 0, user.passwordHash, user.createdAt,
    );
  } catch (error) {
    // The unique index decides, so two instances creating the same login at once cannot both succeed.
    if (isUniqueViolation(error, 'users_login_key')) throw new SabilError('user/login-taken', { login: user.login }, { cause: error });
    throw error;
  }
  for (const schoolId of user.schoolIds ?? []) await run(db, 'INSERT INTO coordinator_schools (school_id, user_id) VALUES (?, ?)', schoolId, user.id);
  for (const classId of user.classIds ?? []) {
    await run(db, 'INSERT INTO teacher_classes (school_id, class_id, user_id) VALUES (?, ?, ?)', user.schoolId ?? null, classId, user.id);
  }
}

/**
 * Adds learners of one school, each with the school's next change sequence, so devices see them
 * at their next pull. Runs inside the caller's transaction and holds the school's counter row
 * until it commits (a second lock in one transaction costs nothing).
 */
export async function insertRosterLearners(db: Queryable, schoolId: string, learners: readonly Omit<RosterLearner, 'schoolId'>[]): Promise<void> {
  const first = await lockSchoolSeq(db, schoolId);
  await insertMany(
    db,
    'INSERT INTO roster_learners (school_id, class_id, id, display_name, created_at, server_seq)',
    learners.map((l, i) => [schoolId, l.classId, l.id, l.displayName, l.createdAt, first + i]),
  );
  await advanceSchoolSeq(db, schoolId, learners.length);
}

export function postgresAccounts(pool: pg.Pool): AccountMethods {
  const toUser = async (row: UserRow | undefined): Promise<User | undefined> => {
    if (!row) return undefined;
    const schoolIds = await allRows<{ id: string }>(pool, 'SELECT school_id AS id FROM coordinator_schools WHERE user_id = ? ORDER BY school_id', row.id);
    const classIds = await allRows<{ id: string }>(pool, 'SELECT class_id AS id FROM teacher_classes WHERE user_id = ? ORDER BY class_id', row.id);
    return {
      id: row.id,
      login: row.login,
      displayName: row.display_name,
      role: row.role,
      passwordHash: row.password_hash,
      createdAt: row.created_at,
      ...(row.disabled_at ? { disabledAt: row.disabled_at } : {}),
      ...(row.school_id ? { schoolId: row.school_id } : {}),
      allSchools: row.all_schools === 1,
      schoolIds: schoolIds.map((r) => r.id),
      classIds: classIds.map((r) => r.id),
    };
  };

  return {
    // COUNT(*) is a BIGINT, which node-postgres hands over as text.
    countUsers: async () => Number((await oneRow<{ n: string }>(pool, 'SELECT COUNT(*) AS n FROM users'))?.n ?? 0),
    createSchool: (school, audit, grantTo) =>
      inTransaction(pool, async (db) => {
        await run(db, 'INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?)', school.id, school.name, school.createdAt);
        if (grantTo) await run(db, 'INSERT INTO coordinator_schools (school_id, user_id) VALUES (?, ?)', school.id, grantTo);
        await insertAudit(db, audit);
      }),
    listSchools: async (scope) => {
      if (scope === 'all') return allRows<School>(pool, `${SCHOOL} ORDER BY name, id`);
      return allRows<School>(pool, `${SCHOOL} WHERE id IN (${placeholders(scope)}) ORDER BY name, id`, ...scope);
    },
    getSchool: (id) => oneRow<School>(pool, `${SCHOOL} WHERE id = ?`, id),
    createClass: (c, audit) =>
      inTransaction(pool, async (db) => {
        await run(db, 'INSERT INTO classes (school_id, id, name, created_at) VALUES (?, ?, ?, ?)', c.schoolId, c.id, c.name, c.createdAt);
        await insertAudit(db, audit);
      }),
    listClasses: (schoolId) => allRows<SchoolClass>(pool, `${CLASS} WHERE school_id = ? ORDER BY name, id`, schoolId),
    getClass: (classId) => oneRow<SchoolClass>(pool, `${CLASS} WHERE id = ?`, classId),
    createUser: (user, audit) =>
      inTransaction(pool, async (db) => {
        await insertUser(db, user);
        await insertAudit(db, audit);
      }),
    listTeachers: async (schoolId) => {
      const rows = await allRows<UserRow>(pool, "SELECT * FROM users WHERE role = 'teacher' AND school_id = ? ORDER BY display_name, id", schoolId);
      return Promise.all(rows.map(async (row) => (await toUser(row))!)); // a row gives a user
    },
    getUserById: async (id) => toUser(await oneRow<UserRow>(pool, 'SELECT * FROM users WHERE id = ?', id)),
    getUserByLogin: async (login) => toUser(await oneRow<UserRow>(pool, 'SELECT * FROM users WHERE login = ?', login)),
    setPassword: (userId, hash, audit) =>
      inTransaction(pool, async (db) => {
        await run(db, 'UPDATE users SET password_hash = ? WHERE id = ?', hash, userId);
        await run(db, 'UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL', audit.at, userId);
        await insertAudit(db, audit);
      }),
    // Disabling twice keeps the first time and writes no second audit row; the row lock makes two
    // instances agree on which call was first.
    disableUser: (userId, at, audit) =>
      inTransaction(pool, async (db) => {
        const row = await oneRow<{ disabled_at: string | null }>(db, 'SELECT disabled_at FROM users WHERE id = ? FOR UPDATE', userId);
        if (row?.disabled_at) return row.disabled_at;
        await run(db, 'UPDATE users SET disabled_at = ? WHERE id = ?', at, userId);
        await run(db, 'UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL', at, userId);
        await insertAudit(db, audit);
        return at;
      }),
    enableUser: (userId, audit) =>
      inTransaction(pool, async (db) => {
        const enabled = await oneRow<{ id: string }>(db, 'UPDATE users SET disabled_at = NULL WHERE id = ? AND disabled_at IS NOT NULL RETURNING id', userId);
        if (enabled) await insertAudit(db, audit);
        return enabled !== undefined;
      }),
    createSession: async (s) => {
      await run(pool, 'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)', s.tokenHash, s.userId, s.createdAt, s.expiresAt);
    },
    getSession: async (tokenHash) => {
      const row = await oneRow<{ token_hash: string; user_id: string; created_at: string; expires_at: string; revoked_at: string | null }>(
        pool,
        'SELECT token_hash, user_id, created_at, expires_at, revoked_at FROM sessions WHERE token_hash = ?',
        tokenHash,
      );
      if (!row) return undefined;
      return {
        tokenHash: row.token_hash,
        userId: row.user_id,
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
      };
    },
    revokeSession: async (tokenHash, at) => {
      await run(pool, 'UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL', at, tokenHash);
    },
    addLearner: (l) =>
      inTransaction(pool, async (db) => {
        // The counter lock first: two adds of one id in this school, from any instance, run one
        // after the other, so the second answers the first's learner. Ids are checked across
        // schools but only this school is locked: the same random id added to two schools at the
        // same instant would not be caught here (SQLite's single writer would catch it).
        await lockSchoolSeq(db, l.schoolId);
        const existing = await oneRow<RosterLearner>(db, `${LEARNER} WHERE id = ?`, l.id);
        if (existing) return existing;
        await insertRosterLearners(db, l.schoolId, [l]);
        return undefined;
      }),
    listLearners: async (schoolId, classIds) => {
      if (!classIds) return allRows<RosterLearner>(pool, `${LEARNER} WHERE school_id = ? ORDER BY display_name, id`, schoolId);
      const sql = `${LEARNER} WHERE school_id = ? AND class_id IN (${placeholders(classIds)}) ORDER BY display_name, id`;
      return allRows<RosterLearner>(pool, sql, schoolId, ...classIds);
    },
    listAudit: (scope, limit, before) => listAudit(pool, scope, limit, before),
  };
}
