/**
 * Schools, classes, users and sessions on SQLite (migration 003). Portable SQL, so PostgreSQL
 * runs the same text. Writes that a coordinator makes insert their audit row in the same
 * transaction; devices, enrolment and rate limits are in sqlite-devices.ts.
 */
import type Database from 'better-sqlite3';
import { SabilError } from '../../../src/core/errors/index';
import type { AccountStorage, AuditEntry, NewUser, RosterLearner, School, SchoolClass, SchoolScope, User } from '../account-storage';
import { insertAudit, listAudit } from './sqlite-audit';
import { allRows, oneRow, placeholders } from './sqlite-rows';
import { takeSchoolSeq } from './sqlite-school-seq';

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

const SCHOOL = 'SELECT id, name, created_at AS createdAt FROM schools';
const CLASS = 'SELECT school_id AS schoolId, id, name, created_at AS createdAt FROM classes';
const LEARNER = 'SELECT school_id AS schoolId, class_id AS classId, id, display_name AS displayName, created_at AS createdAt FROM roster_learners';

/** Inserts a user and their scope; refuses a taken login. Runs inside the caller's transaction. */
export function insertUser(db: Database.Database, user: NewUser): void {
  if (oneRow(db, 'SELECT 1 AS one FROM users WHERE login = ?', user.login)) throw new SabilError('user/login-taken', { login: user.login });
  db.prepare(
    'INSERT INTO users (id, login, display_name, role, school_id, all_schools, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(user.id, user.login, user.displayName, user.role, user.schoolId ?? null, user.allSchools ? 1 : 0, user.passwordHash, user.createdAt);
  for (const schoolId of user.schoolIds ?? []) db.prepare('INSERT INTO coordinator_schools (school_id, user_id) VALUES (?, ?)').run(schoolId, user.id);
  for (const classId of user.classIds ?? []) {
    db.prepare('INSERT INTO teacher_classes (school_id, class_id, user_id) VALUES (?, ?, ?)').run(user.schoolId ?? null, classId, user.id);
  }
}

/**
 * Adds a learner with the school's next change sequence, so devices see it at their next pull.
 * Runs inside the caller's transaction; a bulk import calls it once per learner in one.
 */
export function insertRosterLearner(db: Database.Database, l: RosterLearner): void {
  db.prepare('INSERT INTO roster_learners (school_id, class_id, id, display_name, created_at, server_seq) VALUES (?, ?, ?, ?, ?, ?)').run(
    l.schoolId, l.classId, l.id, l.displayName, l.createdAt, takeSchoolSeq(db, l.schoolId),
  );
}

export function sqliteAccounts(db: Database.Database): AccountMethods {
  const withAudit = <A extends unknown[]>(write: (...args: A) => void) =>
    db.transaction((audit: AuditEntry, ...args: A) => {
      write(...args);
      insertAudit(db, audit);
    });

  const createSchool = withAudit((school: School, grantTo: string | undefined) => {
    db.prepare('INSERT INTO schools (id, name, created_at) VALUES (?, ?, ?)').run(school.id, school.name, school.createdAt);
    if (grantTo) db.prepare('INSERT INTO coordinator_schools (school_id, user_id) VALUES (?, ?)').run(school.id, grantTo);
  });
  const createClass = withAudit((c: SchoolClass) => {
    db.prepare('INSERT INTO classes (school_id, id, name, created_at) VALUES (?, ?, ?, ?)').run(c.schoolId, c.id, c.name, c.createdAt);
  });
  const createUser = withAudit((user: NewUser) => insertUser(db, user));
  const setPassword = withAudit((userId: string, hash: string, at: string) => {
    db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(hash, userId);
    db.prepare('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(at, userId);
  });
  // Learner ids are unique across schools although the key is (school_id, id): a client-chosen id
  // must not name two learners, so the check reads every school.
  const addLearnerOnce = db.transaction((l: RosterLearner): RosterLearner | undefined => {
    const existing = oneRow<RosterLearner>(db, `${LEARNER} WHERE id = ?`, l.id);
    if (existing) return existing;
    insertRosterLearner(db, l);
    return undefined;
  });
  // Disabling twice keeps the first time and writes no second audit row.
  const disableUser = db.transaction((userId: string, at: string, audit: AuditEntry): string => {
    const row = oneRow<{ disabled_at: string | null }>(db, 'SELECT disabled_at FROM users WHERE id = ?', userId);
    if (row?.disabled_at) return row.disabled_at;
    db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?').run(at, userId);
    db.prepare('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL').run(at, userId);
    insertAudit(db, audit);
    return at;
  });
  const enableUser = db.transaction((userId: string, audit: AuditEntry): boolean => {
    const changed = db.prepare('UPDATE users SET disabled_at = NULL WHERE id = ? AND disabled_at IS NOT NULL').run(userId).changes > 0;
    if (changed) insertAudit(db, audit);
    return changed;
  });

  const toUser = (row: UserRow | undefined): User | undefined => {
    if (!row) return undefined;
    const schoolIds = allRows<{ id: string }>(db, 'SELECT school_id AS id FROM coordinator_schools WHERE user_id = ? ORDER BY school_id', row.id).map((r) => r.id);
    const classIds = allRows<{ id: string }>(db, 'SELECT class_id AS id FROM teacher_classes WHERE user_id = ? ORDER BY class_id', row.id).map((r) => r.id);
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
      schoolIds,
      classIds,
    };
  };

  return {
    countUsers: async () => oneRow<{ n: number }>(db, 'SELECT COUNT(*) AS n FROM users')?.n ?? 0,
    createSchool: async (school, audit, grantTo) => createSchool.immediate(audit, school, grantTo),
    listSchools: async (scope: SchoolScope) => {
      if (scope === 'all') return allRows<School>(db, `${SCHOOL} ORDER BY name, id`);
      return allRows<School>(db, `${SCHOOL} WHERE id IN (${placeholders(scope)}) ORDER BY name, id`, ...scope);
    },
    getSchool: async (id) => oneRow<School>(db, `${SCHOOL} WHERE id = ?`, id),
    createClass: async (schoolClass, audit) => createClass.immediate(audit, schoolClass),
    listClasses: async (schoolId) => allRows<SchoolClass>(db, `${CLASS} WHERE school_id = ? ORDER BY name, id`, schoolId),
    getClass: async (classId) => oneRow<SchoolClass>(db, `${CLASS} WHERE id = ?`, classId),
    createUser: async (user, audit) => createUser.immediate(audit, user),
    listTeachers: async (schoolId) =>
      allRows<UserRow>(db, "SELECT * FROM users WHERE role = 'teacher' AND school_id = ? ORDER BY display_name, id", schoolId).map((row) => toUser(row)!), // a row gives a user
    getUserById: async (id) => toUser(oneRow<UserRow>(db, 'SELECT * FROM users WHERE id = ?', id)),
    getUserByLogin: async (login) => toUser(oneRow<UserRow>(db, 'SELECT * FROM users WHERE login = ?', login)),
    setPassword: async (userId, hash, audit) => setPassword.immediate(audit, userId, hash, audit.at),
    disableUser: async (userId, at, audit) => disableUser.immediate(userId, at, audit),
    enableUser: async (userId, audit) => enableUser.immediate(userId, audit),
    createSession: async (s) => {
      db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(s.tokenHash, s.userId, s.createdAt, s.expiresAt);
    },
    getSession: async (tokenHash) => {
      const row = oneRow<{ token_hash: string; user_id: string; created_at: string; expires_at: string; revoked_at: string | null }>(
        db,
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
      db.prepare('UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL').run(at, tokenHash);
    },
    addLearner: async (l) => addLearnerOnce.immediate(l),
    listLearners: async (schoolId, classIds) => {
      if (!classIds) return allRows<RosterLearner>(db, `${LEARNER} WHERE school_id = ? ORDER BY display_name, id`, schoolId);
      const sql = `${LEARNER} WHERE school_id = ? AND class_id IN (${placeholders(classIds)}) ORDER BY display_name, id`;
      return allRows<RosterLearner>(db, sql, schoolId, ...classIds);
    },
    listAudit: async (scope, limit, before) => listAudit(db, scope, limit, before),
  };
}
