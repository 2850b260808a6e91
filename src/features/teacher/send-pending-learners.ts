/**
 * Learners a teacher added while offline (or with an expired session) wait on the device as
 * 'pending' under the id they will keep. Each is sent with that id the next time the teacher view
 * opens online; the server answers a repeat with the same learner, so a lost answer is harmless.
 */
import { SabilError } from '../../core/errors/index';
import type { LearnerRow, SabilDatabase, TeacherRow } from '../../data/db';
import { listLearners } from '../../data/learners-repo';
import { setProfileClass } from '../../data/roster-profiles';
import { isCredentialRefused } from '../../sync/api-client';
import { postLearner } from './teacher-api';

export interface PendingFailure {
  learner: LearnerRow;
  error: unknown;
}

/**
 * Sends every pending learner of the teacher's classes. Stops at the first network failure or
 * refused credential (rethrown); a learner the server refuses is reported and the others go on.
 */
export async function sendPendingLearners(db: SabilDatabase, teacher: TeacherRow, token: string): Promise<PendingFailure[]> {
  const pending = (await listLearners(db)).filter((l) => l.roster?.state === 'pending' && teacher.classIds.includes(l.roster.classId));
  const failures: PendingFailure[] = [];
  for (const learner of pending) {
    const classId = learner.roster?.classId ?? '';
    try {
      await postLearner(token, { id: learner.id, classId, displayName: learner.displayName });
      await setProfileClass(db, learner.id, classId, 'linked');
    } catch (error) {
      if (isCredentialRefused(error) || (error instanceof SabilError && error.code === 'network/unreachable')) throw error;
      failures.push({ learner, error });
    }
  }
  return failures;
}
