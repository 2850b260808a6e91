import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { checkLearnerPin, type PinCheck } from '../../data/learners-repo';
import { lockRemainingMs } from '../../core/profiles/index';
import { Avatar } from '../../ui/Avatar';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { PinPad } from './PinPad';

const PIN_LENGTH = 4;

/** A learner with a PIN proves it before their profile opens; wrong tries lead to a growing wait. */
export function PinEntry() {
  const { t } = useTranslation();
  const { params } = useRoute();
  const { route } = useLocation();
  const { db, learners, activate } = useApp();
  const learner = learners.find((l) => l.id === params['id']);
  const [digits, setDigits] = useState('');
  const [result, setResult] = useState<PinCheck | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [lockedUntil, setLockedUntil] = useState(() => (learner ? Date.now() + lockRemainingMs(learner.attempts, Date.now()) : 0));
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (lockedUntil <= now) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [lockedUntil, now]);

  useEffect(() => {
    if (!learner) route('/', true);
  }, [learner]);
  if (!learner) return null;

  const secondsLeft = Math.ceil(Math.max(0, lockedUntil - now) / 1000);
  const isLocked = secondsLeft > 0;

  async function submit(pin: string) {
    if (!learner) return;
    try {
      const check = await checkLearnerPin(db, learner.id, pin, Date.now());
      setDigits('');
      setResult(check);
      if (check.ok) {
        await activate(learner);
        route('/home');
      } else if (check.reason === 'locked') {
        setLockedUntil(Date.now() + check.retryInMs);
        setNow(Date.now());
      }
    } catch (failure) {
      setError(failure);
    }
  }

  function addDigit(digit: string) {
    const next = (digits + digit).slice(0, PIN_LENGTH);
    setDigits(next);
    if (next.length === PIN_LENGTH) void submit(next);
  }

  return (
    <section aria-labelledby="pin-title" class="stack pin-entry">
      <div><Avatar avatar={learner.avatar} /></div>
      <h1 id="pin-title">{t('pin.title', { name: learner.displayName })}</h1>
      {isLocked ? (
        <p class="alert" role="alert">{t('pin.locked', { count: secondsLeft })}</p>
      ) : (
        result && !result.ok && result.reason === 'wrong' && <p class="alert" role="alert">{t('pin.wrong', { count: result.triesLeft })}</p>
      )}
      <ErrorMessage error={error} />
      <PinPad length={digits.length} disabled={isLocked} onDigit={addDigit} onErase={() => setDigits(digits.slice(0, -1))} />
      <p><a href="/">{t('pin.notMe')}</a></p>
    </section>
  );
}
