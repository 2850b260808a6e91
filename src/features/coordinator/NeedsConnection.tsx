import { useTranslation } from '../../i18n/use-translation';
import { useOnline } from '../shell/use-online';

/** Said up front when the device is offline: unlike the learners' screens, these need the server. */
export function NeedsConnection() {
  const { t } = useTranslation();
  const isOnline = useOnline();
  if (isOnline) return null;
  return <p class="alert" role="status">{t('coordinator.needsConnection')}</p>;
}
