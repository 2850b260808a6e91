import { useLocation } from 'preact-iso';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { useEnrolment } from './use-enrolment';

/**
 * On every screen while this device's credential is revoked: say so, and lead to a new enrolment.
 * Not on `/enrol` itself, which says the same above its form (the banner would cover the form).
 */
export function DeviceRevokedBanner() {
  const { t } = useTranslation();
  const { db } = useApp();
  const { path } = useLocation();
  const { enrolment } = useEnrolment(db);
  if (!enrolment || enrolment.revokedAt === null || path === '/enrol') return null;
  return (
    <div class="revoked-banner" role="alert">
      <span>{t('enrol.revokedBanner')}</span>
      <a class="button" href="/enrol">{t('enrol.revokedAction')}</a>
    </div>
  );
}
