/**
 * Pulls this device's roster (`GET /api/v1/roster`, its class or its school) and keeps it, so
 * class names and learners are there offline. Other screens call it too (the teacher view, sync).
 */
import type { RosterRow, SabilDatabase } from '../../data/db';
import { saveRoster, type RosterAnswer } from '../../data/roster-repo';
import { callWithDeviceCredential } from './device-credential';

export async function refreshRoster(db: SabilDatabase, signal?: AbortSignal): Promise<RosterRow> {
  const answer = await callWithDeviceCredential<RosterAnswer>(db, '/roster', signal ? { signal } : {});
  return saveRoster(db, answer, Date.now());
}
