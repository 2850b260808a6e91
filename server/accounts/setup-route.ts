/**
 * `POST /setup` `{ code, login, displayName, password }`: with SABIL_DEMO=0 and no coordinator
 * yet, the setup code printed at start-up creates the first coordinator (of every school), once.
 * Refused codes count against the caller's address, like enrolment codes.
 */
import * as v from 'valibot';
import { SabilError } from '../../src/core/errors/index';
import { hashPassword } from '../auth/passwords';
import { assertNotLocked, RATE_LIMITS, recordFailure } from '../auth/rate-limit';
import { sha256Hex } from '../auth/secrets';
import { normaliseCode } from '../../src/core/enrolment/index';
import { clientAddress } from '../api/client-address';
import { displayName, readBody } from '../api/read-body';
import type { RouteSpec } from '../api/route-spec';
import { loginSchema } from './teacher-route';

export const MIN_PASSWORD_LENGTH = 10;

const Setup = v.object({
  code: v.pipe(v.string(), v.maxLength(100)),
  login: loginSchema,
  displayName,
  password: v.pipe(v.string(), v.maxLength(200)),
});

export const setupRoute: RouteSpec = {
  method: 'POST',
  path: '/setup',
  roles: 'public',
  scope: 'none',
  handle: async (c, deps) => {
    const { storage } = deps;
    const key = `setup:address:${clientAddress(c, deps.trustedProxies)}`;
    await assertNotLocked(storage, key, deps.now());
    const body = await readBody(c, Setup);
    if ([...body.password].length < MIN_PASSWORD_LENGTH) throw new SabilError('auth/password-too-short', { min: MIN_PASSWORD_LENGTH });
    const refuse = async (reason: 'setup/invalid-code' | 'setup/expired') => {
      await recordFailure(storage, key, RATE_LIMITS.code, deps.now());
      return new SabilError(reason);
    };
    const code = normaliseCode(body.code);
    // Checked before hashing, so a stream of junk codes costs no scrypt.
    if (!code) throw await refuse('setup/invalid-code');
    const user = {
      id: deps.newId(),
      login: body.login,
      displayName: body.displayName,
      role: 'coordinator' as const,
      allSchools: true,
      passwordHash: await hashPassword(body.password, deps.scrypt),
      createdAt: deps.now().toISOString(),
    };
    const audit = { id: deps.newId(), at: user.createdAt, actorUserId: user.id, schoolId: null, action: 'setup.first-coordinator', target: `user:${user.id}`, details: { login: user.login } };
    const outcome = await storage.redeemSetupCode(sha256Hex(code), user, audit);
    if (outcome === 'not-needed') throw new SabilError('setup/not-needed');
    if (outcome !== 'created') throw await refuse(outcome === 'expired' ? 'setup/expired' : 'setup/invalid-code');
    return c.json({ id: user.id, login: user.login, displayName: user.displayName, role: 'coordinator' }, 201);
  },
};
