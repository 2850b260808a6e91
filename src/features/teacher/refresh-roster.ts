/**
 * Fetches the teacher's roster, keeps it for offline use, and brings its learners onto this device
 * as profiles, so they appear on the avatar grid. Run after every sign-in and whenever the teacher
 * view opens online with a live session.
 */
import { FALLBACK_LANGUAGE } from '../../core/languages/index';
import type { RosterRow, SabilDatabase, TeacherRow } from '../../data/db';
import { getDeviceLanguage } from '../../data/device-repo';
import { materialiseRosterProfiles } from '../../data/roster-profiles';
import { saveRoster } from '../../data/roster-repo';
import { setTeacherClasses } from '../../data/teachers-repo';
import { fetchRoster } from './teacher-api';

export async function refreshRoster(db: SabilDatabase, teacher: TeacherRow, token: string): Promise<RosterRow> {
  const answer = await fetchRoster(token);
  const now = Date.now();
  const roster = await saveRoster(db, answer, now);
  // The roster names exactly the teacher's classes today: a class given or taken since sign-in shows.
  const classIds = answer.classes.map((k) => k.id);
  await setTeacherClasses(db, teacher.userId, classIds);
  const language = (await getDeviceLanguage(db)) ?? FALLBACK_LANGUAGE;
  await materialiseRosterProfiles(db, answer, classIds, { language, now });
  return roster;
}
