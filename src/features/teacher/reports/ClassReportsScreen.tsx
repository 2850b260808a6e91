/**
 * `/teacher/classes/:classId/reports`: the class's reports, offline, from the events on this
 * device and the installed packs — who needs help first, the assignments and who has not done
 * them, then the lesson grid, mastery per skill, the hardest questions, time spent and one
 * learner's history — with a date filter, a CSV download and a clean printed page. Loaded on
 * demand (with print.css) from the teacher view.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { makeDateRange } from '../../../core/reports/index';
import type { RosterRow, TeacherRow } from '../../../data/db';
import { getRoster } from '../../../data/roster-repo';
import { useTranslation } from '../../../i18n/use-translation';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useApp } from '../../shell/app-context';
import { useReportData } from '../../reports/use-report-data';
import '../../reports/print.css';
import { AssignmentsSection } from './AssignmentsSection';
import { buildClassReport } from './build-class-report';
import { classLearners } from './class-learners';
import { DateFilter, type DateInputs } from './DateFilter';
import { DifficultSection } from './DifficultSection';
import { ExportControls } from './ExportControls';
import { deviceTimeZone } from './format-day';
import { HistorySection } from './HistorySection';
import { LessonGridSection } from './LessonGridSection';
import { MissingNotice } from './MissingNotice';
import { NeedsHelpSection } from './NeedsHelpSection';
import { SkillMasterySection } from './SkillMasterySection';
import { TimeSection } from './TimeSection';

interface Props {
  teacher: TeacherRow;
  classId: string;
}

export function ClassReportsScreen({ teacher, classId }: Props) {
  const { t, language } = useTranslation();
  const { db, learners: onDevice } = useApp();
  const [roster, setRoster] = useState<RosterRow | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [inputs, setInputs] = useState<DateInputs>({ from: '', to: '' });
  const timeZone = useMemo(deviceTimeZone, []);
  const range = useMemo(() => makeDateRange({ ...inputs, timeZone }), [inputs, timeZone]);
  const isHers = teacher.classIds.includes(classId);

  useEffect(() => {
    getRoster(db).then((row) => setRoster(row ?? null), setError);
  }, [db]);

  // Until the roster is read, no learners: a report on half a class would flash wrong numbers.
  const learners = useMemo(
    () => (isHers && roster !== undefined ? classLearners(classId, roster, onDevice, language) : []),
    [isHers, roster, classId, onDevice, language],
  );
  const state = useReportData(db, learners.map((learner) => learner.id), { range });
  const report = useMemo(
    () => (state.status === 'ready' && roster !== undefined ? buildClassReport(learners, state.data, { language, timeZone: range.timeZone }) : null),
    [state, roster, learners, language, range.timeZone],
  );
  const className = roster?.classes.find((k) => k.id === classId)?.name ?? t('teacher.classFallback');

  const back = <p class="no-print"><a href="/teacher">{t('reports.screen.back')}</a></p>;
  if (!isHers) {
    return (
      <section class="stack" aria-labelledby="reports-title">
        <h1 id="reports-title">{t('reports.screen.linksLabel')}</h1>
        <p class="alert" role="alert">{t('reports.screen.notYourClass')}</p>
        {back}
      </section>
    );
  }

  return (
    <section class="stack class-reports" aria-labelledby="reports-title">
      {back}
      <h1 id="reports-title">{t('reports.screen.title', { name: className })}</h1>
      <ErrorMessage error={error} />
      {state.status === 'failed' && <ErrorMessage error={state.error} />}
      {(state.status === 'loading' || !report) && state.status !== 'failed' && <p role="status">{t('reports.screen.loading')}</p>}
      {report && learners.length === 0 && <p>{t('reports.emptyClass')}</p>}
      {report && learners.length > 0 && state.status === 'ready' && (
        <>
          <p class="hint">{t('reports.screen.learnerCount', { count: learners.length })} {t('reports.screen.fromDevice')}</p>
          <DateFilter inputs={inputs} range={range} onChange={setInputs} />
          <MissingNotice notOnDevice={report.grid.notOnDevice} setAside={report.setAside} />
          <NeedsHelpSection rows={report.needsHelp} />
          <AssignmentsSection classId={classId} learners={learners} />
          <LessonGridSection grid={report.grid} language={language} />
          <SkillMasterySection skills={report.skills} />
          <DifficultSection ranked={report.difficultRanked} few={report.difficultFew} language={language} />
          <TimeSection time={report.time} />
          <HistorySection learners={learners} data={state.data} />
          <ExportControls report={report} className={className} timeZone={range.timeZone} />
        </>
      )}
    </section>
  );
}
