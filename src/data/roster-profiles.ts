/**
 * The school's roster on this device, and the learner profiles that stand for its entries. A
 * roster profile has the roster learner's id, so progress recorded here belongs to that learner
 * wherever it is synced. Profiles made before the device was enrolled are linked to an entry by
 * taking its id (the one time an event's learnerId changes, see docs/accounts.md).
 */
import { SabilError } from '../core/errors/index';
import { AVATARS, NO_ATTEMPTS, hashPin, validateProfile, type ProfileInput } from '../core/profiles/index';
import type { Language } from '../core/languages/index';
import type { LearnerRow, RosterLearner, RosterRow, SabilDatabase } from './db';
import type { Clock } from './learners-repo';
import { guardStorage } from './storage-errors';

export interface ProfileDefaults {
  language: Language;
  now: number;
}

const sameName = (a: string, b: string) => a.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase() === b.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * Gives each roster learner of `classIds` a profile on this device (same id, the device language,
 * no PIN), and marks 'linked' a pending profile the server now lists. A roster learner whose name
 * matches a profile made here before enrolment is left for the teacher to link, so the child does
 * not appear twice. Returns the profiles made; running it again makes none.
 */
export function materialiseRosterProfiles(
  db: SabilDatabase, roster: Pick<RosterRow, 'learners'>, classIds: readonly string[], defaults: ProfileDefaults,
): Promise<LearnerRow[]> {
  return guardStorage(() =>
    db.transaction('rw', db.learners, async () => {
      const local = await db.learners.toArray();
      const byId = new Map(local.map((l) => [l.id, l]));
      const unlinked = local.filter((l) => !l.roster);
      const made: LearnerRow[] = [];
      for (const entry of roster.learners) {
        if (!classIds.includes(entry.classId)) continue;
        const existing = byId.get(entry.id);
        if (existing) {
          if (existing.roster?.state === 'pending') await db.learners.update(entry.id, { roster: { classId: entry.classId, state: 'linked' } });
          continue;
        }
        if (unlinked.some((l) => sameName(l.displayName, entry.displayName))) continue;
        const row = rosterProfile(entry, AVATARS[(local.length + made.length) % AVATARS.length] ?? 'camel', defaults);
        await db.learners.add(row);
        made.push(row);
      }
      return made;
    }),
  );
}

function rosterProfile(entry: RosterLearner, avatar: LearnerRow['avatar'], defaults: ProfileDefaults): LearnerRow {
  return {
    id: entry.id, displayName: entry.displayName, avatar, language: defaults.language, pin: null, attempts: NO_ATTEMPTS,
    createdAt: defaults.now, roster: { classId: entry.classId, state: 'linked' },
  };
}

/** One roster learner brought onto this device on the teacher's request. */
export async function bringRosterLearner(db: SabilDatabase, entry: RosterLearner, defaults: ProfileDefaults & { avatar: LearnerRow['avatar'] }): Promise<LearnerRow> {
  const row = rosterProfile(entry, defaults.avatar, defaults);
  return guardStorage(() =>
    db.transaction('rw', db.learners, async () => {
      if (await db.learners.get(entry.id)) throw new SabilError('teacher/roster-already-here');
      await db.learners.add(row);
      return row;
    }),
  );
}

export interface NewClassLearner extends ProfileInput {
  id: string;
  classId: string;
  state: 'linked' | 'pending';
  pin?: string | null;
}

/** A learner a teacher adds to a class: the id is the roster's (linked) or the one it will have (pending). */
export async function createClassLearner(db: SabilDatabase, input: NewClassLearner, clock: Pick<Clock, 'now' | 'randomBytes'>): Promise<LearnerRow> {
  const profile = validateProfile(input);
  const pin = input.pin ? await hashPin(input.pin, clock.randomBytes(16)) : null;
  const row: LearnerRow = {
    id: input.id, ...profile, pin, attempts: NO_ATTEMPTS, createdAt: clock.now(), roster: { classId: input.classId, state: input.state },
  };
  await guardStorage(() => db.learners.add(row));
  return row;
}

/** Puts a profile made on this device into a class under its own id ('pending' until the server has it). */
export function setProfileClass(db: SabilDatabase, id: string, classId: string, state: 'linked' | 'pending'): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', db.learners, async () => {
      const row = await db.learners.get(id);
      if (!row) throw new SabilError('profile/not-found');
      if (row.roster && row.roster.classId !== classId) throw new SabilError('teacher/profile-already-linked');
      await db.learners.update(id, { roster: { classId, state } });
    }),
  );
}

/**
 * Makes a profile made before enrolment the roster learner `entry`: in one transaction its row,
 * its events and its outbox entries take the roster id. Events made before enrolment have never
 * left the device, so no server holds them under the old id. The profile keeps its name and picture.
 */
export function linkProfileToRoster(db: SabilDatabase, localId: string, entry: RosterLearner): Promise<LearnerRow> {
  return guardStorage(() =>
    db.transaction('rw', [db.learners, db.events, db.outbox], async () => {
      const local = await db.learners.get(localId);
      if (!local) throw new SabilError('profile/not-found');
      if (local.roster) throw new SabilError('teacher/profile-already-linked');
      if (await db.learners.get(entry.id)) throw new SabilError('teacher/roster-already-here');
      await db.events.where('learnerId').equals(localId).modify({ learnerId: entry.id });
      await db.outbox.where('learnerId').equals(localId).modify({ learnerId: entry.id });
      const linked: LearnerRow = { ...local, id: entry.id, roster: { classId: entry.classId, state: 'linked' } };
      await db.learners.delete(localId);
      await db.learners.add(linked);
      return linked;
    }),
  );
}
