/**
 * The roster as the server last sent it (`GET /api/v1/roster`): the classes and learners this
 * device serves, kept so class names and linking work offline.
 */
import type { RosterClass, RosterLearner, RosterRow, SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

/** `GET /api/v1/roster`'s answer (docs/accounts.md). */
export interface RosterAnswer {
  schoolId: string;
  /** Null or absent from a server that does not send it. */
  schoolName?: string | null;
  classes: RosterClass[];
  learners: RosterLearner[];
}

export async function getRoster(db: SabilDatabase): Promise<RosterRow | undefined> {
  const row = await guardStorage(() => db.device.get('roster'));
  return row?.key === 'roster' ? row : undefined;
}

/**
 * Stores a roster the server sent. A teacher's roster holds only her classes, so the classes an
 * answer does not name are kept from the stored roster of the same school: two teachers sharing a
 * tablet each keep their class offline. A roster of another school replaces everything.
 */
export function saveRoster(db: SabilDatabase, answer: RosterAnswer, now: number): Promise<RosterRow> {
  // Only the documented fields are kept, whatever else a newer server sends.
  const classes = answer.classes.map(({ id, name }) => ({ id, name }));
  const learners = answer.learners.map(({ id, classId, displayName }) => ({ id, classId, displayName }));
  return guardStorage(() =>
    db.transaction('rw', db.device, async () => {
      const stored = await db.device.get('roster');
      const named = new Set(classes.map((k) => k.id));
      const kept = stored?.key === 'roster' && stored.schoolId === answer.schoolId ? stored : null;
      const schoolName = answer.schoolName ?? kept?.schoolName;
      const row: RosterRow = {
        key: 'roster',
        schoolId: answer.schoolId,
        ...(schoolName ? { schoolName } : {}),
        classes: [...(kept?.classes.filter((k) => !named.has(k.id)) ?? []), ...classes],
        learners: [...(kept?.learners.filter((l) => !named.has(l.classId)) ?? []), ...learners],
        fetchedAt: now,
      };
      await db.device.put(row);
      return row;
    }),
  );
}
