/**
 * Devices, enrolment codes, the first coordinator's setup code and rate-limit counters on
 * SQLite. Redeeming a code is one IMMEDIATE transaction, so two devices racing for the same code
 * cannot both enrol with it.
 */
import type Database from 'better-sqlite3';
import type { AccountStorage, AuditEntry, Device, NewUser, RateLimitRow, RedeemOutcome } from '../account-storage';
import { insertUser } from './sqlite-accounts';
import { insertAudit } from './sqlite-audit';
import { allRows, oneRow } from './sqlite-rows';

type DeviceMethods = Pick<
  AccountStorage,
  | 'createEnrolmentCode' | 'redeemEnrolmentCode' | 'getDeviceByCredential' | 'getDevice' | 'listDevices' | 'touchDevice' | 'revokeDevice'
  | 'getRateLimit' | 'updateRateLimit' | 'deleteRateLimit' | 'replaceSetupCode' | 'redeemSetupCode'
>;

interface DeviceRow {
  id: string;
  school_id: string;
  class_id: string | null;
  enrolled_at: string;
  revoked_at: string | null;
  last_seen_at: string | null;
}

const DEVICE = 'SELECT id, school_id, class_id, enrolled_at, revoked_at, last_seen_at FROM devices';

function toDevice(row: DeviceRow | undefined): Device | undefined {
  if (!row) return undefined;
  return {
    id: row.id,
    schoolId: row.school_id,
    ...(row.class_id ? { classId: row.class_id } : {}),
    enrolledAt: row.enrolled_at,
    ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}),
    ...(row.last_seen_at ? { lastSeenAt: row.last_seen_at } : {}),
  };
}

export function sqliteDevices(db: Database.Database): DeviceMethods {
  const createCode = db.transaction((code: Parameters<AccountStorage['createEnrolmentCode']>[0], audit: AuditEntry) => {
    db.prepare('INSERT INTO enrolment_codes (code_hash, school_id, class_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      code.codeHash,
      code.schoolId,
      code.classId ?? null,
      code.createdBy ?? null,
      code.createdAt,
      code.expiresAt,
    );
    insertAudit(db, audit);
  });

  const redeem = db.transaction((codeHash: string, device: { id: string; credentialHash: string }, at: string): RedeemOutcome => {
    const code = oneRow<{ school_id: string; class_id: string | null; expires_at: string; used_at: string | null }>(
      db,
      'SELECT school_id, class_id, expires_at, used_at FROM enrolment_codes WHERE code_hash = ?',
      codeHash,
    );
    if (!code) return { kind: 'unknown' };
    if (code.used_at) return { kind: 'used' };
    if (code.expires_at <= at) return { kind: 'expired' };
    db.prepare('UPDATE enrolment_codes SET used_at = ?, used_by_device = ? WHERE code_hash = ?').run(at, device.id, codeHash);
    db.prepare('INSERT INTO devices (school_id, id, class_id, credential_hash, enrolled_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      code.school_id,
      device.id,
      code.class_id,
      device.credentialHash,
      at,
      at,
    );
    return { kind: 'enrolled', device: toDevice(oneRow<DeviceRow>(db, `${DEVICE} WHERE id = ?`, device.id))! }; // inserted just above
  });

  const revoke = db.transaction((deviceId: string, at: string, audit: AuditEntry): boolean => {
    if (!oneRow(db, 'SELECT 1 AS one FROM devices WHERE id = ?', deviceId)) return false;
    db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(at, deviceId);
    insertAudit(db, audit);
    return true;
  });

  const replaceSetup = db.transaction((codeHash: string, createdAt: string, expiresAt: string) => {
    db.prepare('DELETE FROM setup_codes').run();
    db.prepare('INSERT INTO setup_codes (code_hash, created_at, expires_at) VALUES (?, ?, ?)').run(codeHash, createdAt, expiresAt);
  });

  const redeemSetup = db.transaction((codeHash: string, user: NewUser, audit: AuditEntry) => {
    if (oneRow(db, "SELECT 1 AS one FROM users WHERE role = 'coordinator'")) return 'not-needed' as const;
    const code = oneRow<{ expires_at: string; used_at: string | null }>(db, 'SELECT expires_at, used_at FROM setup_codes WHERE code_hash = ?', codeHash);
    if (!code || code.used_at) return 'invalid' as const;
    if (code.expires_at <= user.createdAt) return 'expired' as const;
    db.prepare('UPDATE setup_codes SET used_at = ? WHERE code_hash = ?').run(user.createdAt, codeHash);
    insertUser(db, user);
    insertAudit(db, audit);
    return 'created' as const;
  });

  const readRateLimit = (key: string): RateLimitRow | undefined => {
    const row = oneRow<{ key: string; window_start: string; count: number; locked_until: string | null }>(
      db,
      'SELECT key, window_start, count, locked_until FROM rate_limits WHERE key = ?',
      key,
    );
    if (!row) return undefined;
    const limit: RateLimitRow = { key: row.key, windowStart: row.window_start, count: row.count };
    return row.locked_until ? { ...limit, lockedUntil: row.locked_until } : limit;
  };

  // IMMEDIATE: the write lock is taken before the read, so no other connection's failure slips in between.
  const updateLimit = db.transaction((key: string, next: (current: RateLimitRow | undefined) => RateLimitRow): RateLimitRow => {
    const row = { ...next(readRateLimit(key)), key };
    db.prepare(
      'INSERT INTO rate_limits (key, window_start, count, locked_until) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET window_start = excluded.window_start, count = excluded.count, locked_until = excluded.locked_until',
    ).run(row.key, row.windowStart, row.count, row.lockedUntil ?? null);
    return row;
  });

  return {
    createEnrolmentCode: async (code, audit) => createCode.immediate(code, audit),
    redeemEnrolmentCode: async (codeHash, device, at) => redeem.immediate(codeHash, device, at),
    getDeviceByCredential: async (hash) => toDevice(oneRow<DeviceRow>(db, `${DEVICE} WHERE credential_hash = ?`, hash)),
    getDevice: async (id) => toDevice(oneRow<DeviceRow>(db, `${DEVICE} WHERE id = ?`, id)),
    listDevices: async (schoolId) => allRows<DeviceRow>(db, `${DEVICE} WHERE school_id = ? ORDER BY enrolled_at, id`, schoolId).map((row) => toDevice(row)!),
    touchDevice: async (deviceId, at, everyMs) => {
      const before = new Date(Date.parse(at) - everyMs).toISOString();
      db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)').run(at, deviceId, before);
    },
    revokeDevice: async (deviceId, at, audit) => revoke.immediate(deviceId, at, audit),
    getRateLimit: async (key) => readRateLimit(key),
    updateRateLimit: async (key, next) => updateLimit.immediate(key, next),
    deleteRateLimit: async (key) => {
      db.prepare('DELETE FROM rate_limits WHERE key = ?').run(key);
    },
    replaceSetupCode: async (codeHash, createdAt, expiresAt) => replaceSetup.immediate(codeHash, createdAt, expiresAt),
    redeemSetupCode: async (codeHash, user, audit) => redeemSetup.immediate(codeHash, user, audit),
  };
}
