/**
 * The device's enrolment row: the school's device credential from `POST /api/v1/enrol`. One row
 * at most; enrolling again replaces it, and a revocation is kept so the app stops sending it.
 */
import type { EnrolmentRow, SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

/** `POST /api/v1/enrol`'s answer (docs/accounts.md). */
export interface EnrolAnswer {
  deviceId: string;
  credential: string;
  schoolId: string;
  classId: string | null;
}

export async function getEnrolment(db: SabilDatabase): Promise<EnrolmentRow | undefined> {
  const row = await guardStorage(() => db.device.get('enrolment'));
  return row?.key === 'enrolment' ? row : undefined;
}

/**
 * Stores a fresh enrolment in place of any earlier one. A roster of another school goes with the
 * old enrolment, so no screen shows learners this device no longer serves.
 */
export function saveEnrolment(db: SabilDatabase, answer: EnrolAnswer, now: number): Promise<EnrolmentRow> {
  const row: EnrolmentRow = {
    key: 'enrolment',
    serverDeviceId: answer.deviceId,
    credential: answer.credential,
    schoolId: answer.schoolId,
    classId: answer.classId ?? null,
    enrolledAt: now,
    revokedAt: null,
  };
  return guardStorage(() =>
    db.transaction('rw', db.device, async () => {
      const roster = await db.device.get('roster');
      if (roster?.key === 'roster' && roster.schoolId !== answer.schoolId) await db.device.delete('roster');
      await db.device.put(row);
      return row;
    }),
  );
}

/** Records that the server refused the credential; the first time is kept. */
export function markRevoked(db: SabilDatabase, now: number): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', db.device, async () => {
      const row = await db.device.get('enrolment');
      if (row?.key !== 'enrolment' || row.revokedAt !== null) return;
      await db.device.put({ ...row, revokedAt: now });
    }),
  );
}
