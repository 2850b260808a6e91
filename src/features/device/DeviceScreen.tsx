import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { formatBytes, formatNumber } from '../../i18n/format';
import { EnrolmentFact } from '../enrol/EnrolmentFact';
import { readStorageInfo, requestPersistentStorage, type StorageInfo } from './storage-info';
// The Device screen is itself loaded on demand, so the sync panel adds nothing to the first screen.
import { SyncPanel } from '../sync/SyncPanel';

/** Device facts a teacher or coordinator checks: is data safe, how much space, which version and id. */
export function DeviceScreen() {
  const { t } = useTranslation();
  const { device, learners } = useApp();
  const [info, setInfo] = useState<StorageInfo | null>(null);

  const refresh = () => readStorageInfo().then(setInfo);
  useEffect(() => void refresh(), []);

  const size = (bytes: number | null) => (bytes === null ? t('device.unknown') : formatBytes(bytes));
  const available = info && info.quota !== null && info.usage !== null ? info.quota - info.usage : null;

  return (
    <section aria-labelledby="device-title">
      <h1 id="device-title">{t('device.title')}</h1>
      <dl class="facts">
        <dt>{t('device.persistent')}</dt>
        <dd data-testid="persistence">
          {info && t(info.persistence === 'persistent' ? 'device.persistentYes' : info.persistence === 'best-effort' ? 'device.persistentNo' : 'device.persistentUnsupported')}
        </dd>
        <dt>{t('device.used')}</dt>
        <dd>{info && size(info.usage)}</dd>
        <dt>{t('device.available')}</dt>
        <dd>{info && size(available)}</dd>
        <EnrolmentFact />
        <dt>{t('device.learners')}</dt>
        <dd>{formatNumber(learners.length)}</dd>
        <dt>{t('device.version')}</dt>
        <dd dir="ltr">{__APP_VERSION__}</dd>
        <dt>{t('device.deviceId')}</dt>
        <dd dir="ltr" data-testid="device-id">{device.deviceId}</dd>
      </dl>
      {info?.persistence === 'best-effort' && (
        <p>
          <button type="button" class="button secondary" onClick={() => void requestPersistentStorage().then(refresh)}>
            {t('device.persistAsk')}
          </button>
        </p>
      )}
      <SyncPanel />
    </section>
  );
}
