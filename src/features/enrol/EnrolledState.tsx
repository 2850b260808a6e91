import { useState } from 'preact/hooks';
import type { EnrolmentRow, RosterRow } from '../../data/db';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { refreshRoster } from './refresh-roster';

interface EnrolledStateProps {
  enrolment: EnrolmentRow;
  roster: RosterRow | undefined;
  /** Set right after enrolling: says so, and shows why the roster could not be fetched, if so. */
  justEnrolled: { rosterError: unknown } | null;
}

/**
 * Which school and class this device serves, since when, and "check now" to fetch the class list
 * again. The school shows by the name the roster brought, else (an older server, no roster yet) by its id.
 */
export function EnrolledState({ enrolment, roster, justEnrolled }: EnrolledStateProps) {
  const { t } = useTranslation();
  const { db, reloadLearners } = useApp();
  const [check, setCheck] = useState<'idle' | 'checking' | 'checked'>('idle');
  const [error, setError] = useState<unknown>(null);

  async function checkNow() {
    setCheck('checking');
    setError(null);
    try {
      await refreshRoster(db);
      await reloadLearners();
      setCheck('checked');
    } catch (failure) {
      setError(failure); // auth/revoked also marks the enrolment: the screen turns to the form
      setCheck('idle');
    }
  }

  const className = enrolment.classId === null
    ? t('enrol.wholeSchool')
    : roster?.classes.find((c) => c.id === enrolment.classId)?.name ?? t('enrol.notKnownYet');

  return (
    <div class="stack">
      <h2>{t('enrol.enrolledTitle')}</h2>
      {justEnrolled && <p class="notice" role="status">{t('enrol.done')}</p>}
      <dl class="facts enrol-facts">
        <dt>{t('enrol.school')}</dt>
        {roster?.schoolName && roster.schoolId === enrolment.schoolId
          ? <dd data-testid="enrolled-school">{roster.schoolName}</dd>
          : <dd dir="ltr" data-testid="enrolled-school">{enrolment.schoolId}</dd>}
        <dt>{t('enrol.class')}</dt>
        <dd data-testid="enrolled-class">{className}</dd>
        <dt>{t('enrol.enrolledAt')}</dt>
        <dd>{formatDateTime(enrolment.enrolledAt)}</dd>
        <dt>{t('enrol.checkedAt')}</dt>
        <dd>{roster ? formatDateTime(roster.fetchedAt) : t('enrol.never')}</dd>
        {roster && <dt>{t('enrol.learners')}</dt>}
        {roster && <dd>{formatNumber(roster.learners.length)}</dd>}
      </dl>
      <p role="status">{check === 'checking' ? t('enrol.checking') : check === 'checked' ? t('enrol.checked') : ''}</p>
      <ErrorMessage error={error ?? (check === 'idle' ? justEnrolled?.rosterError : null)} />
      <p>
        <button type="button" class="button secondary" disabled={check === 'checking'} onClick={() => void checkNow()}>
          {t('enrol.checkNow')}
        </button>
      </p>
    </div>
  );
}
