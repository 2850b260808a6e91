import { useTranslation } from '../../i18n/use-translation';
import { formatNumber } from '../../i18n/format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { localized } from './catalogue';
import type { ImportState } from './use-pack-import';

const STAGE_KEYS = { downloading: 'library.downloading', checking: 'library.checking', saving: 'library.saving' } as const;

/** The bar and the words for a pack on its way in; cancel only while downloading. */
export function ImportProgress({ state, onCancel }: { state: ImportState; onCancel(): void }) {
  const { t, language } = useTranslation();
  if (state.stage) {
    return (
      <div class="notice stack" role="status">
        <label for="import-progress">{t(STAGE_KEYS[state.stage])}</label>
        <progress id="import-progress" max={1} value={state.fraction} aria-valuetext={formatNumber(state.fraction, { style: 'percent' })} />
        {state.stage === 'downloading' && (
          <p><button type="button" class="button secondary" onClick={onCancel}>{t('library.cancel')}</button></p>
        )}
      </div>
    );
  }
  if (state.done) return <p class="notice" role="status">{t('library.ready', { title: localized(state.done.title, language) })}</p>;
  if (state.stopped) return <p class="notice" role="status">{t('library.stopped')}</p>;
  return <ErrorMessage error={state.error} />;
}
