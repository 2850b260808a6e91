import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { signInStaff } from './sign-in';
import { writeStaffSession } from './staff-session';
import { rememberTeacherOnDevice } from '../teacher/remember-teacher';

/** Sign-in for coordinators and teachers, online. Coordinators go to their schools, teachers to their class. */
export function SignInScreen() {
  const { t } = useTranslation();
  const { route } = useLocation();
  const { db } = useApp();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await signInStaff(login, password);
      if (session.user.role === 'coordinator') {
        writeStaffSession(session);
        route('/coordinator');
      } else {
        await rememberTeacherOnDevice(db, session, password);
        route('/teacher');
      }
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('staff.signInTitle')}</h1>
      <p>{t('staff.signInIntro')}</p>
      <form class="stack" onSubmit={(event) => void submit(event)}>
        <label class="stack">
          <span>{t('staff.login')}</span>
          <input name="username" autoComplete="username" dir="ltr" required value={login}
            onInput={(event) => setLogin(event.currentTarget.value)} />
        </label>
        <label class="stack">
          <span>{t('staff.password')}</span>
          <input name="password" type="password" autoComplete="current-password" dir="ltr" required value={password}
            onInput={(event) => setPassword(event.currentTarget.value)} />
        </label>
        <ErrorMessage error={error} />
        <p>
          <button type="submit" class="button" disabled={busy}>{busy ? t('staff.signingIn') : t('staff.signIn')}</button>
        </p>
      </form>
    </section>
  );
}
