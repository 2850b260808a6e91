/** `/coordinator/sync-health`: every device of every school the coordinator may see; silent after N days (14 unless changed). */
import { useState } from 'preact/hooks';
import { useTranslation } from '../../../i18n/use-translation';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { NeedsConnection } from '../NeedsConnection';
import { useCoordinatorSession } from '../use-coordinator-session';
import { useLoaded } from '../use-loaded';
import { schoolReportsApi } from './school-reports-api';
import { DEFAULT_SILENT_DAYS } from './SyncHealthSection';
import { SyncHealthList } from './SyncHealthList';

export function SyncHealthScreen() {
  const { t } = useTranslation();
  const k = (key: string) => t(`schoolReports.health.${key}`);
  const { session, call } = useCoordinatorSession();
  const [days, setDays] = useState(DEFAULT_SILENT_DAYS);
  const [draft, setDraft] = useState(String(DEFAULT_SILENT_DAYS));
  const health = useLoaded(() => schoolReportsApi.syncHealth(call, days), [call, days]);
  if (!session) return null;

  return (
    <section aria-labelledby="sync-health-page-title" class="coordinator">
      <p><a href="/coordinator">{t('schoolReports.reports.back')}</a></p>
      <h1 id="sync-health-page-title">{k('title')}</h1>
      <NeedsConnection />
      <form
        class="row"
        onSubmit={(event) => {
          event.preventDefault();
          const value = Number(draft);
          if (Number.isInteger(value) && value >= 1 && value <= 9999) setDays(value);
          void health.reload();
        }}
      >
        <label class="stack">
          {k('silentAfter')}
          <input type="number" min={1} max={9999} step={1} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        </label>
        <button type="submit" class="button secondary">{k('refresh')}</button>
      </form>
      <p>{t('schoolReports.health.silentRule', { count: days })}</p>
      <ErrorMessage error={health.error} />
      {!health.value && !health.error && <p role="status">{k('loading')}</p>}
      {health.value && <SyncHealthList health={health.value} showSchool />}
    </section>
  );
}
