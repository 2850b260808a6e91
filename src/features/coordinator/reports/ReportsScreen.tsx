/**
 * `/coordinator/reports`: the school-wide reports. All schools at once (groups of fewer than 5
 * learners are not shown, said in words), or one school per class; always numbers, never names.
 * Needs the server, like the other coordinator screens.
 */
import { useState } from 'preact/hooks';
import { useTranslation } from '../../../i18n/use-translation';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { coordinatorApi } from '../coordinator-api';
import { NeedsConnection } from '../NeedsConnection';
import { useCoordinatorSession } from '../use-coordinator-session';
import { useLoaded } from '../use-loaded';
import { GroupReport } from './GroupReport';
import { ReportCsvButtons } from './ReportCsvButtons';
import { NO_FILTER, ReportFilters, type Filter } from './ReportFilters';
import { schoolReportsApi, type SchoolReport, type SchoolsReport } from './school-reports-api';

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function ReportsScreen() {
  const { t } = useTranslation();
  const k = (key: string) => t(`schoolReports.reports.${key}`);
  const { session, call } = useCoordinatorSession();
  const [applied, setApplied] = useState<Filter>(NO_FILTER);
  const schools = useLoaded(() => coordinatorApi.listSchools(call), [call]);
  const report = useLoaded<{ all?: SchoolsReport; one?: SchoolReport }>(async () => {
    const filter = { from: applied.from, to: applied.to, packId: applied.packId, classId: applied.classId, timeZone: timeZone() };
    return applied.schoolId ? { one: await schoolReportsApi.oneSchool(call, applied.schoolId, filter) } : { all: await schoolReportsApi.allSchools(call, filter) };
  }, [call, applied]);
  if (!session) return null;
  const packs = report.value?.all?.packs ?? report.value?.one?.packs ?? [];

  return (
    <section aria-labelledby="school-reports-title" class="coordinator school-reports">
      <p><a href="/coordinator">{k('back')}</a></p>
      <h1 id="school-reports-title">{k('title')}</h1>
      <NeedsConnection />
      <p>{k('noNames')}</p>
      <ReportFilters applied={applied} schools={schools.value ?? []} classesOf={(id) => coordinatorApi.listClasses(call, id)} packs={packs} apply={setApplied} />
      <ErrorMessage error={schools.error ?? report.error} />
      {!report.value && !report.error && <p role="status">{k('loading')}</p>}
      {report.value?.all && <AllSchools report={report.value.all} />}
      {report.value?.one && <OneSchool report={report.value.one} />}
      {report.value && (
        <>
          <p>{k('quarantineNote')} <a href="/coordinator/sync-health">{t('schoolReports.health.title')}</a></p>
          <ReportCsvButtons report={report.value} />
        </>
      )}
    </section>
  );
}

function AllSchools({ report }: { report: SchoolsReport }) {
  const { t } = useTranslation();
  return (
    <div class="stack" aria-live="polite">
      <h2>{t('schoolReports.reports.allSchools')}</h2>
      {report.schools.map((school) => (
        <article key={school.schoolId} class="card stack" aria-labelledby={`report-${school.schoolId}`}>
          <h3 id={`report-${school.schoolId}`}>{school.name}</h3>
          {school.suppressed ? <p class="school-report-hidden">{t('schoolReports.reports.fewerThan5')}</p> : <GroupReport numbers={school} packs={report.packs} />}
        </article>
      ))}
    </div>
  );
}

function OneSchool({ report }: { report: SchoolReport }) {
  const { t } = useTranslation();
  return (
    <div class="stack" aria-live="polite">
      <h2>{report.school.name}</h2>
      <article class="card stack" aria-labelledby="report-whole-school">
        <h3 id="report-whole-school">{t('schoolReports.reports.schoolWide')}</h3>
        <GroupReport numbers={report.school} packs={report.packs} />
      </article>
      {report.classes.map((schoolClass) => (
        <article key={schoolClass.classId} class="card stack" aria-labelledby={`report-class-${schoolClass.classId}`}>
          <h3 id={`report-class-${schoolClass.classId}`}>{schoolClass.name ?? t('schoolReports.reports.noClass')}</h3>
          <GroupReport numbers={schoolClass} packs={report.packs} />
        </article>
      ))}
    </div>
  );
}
