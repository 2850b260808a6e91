import { useMemo, useState } from 'preact/hooks';
import { parseRosterCsv, type ParsedRoster } from '../../core/roster/index';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { coordinatorApi, type CallCoordinatorApi, type RosterLearner } from './coordinator-api';
import { RosterReport } from './RosterReport';

interface Props {
  classId: string;
  learners: readonly RosterLearner[];
  call: CallCoordinatorApi;
  onImported: () => Promise<void>;
}

/**
 * Choosing a CSV file of learners for a class: it is read here first and the rows that cannot be
 * imported are listed before anything is sent; then the other rows are imported in one go. The
 * preview is worked out again whenever the class's learners change, so a refusal by the server
 * (someone imported the same names meanwhile) shows up in the table after the reload.
 */
export function RosterImport({ classId, learners, call, onImported }: Props) {
  const { t } = useTranslation();
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [imported, setImported] = useState(0);

  const preview = useMemo((): { parsed?: ParsedRoster; error?: unknown } => {
    if (!file) return {};
    try {
      return { parsed: parseRosterCsv(file.bytes, learners.map((l) => l.displayName)) };
    } catch (failure) {
      return { error: failure };
    }
  }, [file, learners]);

  async function choose(input: HTMLInputElement) {
    setError(null);
    setImported(0);
    const chosen = input.files?.[0];
    setFile(chosen ? { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) } : null);
  }

  async function runImport(names: string[]) {
    setBusy(true);
    setError(null);
    try {
      await coordinatorApi.importLearners(call, classId, names);
      setImported(names.length);
      setFile(null);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      await onImported();
    }
  }

  const parsed = preview.parsed;
  return (
    <div class="stack">
      <label class="stack">
        <span>{t('coordinator.roster.chooseFile')}</span>
        <input type="file" accept=".csv,text/csv" aria-describedby="roster-file-hint" onChange={(event) => void choose(event.currentTarget)} />
        <span class="hint" id="roster-file-hint">{t('coordinator.roster.fileHint')}</span>
      </label>
      <ErrorMessage error={preview.error ?? error} />
      <p role="status">{imported > 0 && t('coordinator.roster.imported', { count: imported })}</p>
      {parsed && (
        <div class="stack">
          <p>{t('coordinator.roster.ready', { count: parsed.valid.length })}</p>
          {parsed.problems.length > 0 && <RosterReport problems={parsed.problems} />}
          {parsed.valid.length > 0 && (
            <p class="row">
              <button type="button" class="button" disabled={busy} onClick={() => void runImport(parsed.valid.map((r) => r.name))}>
                {parsed.problems.length > 0
                  ? t('coordinator.roster.importSkipping', { count: parsed.valid.length, skipped: parsed.problems.length })
                  : t('coordinator.roster.importAll', { count: parsed.valid.length })}
              </button>
              <button type="button" class="button secondary" disabled={busy} onClick={() => setFile(null)}>{t('coordinator.cancel')}</button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
