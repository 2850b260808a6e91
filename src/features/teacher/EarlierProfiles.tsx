import { useState } from 'preact/hooks';
import type { LearnerRow, RosterClass, RosterLearner, TeacherRow } from '../../data/db';
import { linkProfileToRoster } from '../../data/roster-profiles';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { Avatar } from '../../ui/Avatar';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ClassChoice } from './ClassChoice';
import { addProfileToClass } from './add-class-learner';

interface Props {
  teacher: TeacherRow;
  classes: RosterClass[];
  /** Profiles made on this device before it was enrolled (no roster entry yet). */
  profiles: LearnerRow[];
  /** The roster of the teacher's classes. */
  rosterLearners: RosterLearner[];
  onChanged(): Promise<void>;
}

/** Each profile made before enrolment becomes a learner of the class: linked to an entry, or added. */
export function EarlierProfiles(props: Props) {
  const { t } = useTranslation();
  const { learners } = useApp();
  const free = props.rosterLearners.filter((r) => !learners.some((l) => l.id === r.id));
  return (
    <section aria-labelledby="teacher-earlier-title" class="stack">
      <h2 id="teacher-earlier-title">{t('teacher.earlierTitle')}</h2>
      <p>{t('teacher.earlierIntro')}</p>
      {free.length === 0 && <p class="hint">{t('teacher.nothingToLink')}</p>}
      <ul class="stack">
        {props.profiles.map((profile) => <EarlierProfile key={profile.id} {...props} profile={profile} free={free} />)}
      </ul>
    </section>
  );
}

function EarlierProfile({ teacher, classes, profile, free, onChanged }: Props & { profile: LearnerRow; free: RosterLearner[] }) {
  const { t } = useTranslation();
  const { db } = useApp();
  const [entryId, setEntryId] = useState('');
  const [classId, setClassId] = useState(classes[0]?.id ?? '');
  const [error, setError] = useState<unknown>(null);
  const idBase = `earlier-${profile.id}`;
  const className = (id: string) => classes.find((k) => k.id === id)?.name ?? '';

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      await onChanged();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <li class="stack teacher-earlier">
      <span class="row">
        <Avatar avatar={profile.avatar} small />
        <span lang={profile.language}>{profile.displayName}</span>
      </span>
      {free.length > 0 && (
        <p class="row">
          <label for={`${idBase}-entry`}>{t('teacher.linkTo', { name: profile.displayName })}</label>
          <select id={`${idBase}-entry`} value={entryId} onChange={(e) => setEntryId(e.currentTarget.value)}>
            <option value="">{t('teacher.chooseEntry')}</option>
            {free.map((r) => (
              <option key={r.id} value={r.id}>{classes.length > 1 ? `${r.displayName} (${className(r.classId)})` : r.displayName}</option>
            ))}
          </select>
          <button type="button" class="button" disabled={entryId === ''} onClick={() => void run(async () => {
            const entry = free.find((r) => r.id === entryId);
            if (entry) await linkProfileToRoster(db, profile.id, entry);
          })}>
            {t('teacher.link')}
          </button>
        </p>
      )}
      <ClassChoice id={`${idBase}-class`} classes={classes} value={classId} onChange={setClassId} />
      <p>
        <button type="button" class="button secondary" onClick={() => void run(() => addProfileToClass(db, teacher, profile, classId))}>
          {t('teacher.addToClass', { name: profile.displayName })}
        </button>
      </p>
      <ErrorMessage error={error} />
    </li>
  );
}
