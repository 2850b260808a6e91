/**
 * `POST /enrol` `{ code }` → `{ deviceId, credential, schoolId, classId }`. Public: the code is
 * the credential. Every refused code counts against the caller's address (auth/rate-limit.ts),
 * so guessing 50-bit codes is hopeless; the credential is shown once and stored only hashed.
 */
import * as v from 'valibot';
import { SabilError } from '../../src/core/errors/index';
import { assertNotLocked, RATE_LIMITS, recordFailure } from '../auth/rate-limit';
import { newToken, sha256Hex } from '../auth/secrets';
import { normaliseCode } from '../../src/core/enrolment/index';
import { clientAddress } from '../api/client-address';
import { readBody } from '../api/read-body';
import type { RouteSpec } from '../api/route-spec';

export const enrolRoute: RouteSpec = {
  method: 'POST',
  path: '/enrol',
  roles: 'public',
  scope: 'none',
  handle: async (c, deps) => {
    const { storage } = deps;
    const key = `enrol:address:${clientAddress(c, deps.trustedProxies)}`;
    await assertNotLocked(storage, key, deps.now());
    const { code: typed } = await readBody(c, v.object({ code: v.pipe(v.string(), v.maxLength(100)) }));
    const refuse = async (code: 'enrol/malformed' | 'enrol/unknown' | 'enrol/expired' | 'enrol/used') => {
      await recordFailure(storage, key, RATE_LIMITS.code, deps.now());
      return new SabilError(code);
    };
    const code = normaliseCode(typed);
    if (!code) throw await refuse('enrol/malformed');
    const credential = newToken();
    const outcome = await storage.redeemEnrolmentCode(sha256Hex(code), { id: deps.newId(), credentialHash: sha256Hex(credential) }, deps.now().toISOString());
    if (outcome.kind !== 'enrolled') throw await refuse(`enrol/${outcome.kind}`);
    const { device } = outcome;
    return c.json({ deviceId: device.id, credential, schoolId: device.schoolId, classId: device.classId ?? null }, 201);
  },
};
