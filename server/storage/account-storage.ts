/**
 * What the accounts, enrolment and audit routes ask of the database (migration 003). Every
 * write a coordinator makes takes an `AuditEntry`, written in the same transaction, so an
 * action is recorded exactly when it happened. Times are ISO 8601 UTC strings.
 */
import type { RosterRowProblem } from '../../src/core/roster/index';

export interface School {
  id: string;
  name: string;
  createdAt: string;
}

export interface SchoolClass {
  schoolId: string;
  id: string;
  name: string;
  createdAt: string;
}

export type UserRole = 'coordinator' | 'teacher';

export interface User {
  id: string;
  login: string;
  displayName: string;
  role: UserRole;
  passwordHash: string;
  createdAt: string;
  disabledAt?: string;
  /** Teachers: their school. */
  schoolId?: string;
  /** Coordinators: every school, or those listed. Teachers: their classes in `classIds`. */
  allSchools: boolean;
  schoolIds: string[];
  classIds: string[];
}

/** A user as created: scope lists may be left out (empty), and nobody is created disabled. */
export type NewUser = Omit<User, 'disabledAt' | 'allSchools' | 'schoolIds' | 'classIds'> &
  Partial<Pick<User, 'allSchools' | 'schoolIds' | 'classIds'>>;

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt?: string;
}

export interface Device {
  id: string;
  schoolId: string;
  classId?: string;
  enrolledAt: string;
  revokedAt?: string;
  lastSeenAt?: string;
}

export interface EnrolmentCode {
  codeHash: string;
  schoolId: string;
  classId?: string;
  createdBy?: string;
  createdAt: string;
  expiresAt: string;
}

/** A roster import either wrote every learner, or none because of the rows listed (by index in the request). */
export type RosterImportOutcome = { kind: 'imported' } | { kind: 'invalid'; rows: { index: number; code: RosterRowProblem }[] };

export type RedeemOutcome = { kind: 'enrolled'; device: Device } | { kind: 'unknown' | 'expired' | 'used' };

export interface RosterLearner {
  schoolId: string;
  classId: string;
  id: string;
  displayName: string;
  createdAt: string;
}

export interface RateLimitRow {
  key: string;
  windowStart: string;
  count: number;
  lockedUntil?: string;
}

/** Where a page of the audit log ends: its last entry's time and id. */
export interface AuditCursor {
  at: string;
  id: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  /** Null when the admin command acted. */
  actorUserId: string | null;
  schoolId: string | null;
  action: string;
  target: string;
  details: Record<string, unknown>;
}

/** Which schools a reader may see: every one, or those listed. */
export type SchoolScope = 'all' | readonly string[];

export interface AccountStorage {
  countUsers(): Promise<number>;
  /** `grantTo`: a coordinator of some schools who gets this one too. */
  createSchool(school: School, audit: AuditEntry, grantTo?: string): Promise<void>;
  listSchools(scope: SchoolScope): Promise<School[]>;
  getSchool(id: string): Promise<School | undefined>;
  createClass(schoolClass: SchoolClass, audit: AuditEntry): Promise<void>;
  listClasses(schoolId: string): Promise<SchoolClass[]>;
  getClass(classId: string): Promise<SchoolClass | undefined>;
  /** Refuses a taken login with `user/login-taken`. */
  createUser(user: NewUser, audit: AuditEntry): Promise<void>;
  /** The teachers of a school, by display name. */
  listTeachers(schoolId: string): Promise<User[]>;
  getUserById(id: string): Promise<User | undefined>;
  getUserByLogin(login: string): Promise<User | undefined>;
  /** Sets a new password hash and revokes every session of the user. */
  setPassword(userId: string, passwordHash: string, audit: AuditEntry): Promise<void>;
  /**
   * Disables the user and revokes every session of theirs; returns when they were disabled.
   * Disabling twice keeps the first time and writes nothing (no second audit row).
   */
  disableUser(userId: string, at: string, audit: AuditEntry): Promise<string>;
  /**
   * Lets a disabled user sign in again (their old sessions stay ended). Returns false, writing
   * nothing, when the user was not disabled.
   */
  enableUser(userId: string, audit: AuditEntry): Promise<boolean>;
  createSession(session: SessionRecord): Promise<void>;
  getSession(tokenHash: string): Promise<SessionRecord | undefined>;
  revokeSession(tokenHash: string, at: string): Promise<void>;
  createEnrolmentCode(code: EnrolmentCode, audit: AuditEntry): Promise<void>;
  /** In one transaction: checks the code is known, unexpired and unused, marks it used, enrols the device. */
  redeemEnrolmentCode(codeHash: string, device: { id: string; credentialHash: string }, at: string): Promise<RedeemOutcome>;
  getDeviceByCredential(credentialHash: string): Promise<Device | undefined>;
  getDevice(deviceId: string): Promise<Device | undefined>;
  listDevices(schoolId: string): Promise<Device[]>;
  /** Records that the device was seen, at most once per `everyMs`, so reads stay reads. */
  touchDevice(deviceId: string, at: string, everyMs: number): Promise<void>;
  /** Returns false when the device does not exist. Revoking twice keeps the first time. */
  revokeDevice(deviceId: string, at: string, audit: AuditEntry): Promise<boolean>;
  /**
   * In one transaction: adds the learner unless a learner with this id exists in any school, and
   * then answers that one and writes nothing (a client-chosen id may be a retry, or taken).
   */
  addLearner(learner: RosterLearner): Promise<RosterLearner | undefined>;
  /**
   * In one transaction: checks every learner's name against the others and the class's current
   * learners (src/core/roster), then writes all of them and the audit row, or nothing.
   */
  importLearners(schoolId: string, classId: string, learners: readonly RosterLearner[], audit: AuditEntry): Promise<RosterImportOutcome>;
  /** The learners of a school, or of some of its classes. */
  listLearners(schoolId: string, classIds?: readonly string[]): Promise<RosterLearner[]>;
  getRateLimit(key: string): Promise<RateLimitRow | undefined>;
  /**
   * Reads the key's row and writes `next(row)` in one transaction that holds the row (or its key)
   * until it commits, so concurrent failures on one key, from any instance, are all counted.
   * `next` is pure and synchronous.
   */
  updateRateLimit(key: string, next: (current: RateLimitRow | undefined) => RateLimitRow): Promise<RateLimitRow>;
  deleteRateLimit(key: string): Promise<void>;
  /** Replaces any earlier setup code: only the last one printed works. */
  replaceSetupCode(codeHash: string, createdAt: string, expiresAt: string): Promise<void>;
  /**
   * In one transaction: checks the setup code and that no coordinator exists yet, marks the code
   * used and creates the coordinator.
   */
  redeemSetupCode(codeHash: string, user: NewUser, audit: AuditEntry): Promise<'created' | 'invalid' | 'expired' | 'not-needed'>;
  /** Newest first; `before` continues after the last entry of the previous page. */
  listAudit(scope: SchoolScope, limit: number, before?: AuditCursor): Promise<AuditEntry[]>;
}
