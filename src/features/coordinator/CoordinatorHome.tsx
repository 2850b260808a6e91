import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { coordinatorApi } from './coordinator-api';
import { NameForm } from './NameForm';
import { NeedsConnection } from './NeedsConnection';
import { SignOutButton } from './SignOutButton';
import { useCoordinatorSession } from './use-coordinator-session';
import { useLoaded } from './use-loaded';

/** `/coordinator`: the coordinator's schools, adding one, the audit log and signing out. */
export function CoordinatorHome() {
  const { t } = useTranslation();
  const { session, call } = useCoordinatorSession();
  const schools = useLoaded(() => coordinatorApi.listSchools(call), [call]);
  if (!session) return null;

  return (
    <section aria-labelledby="coordinator-title" class="coordinator">
      <h1 id="coordinator-title">{t('coordinator.home.title')}</h1>
      <div class="row">
        <p>{t('coordinator.home.signedInAs', { name: session.user.displayName })}</p>
        <SignOutButton session={session} />
      </div>
      <NeedsConnection />
      <h2>{t('coordinator.home.schools')}</h2>
      <ErrorMessage error={schools.error} />
      {schools.value?.length === 0 && <p>{t('coordinator.home.noSchools')}</p>}
      {schools.value && schools.value.length > 0 && (
        <ul class="stack">
          {schools.value.map((school) => (
            <li key={school.id}>
              <a href={`/coordinator/schools/${encodeURIComponent(school.id)}`}>{school.name}</a>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('coordinator.home.addSchool')}</h2>
      <NameForm
        label={t('coordinator.home.schoolName')}
        action={t('coordinator.home.addSchool')}
        submit={async (name) => {
          await coordinatorApi.createSchool(call, name);
          await schools.reload();
        }}
      />
      <h2>{t('schoolReports.home.title')}</h2>
      <ul class="stack">
        <li><a href="/coordinator/reports">{t('schoolReports.home.reportsLink')}</a></li>
        <li><a href="/coordinator/sync-health">{t('schoolReports.home.syncHealthLink')}</a></li>
      </ul>
      <h2>{t('coordinator.home.auditTitle')}</h2>
      <p>
        <a href="/coordinator/audit">{t('coordinator.home.auditLink')}</a>
      </p>
    </section>
  );
}
