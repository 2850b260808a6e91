import { useState } from 'preact/hooks';
import type { RosterClass, TeacherRow } from '../../data/db';
import { normalisePin, type AvatarId } from '../../core/profiles/index';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AvatarChoice } from './AvatarChoice';
import { ClassChoice } from './ClassChoice';
import { addClassLearner } from './add-class-learner';

interface Props {
  teacher: TeacherRow;
  classes: RosterClass[];
  onChanged(): Promise<void>;
}

/** Adds a learner to one of the teacher's classes, online or not (see add-class-learner.ts). */
export function AddLearnerForm({ teacher, classes, onChanged }: Props) {
  const { t } = useTranslation();
  const { db, deviceLanguage } = useApp();
  const [classId, setClassId] = useState(classes[0]?.id ?? '');
  const [name, setName] = useState('');
  const [avatar, setAvatar] = useState<AvatarId>('camel');
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setMessage('');
    try {
      const newPin = pin.trim() === '' ? null : normalisePin(pin);
      const row = await addClassLearner(db, teacher, classId, { displayName: name, avatar, language: deviceLanguage, pin: newPin });
      await onChanged();
      setMessage(t(row.roster?.state === 'pending' ? 'teacher.addedPending' : 'teacher.added', { name: row.displayName }));
      setName('');
      setPin('');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="teacher-add-title">
      <h2 id="teacher-add-title">{t('teacher.addTitle')}</h2>
      <form class="stack" noValidate aria-labelledby="teacher-add-title" onSubmit={(event) => void submit(event)}>
        <ClassChoice id="teacher-add-class" classes={classes} value={classId} onChange={setClassId} />
        <p class="stack">
          <label for="teacher-add-name">{t('teacher.name')}</label>
          <input id="teacher-add-name" type="text" autoComplete="off" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </p>
        <AvatarChoice value={avatar} onChange={setAvatar} />
        <p class="stack">
          <label for="teacher-add-pin">{t('teacher.pinOptional')}</label>
          <input id="teacher-add-pin" type="password" inputMode="numeric" autoComplete="off" maxLength={4} value={pin}
            onInput={(e) => setPin(e.currentTarget.value)} />
        </p>
        <ErrorMessage error={error} />
        <p><button type="submit" class="button" disabled={busy}>{t('teacher.add')}</button></p>
        <p role="status">{message}</p>
      </form>
    </section>
  );
}
