import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';

interface Props {
  /** The field's label and the button's words, already translated. */
  label: string;
  action: string;
  submit: (name: string) => Promise<unknown>;
}

/** One name and a button: adding a school or a class. Says what was added, for screen readers too. */
export function NameForm({ label, action, submit }: Props) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState('');

  async function onSubmit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setAdded('');
    try {
      await submit(name.trim());
      setAdded(name.trim());
      setName('');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="stack" onSubmit={(event) => void onSubmit(event)}>
      <label class="stack">
        <span>{label}</span>
        <input type="text" required maxLength={100} value={name} onInput={(event) => setName(event.currentTarget.value)} />
      </label>
      <ErrorMessage error={error} />
      <p role="status" class="hint">{added && t('coordinator.added', { name: added })}</p>
      <p>
        <button type="submit" class="button" disabled={busy}>{action}</button>
      </p>
    </form>
  );
}
