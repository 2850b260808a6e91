import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../../src/core/errors/index';

/**
 * The codes a client may see, and their HTTP status. A SabilError whose code is not listed
 * is answered as `internal/unexpected`: only codes mapped here, with their params, cross the wire.
 */
export const ERROR_STATUS = {
  'http/bad-request': 400,
  'http/not-found': 404,
  'http/payload-too-large': 413,
  'storage/unavailable': 503,
  'pack/not-found': 404,
  'pack/version-exists': 409,
  'auth/required': 401,
  'auth/expired': 401,
  'auth/revoked': 401,
  'auth/wrong-credentials': 401,
  'auth/forbidden': 403,
  'auth/rate-limited': 429,
  'auth/password-too-short': 400,
  'user/login-taken': 409,
  'school/not-found': 404,
  'class/not-found': 404,
  'device/not-found': 404,
  'learner/id-taken': 409,
  'user/not-found': 404,
  'roster/invalid-rows': 422,
  'enrol/malformed': 400,
  'enrol/unknown': 404,
  'enrol/expired': 410,
  'enrol/used': 409,
  'setup/invalid-code': 404,
  'setup/expired': 410,
  'setup/not-needed': 409,
  'sync/batch-too-large': 413,
  'sync/bad-encoding': 400,
  'sync/bad-cursor': 400,
  'sync/busy': 429,
  // Quarantine reasons: a push answers them per event with 200; mapped in case one is ever thrown.
  'event/invalid': 422,
  'event/unknown-learner': 422,
  'event/id-reused': 409,
} satisfies Partial<Record<ErrorCode, ContentfulStatusCode>>;

/** Every other `pack/` code says why a pack's content was refused (docs/pack-format.md). */
const PACK_REFUSED = 422;

export function statusForCode(code: ErrorCode): ContentfulStatusCode | undefined {
  const table: Partial<Record<ErrorCode, ContentfulStatusCode>> = ERROR_STATUS;
  return table[code] ?? (code.startsWith('pack/') ? PACK_REFUSED : undefined);
}
