/**
 * The admin commands, on an open Storage so tests run them in-process. Each returns the lines to
 * print; a refusal throws AdminFailure (exit 1). They act as no signed-in user: the audit log
 * records `actorUserId: null` and `via: "admin-cli"`.
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { isSabilError } from '../../src/core/errors/index';
import { hashPassword, type ScryptParams } from '../../server/auth/passwords';
import { generatePassword } from '../../server/auth/secrets';
import type { AuditEntry } from '../../server/storage/account-storage';
import type { Storage } from '../../server/storage/storage';

export class AdminFailure extends Error {
  constructor(message: string, readonly exitCode: 1 | 2 = 1) {
    super(message);
    this.name = 'AdminFailure';
  }
}

export interface AdminContext {
  storage: Storage;
  now: () => Date;
  scrypt?: ScryptParams;
}

type Command = (args: string[], context: AdminContext) => Promise<string[]>;

function audit(context: AdminContext, action: string, target: string, schoolId: string | null, details: Record<string, unknown> = {}): AuditEntry {
  return { id: randomUUID(), at: context.now().toISOString(), actorUserId: null, schoolId, action, target, details: { ...details, via: 'admin-cli' } };
}

const LOGIN = /^[a-z0-9._@-]{3,100}$/;

function required(value: string | undefined, option: string, usage: string): string {
  const trimmed = value?.trim();
  if (!trimmed) throw new AdminFailure(`--${option} is required. ${usage}`, 2);
  return trimmed;
}

const createCoordinator: Command = async (args, context) => {
  const usage = 'usage: admin create-coordinator --login <login> --name "<name>" [--school <schoolId> …] (no --school: every school)';
  const { values } = parseArgs({ args, options: { login: { type: 'string' }, name: { type: 'string' }, school: { type: 'string', multiple: true } }, strict: true });
  const login = required(values.login, 'login', usage).toLowerCase();
  if (!LOGIN.test(login)) throw new AdminFailure('A login is 3 to 100 letters, digits or . _ @ -.', 2);
  const displayName = required(values.name, 'name', usage);
  const schoolIds = values.school ?? [];
  for (const schoolId of schoolIds) if (!(await context.storage.getSchool(schoolId))) throw new AdminFailure(`No school has the id ${schoolId}.`);
  const password = generatePassword();
  const id = randomUUID();
  try {
    await context.storage.createUser(
      { id, login, displayName, role: 'coordinator', allSchools: schoolIds.length === 0, schoolIds, passwordHash: await hashPassword(password, context.scrypt), createdAt: context.now().toISOString() },
      audit(context, 'coordinator.create', `user:${id}`, schoolIds[0] ?? null, { login, schoolIds }),
    );
  } catch (error) {
    if (isSabilError(error) && error.code === 'user/login-taken') throw new AdminFailure(`The login ${login} is already taken.`);
    throw error;
  }
  const scope = schoolIds.length === 0 ? 'every school' : `${schoolIds.length} school(s)`;
  return [`created coordinator ${login} (${scope})`, `password: ${password}`, 'It is shown only now; give it to them privately.'];
};

const resetPassword: Command = async (args, context) => {
  const { values } = parseArgs({ args, options: { login: { type: 'string' } }, strict: true });
  const login = required(values.login, 'login', 'usage: admin reset-password --login <login>').toLowerCase();
  const user = await context.storage.getUserByLogin(login);
  if (!user) throw new AdminFailure(`No account has the login ${login}.`);
  const password = generatePassword();
  await context.storage.setPassword(user.id, await hashPassword(password, context.scrypt), audit(context, 'password.reset', `user:${user.id}`, user.schoolId ?? null, { login }));
  return [`new password for ${login}: ${password}`, 'Their sessions were ended; they sign in again with it.'];
};

const revokeDevice: Command = async (args, context) => {
  const { values } = parseArgs({ args, options: { id: { type: 'string' } }, strict: true });
  const deviceId = required(values.id, 'id', 'usage: admin revoke-device --id <deviceId>');
  const device = await context.storage.getDevice(deviceId);
  if (!device) throw new AdminFailure(`No device has the id ${deviceId}.`);
  await context.storage.revokeDevice(deviceId, context.now().toISOString(), audit(context, 'device.revoke', `device:${deviceId}`, device.schoolId));
  return [device.revokedAt ? `device ${deviceId} was already revoked (${device.revokedAt})` : `revoked device ${deviceId}; it is refused from its next request`];
};

export const ADMIN_COMMANDS: Record<string, Command> = {
  'create-coordinator': createCoordinator,
  'reset-password': resetPassword,
  'revoke-device': revokeDevice,
};
