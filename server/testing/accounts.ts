/**
 * Test support: schools, classes, users, sessions and devices written straight through Storage,
 * so route tests start from a known world without paying for scrypt or the enrolment route.
 */
import { randomUUID } from 'node:crypto';
import { hashPassword, type ScryptParams } from '../auth/passwords';
import { newToken, sha256Hex } from '../auth/secrets';
import type { AuditEntry, NewUser } from '../storage/account-storage';
import type { Storage } from '../storage/storage';

/** Cheap enough for hundreds of hashes in a test run; production uses DEFAULT_SCRYPT. */
export const FAST_SCRYPT: ScryptParams = { N: 1024, r: 8, p: 1 };
export const TEST_PASSWORD = 'correct horse battery';
const AT = '2030-01-01T08:00:00.000Z';

export type AuthHeaders = { Authorization: string };

export function bearer(token: string): AuthHeaders {
  return { Authorization: `Bearer ${token}` };
}

function audit(action: string, schoolId: string | null = null): AuditEntry {
  return { id: randomUUID(), at: AT, actorUserId: null, schoolId, action, target: 'test', details: {} };
}

export async function seedSchool(storage: Storage, name: string) {
  const schoolId = randomUUID();
  const classId = randomUUID();
  await storage.createSchool({ id: schoolId, name, createdAt: AT }, audit('school.create', schoolId));
  await storage.createClass({ schoolId, id: classId, name: `${name} class`, createdAt: AT }, audit('class.create', schoolId));
  return { schoolId, classId };
}

export async function seedUser(storage: Storage, user: Omit<NewUser, 'id' | 'passwordHash' | 'createdAt'>) {
  const id = randomUUID();
  await storage.createUser({ ...user, id, passwordHash: await hashPassword(TEST_PASSWORD, FAST_SCRYPT), createdAt: AT }, audit('user.create', user.schoolId ?? null));
  return id;
}

/** A fresh session for the user, valid until `expiresAt`. */
export async function sessionFor(storage: Storage, userId: string, expiresAt = '2999-01-01T00:00:00.000Z'): Promise<AuthHeaders> {
  const token = newToken();
  await storage.createSession({ tokenHash: sha256Hex(token), userId, createdAt: AT, expiresAt });
  return bearer(token);
}

/** A device enrolled in the school (and class, when given) through a one-time code. */
export async function enrolTestDevice(storage: Storage, schoolId: string, classId?: string) {
  const code = randomUUID();
  const credential = newToken();
  const deviceId = randomUUID();
  await storage.createEnrolmentCode(
    { codeHash: sha256Hex(code), schoolId, ...(classId ? { classId } : {}), createdAt: AT, expiresAt: '2999-01-01T00:00:00.000Z' },
    audit('enrolment-code.create', schoolId),
  );
  await storage.redeemEnrolmentCode(sha256Hex(code), { id: deviceId, credentialHash: sha256Hex(credential) }, AT);
  return { deviceId, credential, headers: bearer(credential) };
}
