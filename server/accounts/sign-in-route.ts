/**
 * `POST /auth/sign-in` `{ login, password }` → `{ token, expiresAt, user }`. Rate-limited per
 * address and per login with a growing lockout (auth/rate-limit.ts); an unknown login costs the
 * same scrypt as a wrong password, and both answer `401 auth/wrong-credentials`.
 */
import * as v from 'valibot';
import { SabilError } from '../../src/core/errors/index';
import { DUMMY_HASH, verifyPassword } from '../auth/passwords';
import { assertNotLocked, clearFailures, RATE_LIMITS, recordFailure } from '../auth/rate-limit';
import { newToken, sha256Hex } from '../auth/secrets';
import { clientAddress } from '../api/client-address';
import { readBody } from '../api/read-body';
import type { RouteSpec } from '../api/route-spec';

/** Fixed, not sliding: a stolen token works for one school day at most. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

const SignIn = v.object({
  login: v.pipe(v.string(), v.trim(), v.toLowerCase(), v.minLength(1), v.maxLength(100)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
});

export const signInRoute: RouteSpec = {
  method: 'POST',
  path: '/auth/sign-in',
  roles: 'public',
  scope: 'none',
  handle: async (c, deps) => {
    const { storage } = deps;
    const { login, password } = await readBody(c, SignIn);
    const addressKey = `sign-in:address:${clientAddress(c, deps.trustedProxies)}`;
    const loginKey = `sign-in:login:${login}`;
    await assertNotLocked(storage, addressKey, deps.now());
    await assertNotLocked(storage, loginKey, deps.now());

    const user = await storage.getUserByLogin(login);
    const isRight = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !isRight || user.disabledAt) {
      await recordFailure(storage, addressKey, RATE_LIMITS.signInAddress, deps.now());
      await recordFailure(storage, loginKey, RATE_LIMITS.signInLogin, deps.now());
      throw new SabilError('auth/wrong-credentials');
    }
    await clearFailures(storage, loginKey);
    const token = newToken();
    const createdAt = deps.now();
    const expiresAt = new Date(createdAt.getTime() + SESSION_TTL_MS).toISOString();
    await storage.createSession({ tokenHash: sha256Hex(token), userId: user.id, createdAt: createdAt.toISOString(), expiresAt });
    return c.json({ token, expiresAt, user: { id: user.id, login: user.login, displayName: user.displayName, role: user.role } });
  },
};
