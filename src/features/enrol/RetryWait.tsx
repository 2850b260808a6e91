import { isSabilError } from '../../core/errors/index';
import { useTranslation } from '../../i18n/use-translation';

/** Under an `auth/rate-limited` refusal: how long to wait, in seconds or whole minutes. */
export function RetryWait({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isSabilError(error) || error.code !== 'auth/rate-limited') return null;
  const seconds = Number(error.params.retryAfterSeconds);
  if (!Number.isFinite(seconds) || seconds <= 0) return null;
  const text = seconds < 60 ? t('enrol.waitSeconds', { count: Math.ceil(seconds) }) : t('enrol.waitMinutes', { count: Math.ceil(seconds / 60) });
  return <p data-testid="retry-wait">{text}</p>;
}
