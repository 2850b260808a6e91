import { useState } from 'preact/hooks';
import { formatCode } from '../../core/enrolment/index';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { enrolDevice, type EnrolResult } from './enrol-device';
import { QrScanner } from './QrScanner';
import { RetryWait } from './RetryWait';

interface EnrolFormProps {
  /** A code that came in the address (a phone's camera app opened the QR code's link). */
  linkCode: string | null;
  /** A request is about to be made: the link's code has been used, whatever the answer. */
  onAttempt?(): void;
  onEnrolled(result: EnrolResult): void;
}

/** Type or scan an enrolment code. A mistyped code is caught here, before any request. */
export function EnrolForm({ linkCode, onAttempt, onEnrolled }: EnrolFormProps) {
  const { t } = useTranslation();
  const { db, reloadLearners } = useApp();
  const [code, setCode] = useState(linkCode ?? '');
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  const [isScanning, setScanning] = useState(false);

  async function enrol(typed: string) {
    setBusy(true);
    setError(null);
    onAttempt?.();
    try {
      const result = await enrolDevice(db, typed);
      await reloadLearners(); // the roster's learners are now profiles on the avatar grid
      setBusy(false);
      onEnrolled(result);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  }

  return (
    <form class="stack" noValidate onSubmit={(event) => {
      event.preventDefault();
      void enrol(code);
    }}>
      <label for="enrol-code">{t('enrol.codeLabel')}</label>
      <input id="enrol-code" type="text" name="code" class="code-input" dir="ltr" inputMode="text" autoCapitalize="characters"
        autoComplete="off" autoCorrect="off" spellcheck={false} enterKeyHint="go" maxLength={30} aria-describedby="enrol-code-hint"
        value={code} onInput={(event) => setCode(event.currentTarget.value)} />
      <p id="enrol-code-hint" class="hint">{t('enrol.codeHint')}</p>
      {linkCode !== null && code === linkCode && <p class="notice">{t('enrol.prefilled')}</p>}
      <ErrorMessage error={error} />
      <RetryWait error={error} />
      <p class="row">
        <button type="submit" class="button" disabled={isBusy}>{isBusy ? t('enrol.submitting') : t('enrol.submit')}</button>
        {!isScanning && (
          <button type="button" class="button secondary" disabled={isBusy} onClick={() => {
            setError(null);
            setScanning(true);
          }}>{t('enrol.scan')}</button>
        )}
      </p>
      {isScanning && (
        <QrScanner
          onClose={() => setScanning(false)}
          onCode={(scanned) => {
            setScanning(false);
            setCode(formatCode(scanned));
            void enrol(scanned);
          }}
        />
      )}
    </form>
  );
}
