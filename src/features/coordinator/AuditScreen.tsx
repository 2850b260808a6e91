import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { loadAuditNames } from './audit-names';
import { AuditRow } from './AuditRow';
import { coordinatorApi } from './coordinator-api';
import { NeedsConnection } from './NeedsConnection';
import { useCoordinatorSession } from './use-coordinator-session';
import { useLoaded } from './use-loaded';

/** `/coordinator/audit`: what was done in the coordinator's schools, newest first. */
export function AuditScreen() {
  const { t } = useTranslation();
  const { session, call } = useCoordinatorSession();
  const log = useLoaded(async () => {
    const entries = await coordinatorApi.listAudit(call);
    return { entries, names: await loadAuditNames(call, entries) };
  }, [call]);
  if (!session) return null;

  const shown = log.value;
  return (
    <section aria-labelledby="audit-title" class="coordinator">
      <p>
        <a href="/coordinator">{t('coordinator.school.back')}</a>
      </p>
      <h1 id="audit-title">{t('coordinator.audit.title')}</h1>
      <NeedsConnection />
      <ErrorMessage error={log.error} />
      {shown?.entries.length === 0 && <p>{t('coordinator.audit.none')}</p>}
      {shown && shown.entries.length > 0 && (
        <div class="table-scroll" role="region" aria-labelledby="audit-title" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('coordinator.audit.when')}</th>
                <th scope="col">{t('coordinator.audit.who')}</th>
                <th scope="col">{t('coordinator.audit.action')}</th>
                <th scope="col">{t('coordinator.audit.school')}</th>
                <th scope="col">{t('coordinator.audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.entries.map((entry) => <AuditRow key={entry.id} entry={entry} names={shown.names} selfId={session.user.id} />)}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
