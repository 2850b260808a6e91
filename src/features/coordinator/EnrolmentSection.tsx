import { useState } from 'preact/hooks';
import { enrolmentQrText, formatCode } from '../../core/enrolment/index';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { QrCode } from '../../ui/QrCode';
import { coordinatorApi, type CallCoordinatorApi, type EnrolmentCode, type SchoolClass } from './coordinator-api';
import { Countdown } from './Countdown';

interface Props {
  schoolId: string;
  classes: SchoolClass[];
  call: CallCoordinatorApi;
}

/** The code shown with the time it was received: the countdown runs from there, not from `expiresAt`. */
interface ShownCode extends EnrolmentCode {
  deadline: number;
}

/** Making an enrolment code for a device of this school (or one class), shown large, with a QR code and its time left. */
export function EnrolmentSection({ schoolId, classes, call }: Props) {
  const { t } = useTranslation();
  const [classId, setClassId] = useState('');
  const [minutes, setMinutes] = useState(10);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [shown, setShown] = useState<ShownCode | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const code = await coordinatorApi.createEnrolmentCode(call, schoolId, { ...(classId ? { classId } : {}), ttlMinutes: minutes });
      // The device's clock may be wrong by years, so the deadline is counted from now on this
      // device rather than read from the server's `expiresAt`.
      setShown({ ...code, deadline: Date.now() + minutes * 60_000 });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const shownClass = classes.find((c) => c.id === shown?.classId);
  return (
    <section aria-labelledby="enrol-title">
      <h2 id="enrol-title">{t('coordinator.enrol.title')}</h2>
      <p class="hint">{t('coordinator.enrol.intro')}</p>
      <form class="stack" onSubmit={(event) => void submit(event)}>
        <div class="stack">
          <label for="enrol-class">{t('coordinator.enrol.class')}</label>
          <select id="enrol-class" value={classId} onChange={(event) => setClassId(event.currentTarget.value)}>
            <option value="">{t('coordinator.enrol.wholeSchool')}</option>
            {classes.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
          </select>
        </div>
        <label class="stack">
          <span>{t('coordinator.enrol.minutes')}</span>
          <input type="number" min={1} max={60} step={1} required value={minutes} class="narrow"
            onInput={(event) => setMinutes(Math.round(Number(event.currentTarget.value)))} />
        </label>
        <ErrorMessage error={error} />
        <p>
          <button type="submit" class="button" disabled={busy}>{t('coordinator.enrol.create')}</button>
        </p>
      </form>
      {shown && (
        <div class="enrolment-code stack" aria-labelledby="enrol-code-title">
          <h3 id="enrol-code-title">{shownClass ? t('coordinator.enrol.codeForClass', { name: shownClass.name }) : t('coordinator.enrol.codeForSchool')}</h3>
          <p class="code-text" dir="ltr" data-testid="enrolment-code">{formatCode(shown.code)}</p>
          <Countdown deadline={shown.deadline} />
          <QrCode text={enrolmentQrText(location.origin, shown.code)} label={t('coordinator.enrol.qrLabel', { code: formatCode(shown.code) })} />
          <p class="hint">{t('coordinator.enrol.howTo')}</p>
        </div>
      )}
    </section>
  );
}
