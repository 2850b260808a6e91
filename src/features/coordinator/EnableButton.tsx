import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { coordinatorApi, type CallCoordinatorApi, type Teacher } from './coordinator-api';

interface Props {
  teacher: Teacher;
  call: CallCoordinatorApi;
  onDone: () => Promise<unknown>;
}

/** Lets a disabled teacher sign in again with the password they had; nothing to confirm, since nobody is locked out by it. */
export function EnableButton({ teacher, call, onDone }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function enable() {
    setBusy(true);
    setError(null);
    try {
      await coordinatorApi.enableTeacher(call, teacher.id);
      await onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="stack">
      <ErrorMessage error={error} />
      <p>
        <button type="button" class="button secondary" disabled={busy} onClick={() => void enable()}>
          {t('coordinator.teachers.enable', { name: teacher.displayName })}
        </button>
      </p>
    </div>
  );
}
