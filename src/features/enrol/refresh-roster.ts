/**
 * Pulls this device's roster (`GET /api/v1/roster`, its class or its school), keeps it, and gives
 * each of its learners a profile on the avatar grid, so a child added by the teacher or the
 * coordinator can start on any tablet of the class. Other screens call it too (the teacher view, sync).
 */
import { FALLBACK_LANGUAGE } from '../../core/languages/index';
import type { RosterRow, SabilDatabase } from '../../data/db';
import { getDeviceLanguage } from '../../data/device-repo';
import { materialiseRosterProfiles } from '../../data/roster-profiles';
import { saveRoster, type RosterAnswer } from '../../data/roster-repo';
import { callWithDeviceCredential } from './device-credential';

export async function refreshRoster(db: SabilDatabase, signal?: AbortSignal): Promise<RosterRow> {
  const answer = await callWithDeviceCredential<RosterAnswer>(db, '/roster', signal ? { signal } : {});
  const now = Date.now();
  const roster = await saveRoster(db, answer, now);
  const language = (await getDeviceLanguage(db)) ?? FALLBACK_LANGUAGE;
  await materialiseRosterProfiles(db, answer, answer.classes.map((k) => k.id), { language, now });
  return roster;
}
