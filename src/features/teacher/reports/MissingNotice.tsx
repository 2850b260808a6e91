import type { NotOnDeviceLessons } from '../../../core/reports/index';
import { useTranslation } from '../../../i18n/use-translation';

/** What the report could not show: lessons of packs no longer installed (named by pack id), and unreadable records. */
export function MissingNotice({ notOnDevice, setAside }: { notOnDevice: readonly NotOnDeviceLessons[]; setAside: number }) {
  const { t } = useTranslation();
  if (notOnDevice.length === 0 && setAside === 0) return null;
  return (
    <div class="notice stack report-missing">
      {notOnDevice.length > 0 && (
        <>
          <p>{t('reports.notOnDevice', { count: notOnDevice.length })}</p>
          <ul>
            {notOnDevice.map((pack) => <li key={pack.packId} dir="auto">{t('reports.screen.packEvents', { pack: pack.packId, count: pack.events })}</li>)}
          </ul>
        </>
      )}
      {setAside > 0 && <p>{t('reports.setAside', { count: setAside })}</p>}
    </div>
  );
}
