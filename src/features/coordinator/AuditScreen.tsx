import { useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { loadAuditNames, type AuditNames } from './audit-names';
import { AuditRow } from './AuditRow';
import { coordinatorApi, type AuditEntry, type CallCoordinatorApi } from './coordinator-api';
import { NeedsConnection } from './NeedsConnection';
import { useCoordinatorSession } from './use-coordinator-session';
import { useLoaded } from './use-loaded';

interface AuditPages {
  entries: AuditEntry[];
  names: AuditNames;
  /** The cursor of the next, older page; null when there is none. */
  next: string | null;
}

async function loadPage(call: CallCoordinatorApi, before: string | null, shown?: AuditPages): Promise<AuditPages> {
  const page = await coordinatorApi.listAudit(call, before);
  const names = await loadAuditNames(call, page.entries);
  if (!shown) return { entries: page.entries, names, next: page.next };
  const merged: AuditNames = {
    schools: new Map([...shown.names.schools, ...names.schools]),
    classes: new Map([...shown.names.classes, ...names.classes]),
    users: new Map([...shown.names.users, ...names.users]),
  };
  return { entries: [...shown.entries, ...page.entries], names: merged, next: page.next };
}

/** `/coordinator/audit`: what was done in the coordinator's schools, newest first, a page at a time. */
export function AuditScreen() {
  const { t } = useTranslation();
  const { session, call } = useCoordinatorSession();
  const log = useLoaded(() => loadPage(call, null), [call]);
  const [more, setMore] = useState<AuditPages | null>(null);
  const [isLoadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);

  async function showOlder(shown: AuditPages) {
    setLoadingMore(true);
    setMoreError(null);
    try {
      setMore(await loadPage(call, shown.next, shown));
    } catch (failure) {
      setMoreError(failure);
    } finally {
      setLoadingMore(false);
    }
  }
  if (!session) return null;

  const shown = more ?? log.value;
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
      <ErrorMessage error={moreError} />
      {shown?.next && (
        <p>
          <button type="button" class="button secondary" disabled={isLoadingMore} onClick={() => void showOlder(shown)}>
            {t('coordinator.audit.older')}
          </button>
        </p>
      )}
    </section>
  );
}
