import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { clearCodeFromAddress, readCodeFromAddress } from './code-from-address';
import type { EnrolResult } from './enrol-device';
import { EnrolForm } from './EnrolForm';
import { EnrolledState } from './EnrolledState';
import { useEnrolment } from './use-enrolment';

/**
 * `/enrol`: links this device to a school with a code typed, scanned, or brought by the QR code's
 * link (`#code=…`). Enrolled, it shows the school and class; revoked, it says so and asks again.
 */
export function EnrolScreen() {
  const { t } = useTranslation();
  const { db } = useApp();
  const [linkCode, setLinkCode] = useState(readCodeFromAddress);
  const { isLoaded, enrolment, roster, error } = useEnrolment(db);
  const [justEnrolled, setJustEnrolled] = useState<EnrolResult | null>(null);

  useEffect(() => {
    if (linkCode !== null) clearCodeFromAddress();
  }, []);
  // Once tried, the link's code is not offered again (e.g. in "enrol again" after it worked).
  const forgetLinkCode = () => setLinkCode(null);

  const isEnrolled = enrolment !== undefined && enrolment.revokedAt === null;
  const isRevoked = enrolment !== undefined && enrolment.revokedAt !== null;

  return (
    <section aria-labelledby="enrol-title" class="stack enrol-screen">
      <h1 id="enrol-title">{t('enrol.title')}</h1>
      <ErrorMessage error={error} />
      {isLoaded && isEnrolled && (
        <>
          <EnrolledState key={enrolment.credential} enrolment={enrolment} roster={roster} justEnrolled={justEnrolled} />
          <details class="enrol-again" open={linkCode !== null}>
            <summary>{t('enrol.enrolAgain')}</summary>
            <EnrolForm linkCode={linkCode} onAttempt={forgetLinkCode} onEnrolled={setJustEnrolled} />
          </details>
        </>
      )}
      {isLoaded && !isEnrolled && (
        <>
          {isRevoked ? (
            <div class="stack">
              <h2>{t('enrol.revokedTitle')}</h2>
              <p>{t('enrol.revokedText')}</p>
            </div>
          ) : (
            <p>{t('enrol.intro')}</p>
          )}
          <EnrolForm linkCode={linkCode} onAttempt={forgetLinkCode} onEnrolled={setJustEnrolled} />
        </>
      )}
    </section>
  );
}
