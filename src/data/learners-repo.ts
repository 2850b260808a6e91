/** Learner profiles on this device. Each learner's rows are theirs alone; removal takes all of them. */
import { SabilError } from '../core/errors/index';
import {
  NO_ATTEMPTS, hashPin, lockRemainingMs, recordRightPin, recordWrongPin, triesLeft, validateProfile, verifyPin,
  type ProfileInput,
} from '../core/profiles/index';
import type { LearnerRow, SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

export interface NewLearner extends ProfileInput {
  pin?: string | null;
}

export interface Clock {
  now(): number;
  newId(): string;
  randomBytes(length: number): Uint8Array<ArrayBuffer>;
}

export function listLearners(db: SabilDatabase): Promise<LearnerRow[]> {
  return guardStorage(() => db.learners.orderBy('createdAt').toArray());
}

export async function getLearner(db: SabilDatabase, id: string): Promise<LearnerRow> {
  const row = await guardStorage(() => db.learners.get(id));
  if (!row) throw new SabilError('profile/not-found');
  return row;
}

export async function createLearner(db: SabilDatabase, input: NewLearner, clock: Clock): Promise<LearnerRow> {
  const profile = validateProfile(input);
  const pin = input.pin ? await hashPin(input.pin, clock.randomBytes(16)) : null;
  const row: LearnerRow = { id: clock.newId(), ...profile, pin, attempts: NO_ATTEMPTS, createdAt: clock.now() };
  await guardStorage(() => db.learners.add(row));
  return row;
}

export async function updateLearner(db: SabilDatabase, id: string, input: ProfileInput): Promise<LearnerRow> {
  const profile = validateProfile(input);
  return guardStorage(() =>
    db.transaction('rw', db.learners, async () => {
      const row = await db.learners.get(id);
      if (!row) throw new SabilError('profile/not-found');
      const next = { ...row, ...profile };
      await db.learners.put(next);
      return next;
    }),
  );
}

/** Sets a new PIN, or removes it with `null`; also clears any lockout. */
export async function setLearnerPin(db: SabilDatabase, id: string, pin: string | null, clock: Clock): Promise<void> {
  const hashed = pin ? await hashPin(pin, clock.randomBytes(16)) : null;
  await guardStorage(async () => {
    const changed = await db.learners.update(id, { pin: hashed, attempts: NO_ATTEMPTS });
    if (changed === 0) throw new SabilError('profile/not-found');
  });
}

/** Removes the learner and everything of theirs kept on this device, in one transaction. */
export function removeLearner(db: SabilDatabase, id: string): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', [db.learners, db.events, db.outbox], async () => {
      await db.events.where('learnerId').equals(id).delete();
      await db.outbox.where('learnerId').equals(id).delete();
      await db.learners.delete(id);
    }),
  );
}

export type PinCheck =
  | { ok: true }
  | { ok: false; reason: 'wrong'; triesLeft: number }
  | { ok: false; reason: 'locked'; retryInMs: number };

/** Checks a PIN and records the attempt, so a lockout survives a reload or a closed tab. */
export async function checkLearnerPin(db: SabilDatabase, id: string, pin: string, now: number): Promise<PinCheck> {
  const row = await getLearner(db, id);
  if (!row.pin) return { ok: true };
  const waiting = lockRemainingMs(row.attempts, now);
  if (waiting > 0) return { ok: false, reason: 'locked', retryInMs: waiting };
  if (await verifyPin(pin, row.pin)) {
    await guardStorage(() => db.learners.update(id, { attempts: recordRightPin() }));
    return { ok: true };
  }
  const attempts = recordWrongPin(row.attempts, now);
  await guardStorage(() => db.learners.update(id, { attempts }));
  const retryInMs = lockRemainingMs(attempts, now);
  return retryInMs > 0
    ? { ok: false, reason: 'locked', retryInMs }
    : { ok: false, reason: 'wrong', triesLeft: triesLeft(attempts) };
}
