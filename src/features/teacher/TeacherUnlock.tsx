import { useEffect, useState } from 'preact/hooks';
import type { TeacherRow } from '../../data/db';
import type { PinCheck } from '../../data/learners-repo';
import { checkTeacherPassword } from '../../data/teachers-repo';
import { lockRemainingMs } from '../../core/profiles/index';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface Props {
  teachers: TeacherRow[];
  onUnlocked(teacher: TeacherRow): void;
}

/** Opens the teacher view with the password, checked on the device, so it works offline. */
export function TeacherUnlock({ teachers, onUnlocked }: Props) {
  const { t } = useTranslation();
  const { db } = useApp();
  const [userId, setUserId] = useState(teachers.length === 1 ? teachers[0]?.userId ?? '' : '');
  const [password, setPassword] = useState('');
  const [result, setResult] = useState<PinCheck | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [lockedUntil, setLockedUntil] = useState(0);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    const chosen = teachers.find((k) => k.userId === userId);
    setLockedUntil(chosen ? Date.now() + lockRemainingMs(chosen.attempts, Date.now()) : 0);
    setResult(null);
  }, [userId, teachers]);

  useEffect(() => {
    if (lockedUntil <= now) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [lockedUntil, now]);

  const secondsLeft = Math.ceil(Math.max(0, lockedUntil - now) / 1000);

  async function submit(event: Event) {
    event.preventDefault();
    const teacher = teachers.find((k) => k.userId === userId);
    if (!teacher) return;
    setBusy(true);
    setError(null);
    try {
      const check = await checkTeacherPassword(db, teacher.userId, password, Date.now());
      setPassword('');
      setResult(check);
      if (check.ok) onUnlocked(teacher);
      else if (check.reason === 'locked') {
        setLockedUntil(Date.now() + check.retryInMs);
        setNow(Date.now());
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="teacher-unlock-title" class="stack">
      <h1 id="teacher-unlock-title">{t('teacher.title')}</h1>
      {teachers.length === 0 ? (
        <p>{t('teacher.noTeachers')}</p>
      ) : (
        <form class="stack" onSubmit={(event) => void submit(event)}>
          <p>{t('teacher.unlockIntro')}</p>
          <fieldset>
            <legend>{t('teacher.teacher')}</legend>
            {teachers.map((teacher) => (
              <label key={teacher.userId} class="row">
                <input type="radio" name="teacher" value={teacher.userId} checked={userId === teacher.userId} required
                  onChange={() => setUserId(teacher.userId)} />
                {teacher.displayName}
              </label>
            ))}
          </fieldset>
          <label class="stack">
            <span>{t('teacher.password')}</span>
            <input type="password" name="password" autoComplete="current-password" dir="ltr" required value={password}
              onInput={(event) => setPassword(event.currentTarget.value)} />
          </label>
          {secondsLeft > 0 ? (
            <p class="alert" role="alert">{t('teacher.locked', { count: secondsLeft })}</p>
          ) : (
            result && !result.ok && result.reason === 'wrong' && <p class="alert" role="alert">{t('teacher.wrong', { count: result.triesLeft })}</p>
          )}
          <ErrorMessage error={error} />
          <p>
            <button type="submit" class="button" disabled={busy || secondsLeft > 0 || userId === ''}>
              {busy ? t('teacher.checking') : t('teacher.open')}
            </button>
          </p>
        </form>
      )}
      <p><a href="/sign-in">{t('teacher.signInHere')}</a></p>
    </section>
  );
}
