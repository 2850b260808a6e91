import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { AVATARS, normalisePin, type AvatarId } from '../../core/profiles/index';
import { LANGUAGES, type Language } from '../../core/languages/index';
import { createLearner, setLearnerPin, updateLearner } from '../../data/learners-repo';
import { browserClock } from '../../data/browser-clock';
import { Avatar } from '../../ui/Avatar';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RemoveLearner } from './RemoveLearner';

type PinChoice = 'keep' | 'remove' | 'change';

/** Creates a learner (at /learners/new) or changes the active learner's own profile (at /profile). */
export function LearnerForm() {
  const { t } = useTranslation();
  const { route, path } = useLocation();
  const { db, activeLearner, deviceLanguage, reloadLearners, activate } = useApp();
  const editing = path === '/profile' ? activeLearner : null;
  const [name, setName] = useState(editing?.displayName ?? '');
  const [avatar, setAvatar] = useState<AvatarId>(editing?.avatar ?? 'camel');
  const [language, setLanguage] = useState<Language>(editing?.language ?? deviceLanguage);
  const [pinChoice, setPinChoice] = useState<PinChoice>(editing?.pin ? 'keep' : 'change');
  const [pin, setPin] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (path === '/profile' && !editing) {
    route('/', true);
    return null;
  }

  async function save(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const profile = { displayName: name, avatar, language };
      const newPin = pinChoice === 'change' && pin.trim() !== '' ? normalisePin(pin) : null;
      if (editing) {
        const updated = await updateLearner(db, editing.id, profile);
        if (pinChoice !== 'keep') await setLearnerPin(db, editing.id, newPin, browserClock);
        await reloadLearners();
        await activate({ ...updated, pin: pinChoice === 'keep' ? updated.pin : null });
        route('/home');
      } else {
        await createLearner(db, { ...profile, pin: newPin }, browserClock);
        await reloadLearners();
        route('/');
      }
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const pinInput = (
    <p class="stack">
      <label for="learner-pin">{t('profiles.pin')}</label>
      <input id="learner-pin" type="password" inputMode="numeric" autoComplete="off" maxLength={4} value={pin}
        onInput={(e) => setPin(e.currentTarget.value)} aria-describedby="learner-pin-help" />
      <span id="learner-pin-help" class="hint">{t('profiles.pinHelp')}</span>
    </p>
  );

  return (
    <section aria-labelledby="learner-form-title">
      <h1 id="learner-form-title">{t(editing ? 'profiles.editTitle' : 'profiles.createTitle')}</h1>
      <form class="stack" onSubmit={save} noValidate>
        <p class="stack">
          <label for="learner-name">{t('profiles.name')}</label>
          <input id="learner-name" type="text" autoComplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} required />
        </p>
        <fieldset>
          <legend>{t('profiles.avatar')}</legend>
          <div class="avatar-choices" role="radiogroup" aria-label={t('profiles.avatar')}>
            {AVATARS.map((id) => (
              <button key={id} type="button" role="radio" aria-checked={avatar === id} class="avatar-card" onClick={() => setAvatar(id)}>
                <Avatar avatar={id} />
                <span>{t(`avatars.${id}`)}</span>
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('profiles.language')}</legend>
          <div class="row">
            {LANGUAGES.map((lng) => (
              <label key={lng} class="row" lang={lng}>
                <input type="radio" name="learner-language" value={lng} checked={language === lng} onChange={() => setLanguage(lng)} />
                {t(`languages.${lng}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {editing?.pin ? (
          <fieldset>
            <legend>{t('profiles.pin')}</legend>
            {(['keep', 'remove', 'change'] as const).map((choice) => (
              <label key={choice} class="row">
                <input type="radio" name="pin-choice" checked={pinChoice === choice} onChange={() => setPinChoice(choice)} />
                {t(`profiles.pin${choice[0]?.toUpperCase()}${choice.slice(1)}`)}
              </label>
            ))}
            {pinChoice === 'change' && pinInput}
          </fieldset>
        ) : (
          pinInput
        )}
        <ErrorMessage error={error} />
        <div class="row">
          <button type="submit" class="button" disabled={busy}>{t('profiles.save')}</button>
          <a class="button secondary" href={editing ? '/home' : '/'}>{t('profiles.cancel')}</a>
        </div>
      </form>
      {editing && <RemoveLearner learner={editing} />}
    </section>
  );
}
