import type { TeacherRow } from '../../data/db';
import { useApp } from '../shell/app-context';
import { useTranslation } from '../../i18n/use-translation';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { useTeacherView, type SyncState } from './use-teacher-view';
import { ClassSection } from './ClassSection';
import { AddLearnerForm } from './AddLearnerForm';
import { EarlierProfiles } from './EarlierProfiles';

interface Props {
  teacher: TeacherRow;
  onLeave(): void;
}

function SyncStatus({ sync }: { sync: SyncState }) {
  const { t } = useTranslation();
  if (sync.kind === 'failed') return <ErrorMessage error={sync.error} />;
  const key = { syncing: 'teacher.syncing', synced: 'teacher.synced', offline: 'teacher.offline', 'no-session': 'teacher.noSession' }[sync.kind];
  return (
    <div class="stack">
      <p class="status-line" role="status">{t(key)}</p>
      {sync.kind === 'synced' && sync.failures.map(({ learner, error }) => (
        <div key={learner.id} class="alert" role="alert">
          <p>{t('teacher.sendFailed', { name: learner.displayName })}</p>
          <ErrorMessage error={error} />
        </div>
      ))}
    </div>
  );
}

/** The open teacher view: her classes, their learners on this device, and what she can change. */
export function TeacherView(props: Props) {
  const { t } = useTranslation();
  const { learners } = useApp();
  const { teacher, roster, sync, reload } = useTeacherView(props.teacher);
  const classes = teacher.classIds.map((id) => ({ id, name: roster?.classes.find((k) => k.id === id)?.name ?? t('teacher.classFallback') }));
  const earlier = learners.filter((l) => !l.roster);

  return (
    <section aria-labelledby="teacher-title" class="stack teacher-view">
      <header class="row teacher-head">
        <h1 id="teacher-title">{t('teacher.title')}</h1>
        <p>{t('teacher.signedInAs', { name: teacher.displayName })}</p>
        <button type="button" class="button secondary" onClick={props.onLeave}>{t('teacher.leave')}</button>
      </header>
      <SyncStatus sync={sync} />
      {classes.length === 0 && <p>{t('teacher.noClasses')}</p>}
      {classes.length > 0 && (
        <nav aria-label={t('reports.screen.linksLabel')}>
          <ul class="row teacher-report-links">
            {classes.map((k) => (
              <li key={k.id} class="row">
                <a class="button" href={`/teacher/classes/${encodeURIComponent(k.id)}/reports`}>{t('reports.screen.link', { name: k.name })}</a>
                <a class="button" href={`/teacher/classes/${encodeURIComponent(k.id)}/assignments`}>{t('assignments.link', { name: k.name })}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {classes.map((k) => (
        <ClassSection key={k.id} schoolClass={k} learners={learners.filter((l) => l.roster?.classId === k.id)}
          rosterLearners={roster?.learners.filter((r) => r.classId === k.id) ?? []} onChanged={reload} />
      ))}
      {classes.length > 0 && <AddLearnerForm teacher={teacher} classes={classes} onChanged={reload} />}
      {classes.length > 0 && earlier.length > 0 && (
        <EarlierProfiles teacher={teacher} classes={classes} profiles={earlier}
          rosterLearners={roster?.learners.filter((r) => teacher.classIds.includes(r.classId)) ?? []} onChanged={reload} />
      )}
    </section>
  );
}
