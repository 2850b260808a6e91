import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation';
import { isActivityRunning, onActivityChange } from './activity';
import { applyUpdate, isUpdateWaiting, onUpdateWaiting } from './service-worker';

/** "Update available", shown only between activities and applied only when the user accepts. */
export function UpdateBanner() {
  const { t } = useTranslation();
  const [isWaiting, setWaiting] = useState(isUpdateWaiting());
  const [isBusy, setBusy] = useState(isActivityRunning());
  const [isDismissed, setDismissed] = useState(false);

  useEffect(() => onUpdateWaiting(setWaiting), []);
  useEffect(() => onActivityChange(setBusy), []);

  if (!isWaiting || isBusy || isDismissed) return null;
  return (
    <div class="banner" role="status">
      <span>{t('update.available')}</span>
      <span class="row">
        <button type="button" class="button" onClick={applyUpdate}>{t('update.apply')}</button>
        <button type="button" class="button secondary" onClick={() => setDismissed(true)}>{t('update.later')}</button>
      </span>
    </div>
  );
}
