/**
 * Sync on the Device screen: when it last worked, how much progress waits to be sent, the last
 * problem in words, and "Sync now" with a progress bar. A device that is not enrolled, or was
 * switched off, says so instead of offering to sync.
 */
import { ERROR_CODES, SabilError, type ErrorCode } from '../../core/errors/index';
import type { SyncStateRow } from '../../data/db';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useApp } from '../shell/app-context';
import type { SyncSchedulerStatus } from '../../sync/sync-scheduler';
import { useSyncStatus } from './use-sync-status';

const KNOWN: ReadonlySet<string> = new Set(ERROR_CODES);

function storedError(error: SyncStateRow['lastError']): SabilError | null {
  if (!error) return null;
  // A code this version does not know (saved by a newer one) gets the generic sentence.
  return KNOWN.has(error.code) ? new SabilError(error.code as ErrorCode, error.params) : new SabilError('internal/unexpected');
}

function ProgressLine({ live }: { live: SyncSchedulerStatus }) {
  const { t } = useTranslation();
  if (live.running) {
    const progress = live.progress;
    const text = !progress
      ? t('sync.preparing')
      : progress.sent < progress.total
        ? t('sync.sending', { sent: formatNumber(progress.sent), total: formatNumber(progress.total) })
        : t('sync.receiving');
    const fraction = progress && progress.total > 0 ? progress.sent / progress.total : undefined;
    return (
      <div class="stack" role="status">
        <label for="sync-progress">{text}</label>
        <progress id="sync-progress" max={1} value={fraction} />
      </div>
    );
  }
  if (!live.lastOutcome) return null;
  return <p role="status">{t(live.lastOutcome.status === 'done' ? 'sync.done' : 'sync.failed')}</p>;
}

export function SyncPanel() {
  const { t } = useTranslation();
  const { db } = useApp();
  const { stored, live, scheduler } = useSyncStatus(db);
  if (!stored) return null;
  const { state, waiting, waitingForRoster, enrolment, assignmentsWaiting } = stored;
  const blocked = !enrolment ? 'sync.notEnrolled' : enrolment.revokedAt !== null ? 'sync.revoked' : null;

  return (
    <section aria-labelledby="sync-title" class="stack">
      <h2 id="sync-title">{t('sync.title')}</h2>
      <dl class="facts">
        <dt>{t('sync.lastSuccess')}</dt>
        <dd data-testid="sync-last-success">{state.lastSuccessAt === null ? t('sync.never') : formatDateTime(state.lastSuccessAt)}</dd>
        <dt>{t('sync.waiting')}</dt>
        <dd data-testid="sync-waiting">{formatNumber(waiting)}</dd>
        {waitingForRoster > 0 && (
          <>
            <dt>{t('sync.waitingForRoster')}</dt>
            <dd data-testid="sync-waiting-for-roster">{formatNumber(waitingForRoster)}</dd>
          </>
        )}
        {assignmentsWaiting > 0 && (
          <>
            <dt>{t('assignments.sync.waiting')}</dt>
            <dd data-testid="sync-assignments-waiting">{formatNumber(assignmentsWaiting)}</dd>
          </>
        )}
      </dl>
      {blocked ? (
        <p role="status">{t(blocked)}</p>
      ) : (
        <>
          {state.lastError && (
            <div>
              <h3>{t('sync.lastError')}</h3>
              <ErrorMessage error={storedError(state.lastError)} />
            </div>
          )}
          {live && <ProgressLine live={live} />}
          <p>
            <button type="button" class="button" disabled={!scheduler || live?.running} onClick={() => scheduler?.trigger('manual')}>
              {t('sync.syncNow')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
