/**
 * Every request made with this device's credential goes through here, so a revocation is noticed
 * by whichever call meets it first: the server answers `auth/revoked`, the enrolment row is marked,
 * and the app stops sending a credential that no longer works (the banner asks for a new code).
 */
import { ERROR_CODES, SabilError, type ErrorCode } from '../../core/errors/index';
import type { EnrolmentRow, SabilDatabase } from '../../data/db';
import { getEnrolment, markRevoked } from '../../data/enrolment-repo';
import { callApi, type ApiRequest } from '../../sync/api-client';

/** The enrolment whose credential may be sent: present and not revoked. */
export async function usableEnrolment(db: SabilDatabase): Promise<EnrolmentRow | undefined> {
  const enrolment = await getEnrolment(db);
  return enrolment && enrolment.revokedAt === null ? enrolment : undefined;
}

/** `Authorization: Bearer` when enrolled and not revoked; no header otherwise. */
export async function deviceAuthorization(db: SabilDatabase): Promise<Record<string, string>> {
  const enrolment = await usableEnrolment(db);
  return enrolment ? { authorization: `Bearer ${enrolment.credential}` } : {};
}

/** A JSON API call as this device. Refused before any request when not enrolled or revoked. */
export async function callWithDeviceCredential<T>(db: SabilDatabase, path: string, request: Omit<ApiRequest, 'token'> = {}): Promise<T> {
  const enrolment = await getEnrolment(db);
  if (!enrolment) throw new SabilError('enrol/not-enrolled');
  if (enrolment.revokedAt !== null) throw new SabilError('auth/revoked');
  try {
    return await callApi<T>(path, { ...request, token: enrolment.credential });
  } catch (error) {
    if (error instanceof SabilError && error.code === 'auth/revoked') await markRevoked(db, Date.now());
    throw error;
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);

/**
 * `fetch` for non-JSON routes (the pack catalogue and pack files), with the credential when there
 * is a usable one. A 401 becomes the server's SabilError (and `auth/revoked` marks the enrolment),
 * so a download is not retried with a credential the server refuses.
 */
export async function fetchWithDeviceCredential(db: SabilDatabase, url: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  for (const [name, value] of Object.entries(await deviceAuthorization(db))) headers.set(name, value);
  const response = await fetch(url, { ...init, headers });
  if (response.status !== 401) return response;
  const answer: unknown = await response.json().catch(() => null);
  const code: unknown = answer !== null && typeof answer === 'object' ? Reflect.get(answer, 'code') : undefined;
  if (code === 'auth/revoked') await markRevoked(db, Date.now());
  // A code this app knows is one of ErrorCode's members, so the cast names what was just checked.
  throw new SabilError(typeof code === 'string' && KNOWN_CODES.has(code) ? (code as ErrorCode) : 'auth/required', {}, { cause: 401 });
}
