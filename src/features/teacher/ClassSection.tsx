import { useState } from 'preact/hooks';
import type { LearnerRow, RosterClass, RosterLearner } from '../../data/db';
import { AVATARS } from '../../core/profiles/index';
import { bringRosterLearner } from '../../data/roster-profiles';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { Avatar } from '../../ui/Avatar';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LearnerEditor } from './LearnerEditor';

interface Props {
  schoolClass: RosterClass;
  /** This class's profiles on the device. */
  learners: LearnerRow[];
  /** This class's roster, as last fetched. */
  rosterLearners: RosterLearner[];
  onChanged(): Promise<void>;
}

/** One class: its learners on this device (each can be changed) and those still only on the roster. */
export function ClassSection({ schoolClass, learners, rosterLearners, onChanged }: Props) {
  const { t } = useTranslation();
  const { db, deviceLanguage } = useApp();
  const [error, setError] = useState<unknown>(null);
  const absent = rosterLearners.filter((r) => !learners.some((l) => l.id === r.id));
  const headingId = `class-${schoolClass.id}`;

  async function bring(entry: RosterLearner) {
    setError(null);
    try {
      const avatar = AVATARS[learners.length % AVATARS.length] ?? 'camel';
      await bringRosterLearner(db, entry, { language: deviceLanguage, now: Date.now(), avatar });
      await onChanged();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <section aria-labelledby={headingId} class="stack teacher-class">
      <h2 id={headingId}>{schoolClass.name}</h2>
      <h3>{t('teacher.onDevice')}</h3>
      {learners.length === 0 && <p>{t('teacher.noLearners')}</p>}
      <ul class="stack teacher-learners">
        {learners.map((learner) => (
          <li key={learner.id} class="stack">
            <span class="row">
              <Avatar avatar={learner.avatar} small />
              <span lang={learner.language}>{learner.displayName}</span>
              {learner.roster?.state === 'pending' && <span class="hint">({t('teacher.pending')})</span>}
            </span>
            <LearnerEditor learner={learner} onChanged={onChanged} />
          </li>
        ))}
      </ul>
      {absent.length > 0 && (
        <>
          <h3>{t('teacher.notOnDevice')}</h3>
          <ul class="stack">
            {absent.map((entry) => (
              <li key={entry.id}>
                <button type="button" class="button secondary" onClick={() => void bring(entry)}>
                  {t('teacher.bring', { name: entry.displayName })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <ErrorMessage error={error} />
    </section>
  );
}
