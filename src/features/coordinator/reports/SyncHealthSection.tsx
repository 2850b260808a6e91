/** The school screen's sync health section: this school's devices, silent after 14 days. */
import { useTranslation } from '../../../i18n/use-translation';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import type { CallCoordinatorApi } from '../coordinator-api';
import { useLoaded } from '../use-loaded';
import { schoolReportsApi } from './school-reports-api';
import { SyncHealthList } from './SyncHealthList';

export const DEFAULT_SILENT_DAYS = 14;

export function SyncHealthSection({ schoolId, call }: { schoolId: string; call: CallCoordinatorApi }) {
  const { t } = useTranslation();
  const health = useLoaded(() => schoolReportsApi.schoolSyncHealth(call, schoolId, DEFAULT_SILENT_DAYS), [call, schoolId]);
  return (
    <section aria-labelledby="sync-health-title">
      <h2 id="sync-health-title">{t('schoolReports.health.sectionTitle')}</h2>
      <p>{t('schoolReports.health.silentRule', { count: DEFAULT_SILENT_DAYS })}</p>
      <p>
        <button type="button" class="button secondary" onClick={() => void health.reload()}>{t('schoolReports.health.refresh')}</button>
      </p>
      <ErrorMessage error={health.error} />
      {health.value && <SyncHealthList health={health.value} showSchool={false} />}
    </section>
  );
}
