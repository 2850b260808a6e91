import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface Props {
  /** Words already translated: the button, the question asked before acting, the yes button. */
  action: string;
  question: string;
  confirm: string;
  run: () => Promise<unknown>;
}

/** A button for something that locks someone out at once (revoking a device, disabling a teacher): it asks first. */
export function ConfirmButton({ action, question, confirm, run }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function go() {
    setBusy(true);
    setError(null);
    try {
      await run();
      setAsking(false);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  if (!asking) {
    return (
      <button type="button" class="button secondary" onClick={() => setAsking(true)}>
        {action}
      </button>
    );
  }
  return (
    <div class="stack confirm" role="group" aria-label={action}>
      <p>{question}</p>
      <ErrorMessage error={error} />
      <div class="row">
        <button type="button" class="button danger" disabled={busy} onClick={() => void go()}>{confirm}</button>
        <button type="button" class="button secondary" disabled={busy} onClick={() => setAsking(false)}>{t('coordinator.cancel')}</button>
      </div>
    </div>
  );
}
