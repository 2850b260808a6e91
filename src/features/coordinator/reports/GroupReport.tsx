/**
 * One group's numbers (a school, or a class of one school): totals over the dates, active learners
 * and lessons per week, mastery per skill, assignment completion. Charts carry tables; weeks and skills about fewer than
 * 5 learners are left out of the charts and counted in words instead.
 */
import { formatNumber } from '../../../i18n/format';
import { i18n } from '../../../i18n/i18n';
import { useTranslation } from '../../../i18n/use-translation';
import { BarChart } from '../../../ui/charts/BarChart';
import { ColumnChart } from '../../../ui/charts/ColumnChart';
import type { Direction } from '../../../ui/charts/chart-style';
import { formatDay, packName } from './report-format';
import type { AssignmentNumbers, GroupNumbers } from '../../../core/school-reports/index';
import type { PackInfo } from './school-reports-api';

interface Props {
  numbers: GroupNumbers;
  packs: readonly PackInfo[];
}

export function GroupReport({ numbers, packs }: Props) {
  const { t, language } = useTranslation();
  const direction: Direction = i18n.dir(language) === 'rtl' ? 'rtl' : 'ltr';
  const k = (key: string) => t(`schoolReports.reports.${key}`);
  const chartTexts = { empty: k('noActivity'), showTable: k('showTable'), hideTable: k('hideTable'), category: k('week') };
  const weeks = numbers.weeks.flatMap((w) => (w.suppressed ? [] : [w]));
  const hiddenWeeks = numbers.weeks.length - weeks.length;
  const skills = numbers.skills.flatMap((s) => (s.suppressed ? [] : [s]));
  const hiddenSkills = numbers.skills.length - skills.length;
  const manyPacks = new Set(skills.map((s) => s.packId)).size > 1;

  return (
    <div class="stack school-report-group">
      <dl class="facts">
        <dt>{k('activeLearners')}</dt>
        <dd>{formatNumber(numbers.activeLearners)}</dd>
        <dt>{k('lessonsCompleted')}</dt>
        <dd>{formatNumber(numbers.lessonsCompleted)}</dd>
        <dt>{k('quizzesCompleted')}</dt>
        <dd>{formatNumber(numbers.quizzesCompleted)}</dd>
      </dl>
      <ColumnChart
        direction={direction}
        texts={{ ...chartTexts, title: k('activePerWeek'), value: k('activeLearners') }}
        columns={weeks.map((w) => ({ key: w.week, label: formatDay(w.week), value: w.activeLearners }))}
      />
      <ColumnChart
        direction={direction}
        texts={{ ...chartTexts, title: k('lessonsPerWeek'), value: k('lessonsCompleted') }}
        columns={weeks.map((w) => ({ key: w.week, label: formatDay(w.week), value: w.lessonsCompleted }))}
      />
      {hiddenWeeks > 0 && <p class="school-report-hidden">{t('schoolReports.reports.weeksHidden', { count: hiddenWeeks })}</p>}
      <BarChart
        direction={direction}
        texts={{ ...chartTexts, title: k('mastery'), empty: k('noSkills'), category: k('skill'), total: k('practised') }}
        series={[k('mastered'), k('practisingOnly')]}
        rows={skills.map((s) => ({
          key: `${s.packId}/${s.skill}`,
          label: manyPacks ? t('schoolReports.reports.skillOfPack', { skill: s.skill, pack: packName(s.packId, packs, t) }) : s.skill,
          values: [s.mastered, Math.max(0, s.practised - s.mastered)],
        }))}
      />
      {hiddenSkills > 0 && <p class="school-report-hidden">{t('schoolReports.reports.skillsHidden', { count: hiddenSkills })}</p>}
      <AssignmentsTable numbers={numbers.assignments} />
    </div>
  );
}

/** Assignments set in the dates (not cancelled): how many, the learners they are for, and how many of those did them. */
function AssignmentsTable({ numbers }: { numbers: AssignmentNumbers }) {
  const { t } = useTranslation();
  const k = (key: string) => t(`schoolReports.reports.${key}`);
  if (numbers.suppressed) return <p class="school-report-hidden">{k('assignmentsHidden')}</p>;
  if (numbers.assignments === 0) return <p>{k('noAssignments')}</p>;
  return (
    <table class="school-report-assignments">
      <caption>{k('assignments')}</caption>
      <tbody>
        <tr><th scope="row">{k('assignmentsSet')}</th><td>{formatNumber(numbers.assignments)}</td></tr>
        <tr><th scope="row">{k('assignedLearners')}</th><td>{formatNumber(numbers.assignedLearners)}</td></tr>
        <tr><th scope="row">{k('assignmentsCompleted')}</th><td>{formatNumber(numbers.completed)}</td></tr>
      </tbody>
    </table>
  );
}
