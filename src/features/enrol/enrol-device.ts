/**
 * Enrols this device with a one-time code: checks the code's form before asking (a typo costs no
 * request and no rate-limit strike), redeems it, keeps the credential, then fetches what an
 * enrolled device needs at once: the publishers' keys and its roster.
 */
import { normaliseCode } from '../../core/enrolment/index';
import { SabilError } from '../../core/errors/index';
import type { EnrolmentRow, RosterRow, SabilDatabase } from '../../data/db';
import { saveEnrolment, type EnrolAnswer } from '../../data/enrolment-repo';
import { callApi } from '../../sync/api-client';
import { refreshTrustedKeys } from '../library/trusted-keys';
import { refreshRoster } from './refresh-roster';

export interface EnrolResult {
  enrolment: EnrolmentRow;
  /** Null when the roster could not be fetched just now; the device is enrolled all the same. */
  roster: RosterRow | null;
  rosterError: unknown;
}

export async function enrolDevice(db: SabilDatabase, typed: string, signal?: AbortSignal): Promise<EnrolResult> {
  const code = normaliseCode(typed);
  if (!code) throw new SabilError('enrol/malformed');
  const answer = await callApi<EnrolAnswer>('/enrol', { method: 'POST', body: { code }, ...(signal ? { signal } : {}) });
  const enrolment = await saveEnrolment(db, answer, Date.now());
  // The credential is already stored: a failure below leaves an enrolled device that can try again.
  await refreshTrustedKeys(db).catch(() => undefined); // the keys already kept (if any) stay trusted
  try {
    return { enrolment, roster: await refreshRoster(db, signal), rosterError: null };
  } catch (rosterError) {
    return { enrolment, roster: null, rosterError };
  }
}
