import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { useEnrolment } from './use-enrolment';

/** The Device screen's "School" line: enrolled, not enrolled or removed, with the way to change it. */
export function EnrolmentFact() {
  const { t } = useTranslation();
  const { db } = useApp();
  const { isLoaded, enrolment } = useEnrolment(db);
  const state = !enrolment ? 'deviceNotEnrolled' : enrolment.revokedAt !== null ? 'deviceRevoked' : 'deviceEnrolled';
  return (
    <>
      <dt>{t('enrol.school')}</dt>
      <dd data-testid="enrolment-state">
        {isLoaded && <span>{t(`enrol.${state}`)} · </span>}
        <a href="/enrol">{t('enrol.deviceManage')}</a>
      </dd>
    </>
  );
}
