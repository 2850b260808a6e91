/**
 * The signed-in coordinator of this tab, for their screens. Without a session, or when the server
 * refuses it (expired, revoked), the session is cleared and the user sent to sign in again.
 */
import { useCallback, useEffect, useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { SabilError } from '../../core/errors/index';
import { callApi, isCredentialRefused } from '../../sync/api-client';
import { readStaffSession, writeStaffSession, type StaffSession } from '../staff/staff-session';
import type { CallCoordinatorApi } from './coordinator-api';

export function useCoordinatorSession(): { session: StaffSession | null; call: CallCoordinatorApi } {
  const { route } = useLocation();
  const session = useMemo(() => {
    const found = readStaffSession();
    return found?.user.role === 'coordinator' ? found : null;
  }, []);

  useEffect(() => {
    if (!session) route('/sign-in', true);
  }, [session]);

  const call = useCallback<CallCoordinatorApi>(
    async (path, request = {}) => {
      if (!session) throw new SabilError('auth/required'); // the effect above is already sending them to sign in
      try {
        return await callApi(path, { ...request, token: session.token });
      } catch (error) {
        if (isCredentialRefused(error)) {
          writeStaffSession(null);
          route('/sign-in', true);
        }
        throw error;
      }
    },
    [session],
  );
  return { session, call };
}
