/**
 * Who is asking. The one place that turns `Authorization: Bearer <token>` into a caller: a
 * coordinator's or teacher's session token, or a device credential. A token that is unknown,
 * expired or revoked is refused here with 401, whatever the route; no header means anonymous.
 */
import { SabilError } from '../../src/core/errors/index';
import type { Storage } from '../storage/storage';
import { sha256Hex } from './secrets';

export type Caller =
  | { kind: 'coordinator'; userId: string; schools: 'all' | ReadonlySet<string>; tokenHash: string }
  | { kind: 'teacher'; userId: string; schoolId: string; classIds: ReadonlySet<string>; tokenHash: string }
  | { kind: 'device'; deviceId: string; schoolId: string; classId?: string }
  | { kind: 'anonymous' };

export type Role = Exclude<Caller['kind'], 'anonymous'>;

/** `last_seen_at` is written at most this often per device, so a device's reads stay reads. */
const DEVICE_SEEN_EVERY_MS = 5 * 60_000;

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,100})\s*$/i.exec(header ?? '');
  return match?.[1];
}

export async function resolveCaller(storage: Storage, authorization: string | undefined, now: Date): Promise<Caller> {
  if (authorization === undefined) return { kind: 'anonymous' };
  const token = bearerToken(authorization);
  if (!token) throw new SabilError('auth/required');
  const tokenHash = sha256Hex(token);
  const at = now.toISOString();

  const session = await storage.getSession(tokenHash);
  if (session) {
    if (session.revokedAt) throw new SabilError('auth/revoked');
    if (session.expiresAt <= at) throw new SabilError('auth/expired');
    const user = await storage.getUserById(session.userId);
    if (!user || user.disabledAt) throw new SabilError('auth/revoked');
    if (user.role === 'coordinator') {
      return { kind: 'coordinator', userId: user.id, schools: user.allSchools ? 'all' : new Set(user.schoolIds), tokenHash };
    }
    return { kind: 'teacher', userId: user.id, schoolId: user.schoolId ?? '', classIds: new Set(user.classIds), tokenHash };
  }

  const device = await storage.getDeviceByCredential(tokenHash);
  if (device) {
    if (device.revokedAt) throw new SabilError('auth/revoked');
    await storage.touchDevice(device.id, at, DEVICE_SEEN_EVERY_MS);
    return { kind: 'device', deviceId: device.id, schoolId: device.schoolId, ...(device.classId ? { classId: device.classId } : {}) };
  }
  throw new SabilError('auth/required');
}
