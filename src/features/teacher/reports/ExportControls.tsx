import { useEffect, useRef, useState } from 'preact/hooks';
import { localDay } from '../../../core/reports/index';
import { useTranslation } from '../../../i18n/use-translation';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { exportCsv } from '../../reports/export-csv';
import type { ClassReport } from './build-class-report';
import { CSV_KIND_KEYS, CSV_KINDS, csvFileName, csvTableFor, type CsvKind } from './csv-tables';

interface Props {
  report: ClassReport;
  className: string;
  timeZone: string;
}

type Outcome = { kind: 'done' } | { kind: 'cancelled' } | { kind: 'failed'; error: unknown };

/** A CSV of one table, written in chunks with a progress bar and "Cancel"; and the browser's print (or PDF). */
export function ExportControls({ report, className, timeZone }: Props) {
  const { t, language } = useTranslation();
  const [kind, setKind] = useState<CsvKind>('grid');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const running = useRef<AbortController | null>(null);
  // Leaving the screen stops a file nobody will see.
  useEffect(() => () => running.current?.abort(), []);

  async function download() {
    const { table, rowCount } = csvTableFor(kind, report, t, language);
    const controller = new AbortController();
    running.current = controller;
    setOutcome(null);
    setProgress({ done: 0, total: rowCount });
    try {
      await exportCsv(csvFileName(className, kind, localDay(Date.now(), timeZone)), table.header, table.rows, {
        signal: controller.signal,
        onProgress: (done) => setProgress({ done, total: rowCount }),
      });
      setOutcome({ kind: 'done' });
    } catch (error) {
      setOutcome(controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'failed', error });
    } finally {
      running.current = null;
      setProgress(null);
    }
  }

  return (
    <section aria-labelledby="report-download" class="stack report-section no-print">
      <h2 id="report-download">{t('reports.screen.downloadTitle')}</h2>
      <div class="row report-actions">
        <label class="stack">
          <span>{t('reports.screen.table')}</span>
          <select value={kind} disabled={progress !== null} onChange={(event) => setKind(CSV_KINDS.find((k) => k === event.currentTarget.value) ?? 'grid')}>
            {CSV_KINDS.map((k) => <option key={k} value={k}>{t(CSV_KIND_KEYS[k])}</option>)}
          </select>
        </label>
        <button type="button" class="button" disabled={progress !== null} onClick={() => void download()}>{t('reports.export.csv')}</button>
        <button type="button" class="button secondary" onClick={() => window.print()}>{t('reports.export.print')}</button>
      </div>
      {progress && (
        <div class="stack">
          <progress aria-labelledby="report-export-status" max={Math.max(1, progress.total)} value={Math.min(progress.done, Math.max(1, progress.total))} />
          <p id="report-export-status" role="status">{t('reports.export.progress', { count: progress.done })}</p>
          <p><button type="button" class="button secondary" onClick={() => running.current?.abort()}>{t('reports.export.cancel')}</button></p>
        </div>
      )}
      {outcome?.kind === 'done' && <p role="status">{t('reports.export.done')}</p>}
      {outcome?.kind === 'cancelled' && <p role="status">{t('reports.screen.cancelled')}</p>}
      {outcome?.kind === 'failed' && <ErrorMessage error={outcome.error} />}
    </section>
  );
}
