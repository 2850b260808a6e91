/**
 * What the teacher view does with the server when it opens: send pending learners, then refresh
 * the roster. Offline, or with a session the server no longer accepts, the view simply works from
 * what the device holds.
 */
import { SabilError } from '../../core/errors/index';
import type { SabilDatabase, TeacherRow } from '../../data/db';
import { dropTeacherSession, liveSession } from '../../data/teachers-repo';
import { isCredentialRefused } from '../../sync/api-client';
import { refreshRoster } from './refresh-roster';
import { sendPendingLearners, type PendingFailure } from './send-pending-learners';

export type SyncOutcome =
  | { kind: 'synced'; failures: PendingFailure[] }
  | { kind: 'no-session' }
  | { kind: 'offline' };

export async function syncTeacherView(db: SabilDatabase, teacher: TeacherRow): Promise<SyncOutcome> {
  const token = liveSession(teacher, Date.now());
  if (!token) return { kind: 'no-session' };
  try {
    const failures = await sendPendingLearners(db, teacher, token);
    await refreshRoster(db, teacher, token);
    return { kind: 'synced', failures };
  } catch (error) {
    if (isCredentialRefused(error)) {
      await dropTeacherSession(db, teacher.userId);
      return { kind: 'no-session' };
    }
    if (error instanceof SabilError && error.code === 'network/unreachable') return { kind: 'offline' };
    throw error;
  }
}
