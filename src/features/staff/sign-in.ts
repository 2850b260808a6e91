/** `POST /api/v1/auth/sign-in` and `sign-out`, shared by the coordinator's and the teacher's screens. */
import { callApi } from '../../sync/api-client';
import type { StaffSession, StaffUser } from './staff-session';

interface SignInAnswer {
  token: string;
  expiresAt: string;
  user: StaffUser;
}

export async function signInStaff(login: string, password: string, signal?: AbortSignal): Promise<StaffSession> {
  const answer = await callApi<SignInAnswer>('/auth/sign-in', { body: { login: login.trim(), password }, signal });
  return { token: answer.token, expiresAt: Date.parse(answer.expiresAt), user: answer.user };
}

/** Ends the session on the server when it can be reached; locally it ends either way. */
export async function signOutStaff(token: string): Promise<void> {
  await callApi<void>('/auth/sign-out', { method: 'POST', token }).catch(() => undefined);
}
