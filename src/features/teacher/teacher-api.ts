/** The server routes the teacher view uses, with the teacher's session token (docs/accounts.md). */
import { callApi } from '../../sync/api-client';
import type { RosterClass, RosterLearner } from '../../data/db';

export interface TeacherMe {
  role: 'teacher';
  user: { id: string; login: string; displayName: string };
  schoolId: string;
  classIds: string[];
}

export interface RosterAnswer {
  schoolId: string;
  classes: RosterClass[];
  learners: RosterLearner[];
}

export function fetchMe(token: string): Promise<TeacherMe | { role: 'coordinator' | 'device' }> {
  return callApi('/auth/me', { token });
}

export function fetchRoster(token: string): Promise<RosterAnswer> {
  return callApi('/roster', { token });
}

/** Adds a learner under the id this device chose; sending it again is answered with the same learner. */
export function postLearner(token: string, learner: RosterLearner): Promise<RosterLearner> {
  return callApi(`/classes/${encodeURIComponent(learner.classId)}/learners`, { token, body: { id: learner.id, displayName: learner.displayName } });
}
