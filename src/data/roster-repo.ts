/**
 * The roster as the server last sent it (`GET /api/v1/roster`): the classes and learners this
 * device serves, kept so class names and linking work offline.
 */
import type { RosterClass, RosterLearner, RosterRow, SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

/** `GET /api/v1/roster`'s answer (docs/accounts.md). */
export interface RosterAnswer {
  schoolId: string;
  classes: RosterClass[];
  learners: RosterLearner[];
}

export async function getRoster(db: SabilDatabase): Promise<RosterRow | undefined> {
  const row = await guardStorage(() => db.device.get('roster'));
  return row?.key === 'roster' ? row : undefined;
}

export function saveRoster(db: SabilDatabase, answer: RosterAnswer, now: number): Promise<RosterRow> {
  // Only the documented fields are kept, whatever else a newer server sends.
  const row: RosterRow = {
    key: 'roster',
    schoolId: answer.schoolId,
    classes: answer.classes.map(({ id, name }) => ({ id, name })),
    learners: answer.learners.map(({ id, classId, displayName }) => ({ id, classId, displayName })),
    fetchedAt: now,
  };
  return guardStorage(async () => {
    await db.device.put(row);
    return row;
  });
}
