import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { coordinatorApi, type CallCoordinatorApi, type NewTeacher, type SchoolClass } from './coordinator-api';

interface Props {
  schoolId: string;
  classes: SchoolClass[];
  call: CallCoordinatorApi;
  onAdded: (teacher: NewTeacher) => void;
}

/** Login, name and classes of a new teacher; the server answers with their password. */
export function AddTeacherForm({ schoolId, classes, call, onAdded }: Props) {
  const { t } = useTranslation();
  const [login, setLogin] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [classIds, setClassIds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onAdded(await coordinatorApi.createTeacher(call, schoolId, { login: login.trim(), displayName: displayName.trim(), classIds }));
      setLogin('');
      setDisplayName('');
      setClassIds([]);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const toggle = (id: string, on: boolean) => setClassIds((ids) => (on ? [...ids, id] : ids.filter((other) => other !== id)));

  return (
    <form class="stack" onSubmit={(event) => void submit(event)}>
      <label class="stack">
        <span>{t('coordinator.teachers.displayName')}</span>
        <input type="text" required maxLength={100} value={displayName} onInput={(event) => setDisplayName(event.currentTarget.value)} />
      </label>
      <label class="stack">
        <span>{t('staff.login')}</span>
        <input type="text" required dir="ltr" autoComplete="off" pattern="[A-Za-z0-9._@\-]{3,100}" aria-describedby="teacher-login-hint"
          value={login} onInput={(event) => setLogin(event.currentTarget.value)} />
        <span class="hint" id="teacher-login-hint">{t('coordinator.teachers.loginHint')}</span>
      </label>
      {classes.length > 0 && (
        <fieldset class="stack">
          <legend>{t('coordinator.teachers.classes')}</legend>
          {classes.map((schoolClass) => (
            <label key={schoolClass.id} class="row check">
              <input type="checkbox" checked={classIds.includes(schoolClass.id)} onChange={(event) => toggle(schoolClass.id, event.currentTarget.checked)} />
              <span>{schoolClass.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      <ErrorMessage error={error} />
      <p>
        <button type="submit" class="button" disabled={busy}>{t('coordinator.teachers.add')}</button>
      </p>
    </form>
  );
}
