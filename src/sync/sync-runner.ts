/**
 * One sync: push the outbox, then pull what changed, under the device-wide sync lock. It never
 * throws: the outcome says what happened, and the 'sync' row keeps when it last worked and the
 * last error in a form any language can show. A device that is not enrolled, or whose
 * credential was revoked, does not sync and says so; `auth/revoked` marks the enrolment revoked.
 */
import { SabilError } from '../core/errors/index';
import type { SabilDatabase } from '../data/db';
import { guardStorage } from '../data/storage-errors';
import { markRevoked } from '../data/enrolment-repo';
import { recordSyncAttempt, recordSyncFailure, recordSyncSuccess } from '../data/sync-state-repo';
import { pullChanges, type PullResult } from './pull-changes';
import { pushOutbox, type PushResult, type SyncProgress } from './push-outbox';
import type { SyncLock } from './sync-lock';

export type SyncOutcome =
  | { status: 'done'; push: PushResult; pull: PullResult }
  | { status: 'not-enrolled' }
  | { status: 'revoked' }
  | { status: 'failed'; error: SabilError };

export interface SyncOptions {
  lock: SyncLock;
  appVersion: string;
  now: () => number;
  onProgress?: (progress: SyncProgress) => void;
  storageFreeBytes?: () => Promise<number | null>;
}

function asSabilError(error: unknown): SabilError {
  return error instanceof SabilError ? error : new SabilError('internal/unexpected', {}, { cause: error });
}

export function syncNow(db: SabilDatabase, options: SyncOptions): Promise<SyncOutcome> {
  return options.lock.run(async (): Promise<SyncOutcome> => {
    const enrolment = await guardStorage(() => db.device.get('enrolment')).catch(() => undefined);
    if (enrolment?.key !== 'enrolment') return { status: 'not-enrolled' };
    if (enrolment.revokedAt !== null) return { status: 'revoked' };
    try {
      await recordSyncAttempt(db, options.now());
      const push = await pushOutbox(db, {
        token: enrolment.credential,
        appVersion: options.appVersion,
        now: options.now,
        onProgress: options.onProgress,
        storageFreeBytes: options.storageFreeBytes,
      });
      const pull = await pullChanges(db, { token: enrolment.credential, schoolId: enrolment.schoolId, now: options.now });
      await recordSyncSuccess(db, options.now());
      return { status: 'done', push, pull };
    } catch (failure) {
      const error = asSabilError(failure);
      if (error.code === 'auth/revoked') await markRevoked(db, options.now()).catch(() => undefined);
      // If even this write fails (storage gone), the outcome still carries the error to the screen.
      await recordSyncFailure(db, options.now(), { code: error.code, params: error.params }).catch(() => undefined);
      return error.code === 'auth/revoked' ? { status: 'revoked' } : { status: 'failed', error };
    }
  });
}
