import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { formatBytes } from '../../i18n/format';
import { listPacks, removePack } from '../../data/packs-repo';
import type { PackRow } from '../../data/db';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { getEnrolment } from '../../data/enrolment-repo';
import { fetchCatalogue, localized, type CatalogueEntry } from './catalogue';
import { ImportProgress } from './ImportProgress';
import { usePackImport } from './use-pack-import';
import { sharePack } from './share-pack';
import { refreshTrustedKeys } from './trusted-keys';

/** Where a teacher brings lesson packs onto the device: from the server, a file, or another device. */
export function LibraryScreen() {
  const { t, language } = useTranslation();
  const { db } = useApp();
  const [installed, setInstalled] = useState<PackRow[]>([]);
  const [catalogue, setCatalogue] = useState<CatalogueEntry[] | 'offline' | 'not-enrolled' | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reload = () => void listPacks(db).then(setInstalled);
  const pack = usePackImport(reload);
  const isBusy = pack.state.stage !== null;

  useEffect(() => {
    reload();
    const controller = new AbortController();
    refreshTrustedKeys(db).catch(() => undefined);
    // The server lists its packs only to its school's devices and staff: a device not enrolled (or
    // switched off) is told how to get them rather than shown a failure.
    void getEnrolment(db).then((enrolment) => {
      if (!enrolment || enrolment.revokedAt !== null) setCatalogue('not-enrolled');
      else fetchCatalogue(db, controller.signal).then(setCatalogue, () => setCatalogue('offline'));
    }, () => setCatalogue('offline'));
    return () => controller.abort();
  }, []);

  useEffect(() => {
    // A pack file dropped anywhere on the page is imported like a chosen one.
    const over = (event: DragEvent) => event.preventDefault();
    const drop = (event: DragEvent) => {
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file && !isBusy) void pack.fromFile(file);
    };
    addEventListener('dragover', over);
    addEventListener('drop', drop);
    return () => {
      removeEventListener('dragover', over);
      removeEventListener('drop', drop);
    };
  }, [isBusy]);

  const installedVersion = (id: string) => installed.find((p) => p.id === id)?.version;

  return (
    <section aria-labelledby="library-title" class="stack">
      <h1 id="library-title">{t('library.title')}</h1>
      <ImportProgress state={pack.state} onCancel={pack.cancel} />

      <h2>{t('library.onDevice')}</h2>
      {installed.length === 0 && <p>{t('library.noneOnDevice')}</p>}
      <ul class="stack" aria-label={t('library.onDevice')}>
        {installed.map((row) => (
          <li key={row.id} class="notice stack">
            <strong lang={row.manifest.languages.includes(language) ? language : row.manifest.languages[0]}>{localized(row.manifest.title, language)}</strong>
            <span>{t('library.details', { version: row.version, size: formatBytes(row.sizeBytes) })}</span>
            <span class="row">
              <a class="button" href="/home">{t('library.open')}</a>
              <button type="button" class="button secondary" onClick={() => sharePack(db, row.id, row.version).catch(setError)}>{t('library.share')}</button>
              <button type="button" class="button secondary" onClick={() => setConfirming(row.id)}>{t('library.remove')}</button>
            </span>
            {confirming === row.id && (
              <div role="alertdialog" aria-labelledby={`remove-${row.id}`} class="alert stack">
                <p id={`remove-${row.id}`}>{t('library.removeConfirm', { title: localized(row.manifest.title, language) })}</p>
                <span class="row">
                  <button type="button" class="button danger" onClick={() => removePack(db, row.id).then(() => { setConfirming(null); reload(); }, setError)}>{t('library.removeYes')}</button>
                  <button type="button" class="button secondary" onClick={() => setConfirming(null)}>{t('library.removeNo')}</button>
                </span>
              </div>
            )}
          </li>
        ))}
      </ul>
      <ErrorMessage error={error} />

      <h2>{t('library.fromServer')}</h2>
      {catalogue === 'offline' && <p>{t('library.serverOffline')}</p>}
      {catalogue === 'not-enrolled' && (
        <p>{t('library.notEnrolled')} <a href="/enrol">{t('library.enrolLink')}</a></p>
      )}
      {Array.isArray(catalogue) && catalogue.length === 0 && <p>{t('library.serverEmpty')}</p>}
      {Array.isArray(catalogue) && (
        <ul class="stack" aria-label={t('library.fromServer')}>
          {catalogue.map((entry) => {
            const have = installedVersion(entry.id);
            return (
              <li key={`${entry.id}@${entry.version}`} class="notice stack">
                <strong>{localized(entry.title, language)}</strong>
                <span>{t('library.details', { version: entry.version, size: formatBytes(entry.size) })}</span>
                {have === entry.version ? (
                  <span>{t('library.installed')}</span>
                ) : (
                  <span>
                    <button type="button" class="button" disabled={isBusy} onClick={() => void pack.fromServer(entry)}
                      aria-label={have ? t('library.updateTo', { version: entry.version }) : `${t('library.download')}: ${localized(entry.title, language)}`}>
                      {have ? t('library.updateTo', { version: entry.version }) : t('library.download')}
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <h2>{t('library.fromFile')}</h2>
      <p class="stack">
        <label for="pack-file">{t('library.chooseFile')}</label>
        <input id="pack-file" type="file" accept=".zip,application/zip" disabled={isBusy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (file) void pack.fromFile(file);
            event.currentTarget.value = '';
          }} />
        <span class="hint">{t('library.dropHere')}</span>
      </p>
    </section>
  );
}
