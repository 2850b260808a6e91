import { useEffect, useState } from 'preact/hooks';
import { useTranslation } from '../../i18n/use-translation';
import { formatNumber } from '../../i18n/format';

/**
 * Time left until `deadline` (this device's epoch ms), ticking each second. As a `timer` role it is
 * not read aloud at every tick; the end is announced once.
 */
export function Countdown({ deadline }: { deadline: number }) {
  const { t } = useTranslation();
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);

  const left = Math.max(0, Math.ceil((deadline - now) / 1000));
  if (left === 0) return <p class="alert" role="status">{t('coordinator.enrol.expired')}</p>;
  const minutes = Math.floor(left / 60);
  const seconds = formatNumber(left % 60, { minimumIntegerDigits: 2 });
  return (
    <p role="timer" aria-live="off">
      {t('coordinator.enrol.expiresIn', { time: `${formatNumber(minutes)}:${seconds}` })}
    </p>
  );
}
