/**
 * Devices, enrolment codes, the first coordinator's setup code and rate-limit counters on
 * PostgreSQL. Anything read and then written under a race locks what it read (`FOR UPDATE`):
 * two devices redeeming one code, or many failures on one rate-limit key, from any number of
 * server instances, are serialised on that row.
 */
import type pg from 'pg';
import type { AccountStorage, Device, RateLimitRow } from '../account-storage';
import { insertUser } from './postgres-accounts';
import { insertAudit } from './postgres-audit';
import { allRows, inTransaction, oneRow, run, type Queryable } from './postgres-rows';

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
const RATE_LIMIT = 'SELECT key, window_start, count, locked_until FROM rate_limits WHERE key = ?';

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

async function readRateLimit(db: Queryable, key: string, lock = ''): Promise<RateLimitRow | undefined> {
  const row = await oneRow<{ key: string; window_start: string; count: number; locked_until: string | null }>(db, RATE_LIMIT + lock, key);
  if (!row) return undefined;
  const limit: RateLimitRow = { key: row.key, windowStart: row.window_start, count: row.count };
  return row.locked_until ? { ...limit, lockedUntil: row.locked_until } : limit;
}

export function postgresDevices(pool: pg.Pool): DeviceMethods {
  return {
    createEnrolmentCode: (code, audit) =>
      inTransaction(pool, async (db) => {
        await run(
          db,
          'INSERT INTO enrolment_codes (code_hash, school_id, class_id, created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
          code.codeHash, code.schoolId, code.classId ?? null, code.createdBy ?? null, code.createdAt, code.expiresAt,
        );
        await insertAudit(db, audit);
      }),
    redeemEnrolmentCode: (codeHash, device, at) =>
      inTransaction(pool, async (db) => {
        // FOR UPDATE: a second redeemer waits here until the first commits, then reads used_at set.
        const code = await oneRow<{ school_id: string; class_id: string | null; expires_at: string; used_at: string | null }>(
          db,
          'SELECT school_id, class_id, expires_at, used_at FROM enrolment_codes WHERE code_hash = ? FOR UPDATE',
          codeHash,
        );
        if (!code) return { kind: 'unknown' } as const;
        if (code.used_at) return { kind: 'used' } as const;
        if (code.expires_at <= at) return { kind: 'expired' } as const;
        await run(db, 'UPDATE enrolment_codes SET used_at = ?, used_by_device = ? WHERE code_hash = ?', at, device.id, codeHash);
        await run(
          db,
          'INSERT INTO devices (school_id, id, class_id, credential_hash, enrolled_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?)',
          code.school_id, device.id, code.class_id, device.credentialHash, at, at,
        );
        return { kind: 'enrolled', device: toDevice(await oneRow<DeviceRow>(db, `${DEVICE} WHERE id = ?`, device.id))! } as const; // inserted just above
      }),
    getDeviceByCredential: async (hash) => toDevice(await oneRow<DeviceRow>(pool, `${DEVICE} WHERE credential_hash = ?`, hash)),
    getDevice: async (id) => toDevice(await oneRow<DeviceRow>(pool, `${DEVICE} WHERE id = ?`, id)),
    listDevices: async (schoolId) =>
      (await allRows<DeviceRow>(pool, `${DEVICE} WHERE school_id = ? ORDER BY enrolled_at, id`, schoolId)).map((row) => toDevice(row)!),
    touchDevice: async (deviceId, at, everyMs) => {
      const before = new Date(Date.parse(at) - everyMs).toISOString();
      await run(pool, 'UPDATE devices SET last_seen_at = ? WHERE id = ? AND (last_seen_at IS NULL OR last_seen_at < ?)', at, deviceId, before);
    },
    revokeDevice: (deviceId, at, audit) =>
      inTransaction(pool, async (db) => {
        if (!(await oneRow(db, 'SELECT 1 AS one FROM devices WHERE id = ?', deviceId))) return false;
        await run(db, 'UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL', at, deviceId);
        await insertAudit(db, audit);
        return true;
      }),
    getRateLimit: (key) => readRateLimit(pool, key),
    updateRateLimit: (key, next) =>
      inTransaction(pool, async (db) => {
        for (;;) {
          const current = await readRateLimit(db, key, ' FOR UPDATE');
          const row = { ...next(current), key };
          const values = [row.windowStart, row.count, row.lockedUntil ?? null, key] as const;
          if (current) {
            await run(db, 'UPDATE rate_limits SET window_start = ?, count = ?, locked_until = ? WHERE key = ?', ...values);
            return row;
          }
          const inserted = await run(db, 'INSERT INTO rate_limits (window_start, count, locked_until, key) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING', ...values);
          if (inserted === 1) return row;
          // Another transaction created the key first and has committed by now (the INSERT waited
          // for it): read and lock its row, and count this failure on top.
        }
      }),
    deleteRateLimit: async (key) => {
      await run(pool, 'DELETE FROM rate_limits WHERE key = ?', key);
    },
    replaceSetupCode: (codeHash, createdAt, expiresAt) =>
      inTransaction(pool, async (db) => {
        // Two instances starting at once must not both leave a code behind: only the last one printed works.
        await db.query('LOCK TABLE setup_codes IN SHARE ROW EXCLUSIVE MODE');
        await run(db, 'DELETE FROM setup_codes');
        await run(db, 'INSERT INTO setup_codes (code_hash, created_at, expires_at) VALUES (?, ?, ?)', codeHash, createdAt, expiresAt);
      }),
    redeemSetupCode: (codeHash, user, audit) =>
      inTransaction(pool, async (db) => {
        // The code's row is locked first, so a second redeemer waits and then sees the coordinator.
        const code = await oneRow<{ expires_at: string; used_at: string | null }>(db, 'SELECT expires_at, used_at FROM setup_codes WHERE code_hash = ? FOR UPDATE', codeHash);
        if (await oneRow(db, "SELECT 1 AS one FROM users WHERE role = 'coordinator'")) return 'not-needed' as const;
        if (!code || code.used_at) return 'invalid' as const;
        if (code.expires_at <= user.createdAt) return 'expired' as const;
        await run(db, 'UPDATE setup_codes SET used_at = ? WHERE code_hash = ?', user.createdAt, codeHash);
        await insertUser(db, user);
        await insertAudit(db, audit);
        return 'created' as const;
      }),
  };
}
