import { useState } from 'preact/hooks';
import type { LearnerRow } from '../../data/db';
import { normalisePin, type AvatarId } from '../../core/profiles/index';
import { setLearnerPin, updateLearner } from '../../data/learners-repo';
import { browserClock } from '../../data/browser-clock';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AvatarChoice } from './AvatarChoice';

/** Rename a learner, change their picture, and remove or reset their PIN (a child who forgot it). */
export function LearnerEditor({ learner, onChanged }: { learner: LearnerRow; onChanged(): Promise<void> }) {
  const { t } = useTranslation();
  const { db } = useApp();
  const [name, setName] = useState(learner.displayName);
  const [avatar, setAvatar] = useState<AvatarId>(learner.avatar);
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const idBase = `learner-${learner.id}`;

  async function run(action: () => Promise<void>, done: string) {
    setError(null);
    setMessage('');
    try {
      await action();
      await onChanged();
      setMessage(t(done));
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <details>
      <summary>{t('teacher.edit', { name: learner.displayName })}</summary>
      <form class="stack" noValidate onSubmit={(event) => {
        event.preventDefault();
        void run(async () => {
          await updateLearner(db, learner.id, { displayName: name, avatar, language: learner.language });
        }, 'teacher.saved');
      }}>
        <p class="stack">
          <label for={`${idBase}-name`}>{t('teacher.name')}</label>
          <input id={`${idBase}-name`} type="text" autoComplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </p>
        <AvatarChoice value={avatar} onChange={setAvatar} />
        <p><button type="submit" class="button">{t('teacher.save')}</button></p>
      </form>
      <fieldset class="stack">
        <legend>{t('teacher.pinTitle')}</legend>
        <p>{t(learner.pin ? 'teacher.hasPin' : 'teacher.noPin')}</p>
        {learner.pin && (
          <p>
            <button type="button" class="button secondary"
              onClick={() => void run(() => setLearnerPin(db, learner.id, null, browserClock), 'teacher.pinRemoved')}>
              {t('teacher.removePin')}
            </button>
          </p>
        )}
        <p class="stack">
          <label for={`${idBase}-pin`}>{t('teacher.newPin')}</label>
          <input id={`${idBase}-pin`} type="password" inputMode="numeric" autoComplete="off" maxLength={4} value={pin}
            onInput={(e) => setPin(e.currentTarget.value)} />
        </p>
        <p>
          <button type="button" class="button secondary" onClick={() => void run(async () => {
            await setLearnerPin(db, learner.id, normalisePin(pin), browserClock);
            setPin('');
          }, 'teacher.pinChanged')}>
            {t('teacher.setPin')}
          </button>
        </p>
      </fieldset>
      <p role="status">{message}</p>
      <ErrorMessage error={error} />
    </details>
  );
}
