import { useLocation } from 'preact-iso';
import { useTranslation } from '../../i18n/use-translation';
import { signOutStaff } from '../staff/sign-in';
import { writeStaffSession, type StaffSession } from '../staff/staff-session';

/** Ends the session here at once, and on the server when it can be reached. */
export function SignOutButton({ session }: { session: StaffSession }) {
  const { t } = useTranslation();
  const { route } = useLocation();
  async function signOut() {
    writeStaffSession(null);
    await signOutStaff(session.token);
    route('/sign-in');
  }
  return (
    <button type="button" class="button secondary" onClick={() => void signOut()}>
      {t('staff.signOut')}
    </button>
  );
}
