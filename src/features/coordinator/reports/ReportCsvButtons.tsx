/** The report's CSV downloads (weeks, mastery, assignments), built on the page from the answer already shown. */
import { useState } from 'preact/hooks';
import { useTranslation } from '../../../i18n/use-translation';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { buildCsvBlob, downloadBlob } from '../../reports/export-csv';
import { assignmentsCsv, skillsCsv, weeksCsv, type CsvTable, type ReportGroup } from './report-csv';
import type { SchoolReport, SchoolsReport } from './school-reports-api';

export function ReportCsvButtons({ report }: { report: { all?: SchoolsReport; one?: SchoolReport } }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const groups: ReportGroup[] = report.all
    ? report.all.schools.flatMap((s) => (s.suppressed ? [] : [{ school: s.name, className: '', numbers: s }]))
    : (report.one?.classes ?? []).map((c) => ({ school: report.one?.school.name ?? '', className: c.name ?? t('schoolReports.reports.noClass'), numbers: c }));
  const suppressed = report.all?.schools.flatMap((s) => (s.suppressed ? [s.name] : [])) ?? [];
  const packs = report.all?.packs ?? report.one?.packs ?? [];
  const save = async (table: CsvTable, name: string) => {
    try {
      setError(null);
      downloadBlob(await buildCsvBlob(table.header, table.rows), name);
    } catch (failure) {
      setError(failure);
    }
  };
  return (
    <div class="row">
      <button type="button" class="button secondary" onClick={() => void save(weeksCsv(groups, suppressed, t), 'sabil-weeks.csv')}>{t('schoolReports.reports.downloadWeeks')}</button>
      <button type="button" class="button secondary" onClick={() => void save(skillsCsv(groups, packs, t), 'sabil-mastery.csv')}>{t('schoolReports.reports.downloadSkills')}</button>
      <button type="button" class="button secondary" onClick={() => void save(assignmentsCsv(groups, suppressed, t), 'sabil-assignments.csv')}>{t('schoolReports.reports.downloadAssignments')}</button>
      <ErrorMessage error={error} />
    </div>
  );
}
