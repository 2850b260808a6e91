/**
 * `/teacher/classes/:classId/assignments`: the class's assignments, offline — a "New assignment"
 * form over the installed packs and the class's learners, and the list with how far each is done,
 * its live state for a quiz, and whether it still waits to be sent.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PackRow, RosterRow, TeacherRow } from '../../../data/db';
import { listPacks } from '../../../data/pack-queries';
import { getRoster } from '../../../data/roster-repo';
import { useTranslation } from '../../../i18n/use-translation';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useApp } from '../../shell/app-context';
import { classLearners } from '../reports/class-learners';
import { AssignmentEntry } from './AssignmentEntry';
import { earlierGroups } from './build-assignment';
import { NewAssignmentForm } from './NewAssignmentForm';
import { useClassAssignments } from './use-class-assignments';

interface Props {
  teacher: TeacherRow;
  classId: string;
}

export function AssignmentsScreen({ teacher, classId }: Props) {
  const { t, language } = useTranslation();
  const { db, learners: onDevice } = useApp();
  const [roster, setRoster] = useState<RosterRow | null | undefined>(undefined);
  const [packs, setPacks] = useState<PackRow[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const isHers = teacher.classIds.includes(classId);

  useEffect(() => {
    getRoster(db).then((row) => setRoster(row ?? null), setError);
    listPacks(db).then(setPacks, setError);
  }, [db]);

  const learners = useMemo(
    () => (roster === undefined ? null : classLearners(classId, roster, onDevice, language)),
    [roster, classId, onDevice, language],
  );
  const { state, reload } = useClassAssignments(db, classId, learners);
  const groups = useMemo(() => earlierGroups(state.status === 'ready' ? state.assignments.map((a) => a.row.record.target) : []), [state]);
  const className = roster?.classes.find((k) => k.id === classId)?.name ?? t('teacher.classFallback');
  const back = <p><a href="/teacher">{t('assignments.back')}</a></p>;

  if (!isHers) {
    return (
      <section class="stack" aria-labelledby="assignments-title">
        <h1 id="assignments-title">{t('assignments.report.title')}</h1>
        <p class="alert" role="alert">{t('assignments.notYourClass')}</p>
        {back}
      </section>
    );
  }
  return (
    <section class="stack assignments-screen" aria-labelledby="assignments-title">
      {back}
      <h1 id="assignments-title">{t('assignments.title', { name: className })}</h1>
      <ErrorMessage error={error} />
      {state.status === 'failed' && <ErrorMessage error={state.error} />}
      {(!packs || !learners) && !error && <p role="status">{t('assignments.loading')}</p>}
      {packs && learners && (
        <NewAssignmentForm teacher={teacher} classId={classId} packs={packs} learners={learners} groups={groups} onSaved={reload} />
      )}
      <section class="stack" aria-labelledby="assignments-list-title">
        <h2 id="assignments-list-title">{t('assignments.list.heading')}</h2>
        {state.status === 'ready' && state.assignments.length === 0 && <p>{t('assignments.list.none')}</p>}
        {state.status === 'ready' && state.assignments.length > 0 && (
          <ul class="stack assignment-list">
            {state.assignments.map((entry) => <AssignmentEntry key={entry.row.id} entry={entry} onChanged={reload} />)}
          </ul>
        )}
      </section>
    </section>
  );
}
