/**
 * A teacher adds a learner to one of her classes. Online with a live session the server records
 * it first and the profile is 'linked'; otherwise the profile is 'pending' under a new UUIDv7,
 * and send-pending-learners.ts sends it later with that same id.
 */
import { SabilError } from '../../core/errors/index';
import { validateProfile, type ProfileInput } from '../../core/profiles/index';
import type { LearnerRow, SabilDatabase, TeacherRow } from '../../data/db';
import { browserClock } from '../../data/browser-clock';
import { createClassLearner, setProfileClass } from '../../data/roster-profiles';
import { dropTeacherSession, liveSession } from '../../data/teachers-repo';
import { isCredentialRefused } from '../../sync/api-client';
import { postLearner } from './teacher-api';

/** 'linked' when the server took it, 'pending' when it could not be asked; other refusals throw. */
async function tellServer(db: SabilDatabase, teacher: TeacherRow, learner: { id: string; classId: string; displayName: string }): Promise<'linked' | 'pending'> {
  const token = liveSession(teacher, Date.now());
  if (!token) return 'pending';
  try {
    await postLearner(token, learner);
    return 'linked';
  } catch (error) {
    if (isCredentialRefused(error)) {
      await dropTeacherSession(db, teacher.userId);
      return 'pending';
    }
    if (error instanceof SabilError && error.code === 'network/unreachable') return 'pending';
    throw error;
  }
}

export async function addClassLearner(
  db: SabilDatabase, teacher: TeacherRow, classId: string, input: ProfileInput & { pin?: string | null },
): Promise<LearnerRow> {
  const profile = validateProfile(input);
  const id = browserClock.newId();
  const state = await tellServer(db, teacher, { id, classId, displayName: profile.displayName });
  return createClassLearner(db, { ...input, ...profile, id, classId, state }, browserClock);
}

/** "Add this profile to the class": a profile made before enrolment joins under its own id. */
export async function addProfileToClass(db: SabilDatabase, teacher: TeacherRow, learner: LearnerRow, classId: string): Promise<void> {
  const state = await tellServer(db, teacher, { id: learner.id, classId, displayName: learner.displayName });
  await setProfileClass(db, learner.id, classId, state);
}
