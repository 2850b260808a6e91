import type { SkillMasteryRow } from '../../../core/reports/index';
import { directionOf } from '../../../core/languages/index';
import { useTranslation } from '../../../i18n/use-translation';
import { BarChart } from '../../../ui/charts/BarChart';
import { ReportSection } from './ReportSection';

/** How many learners mastered, are practising, or have not started each skill: a stacked bar per skill. */
export function SkillMasterySection({ skills }: { skills: readonly SkillMasteryRow[] }) {
  const { t, language } = useTranslation();
  const texts = {
    title: t('reports.captions.skills'), empty: t('reports.charts.empty'), showTable: t('reports.charts.showTable'), hideTable: t('reports.charts.hideTable'),
    category: t('reports.columns.skill'), total: t('reports.columns.learners'),
  };
  const series = [t('reports.skillStatus.mastered'), t('reports.skillStatus.practising'), t('reports.skillStatus.notStarted')];
  const rows = skills.map((row) => ({ key: row.skill, label: row.onDevice ? row.name : `${row.name} (${t('reports.screen.notOnDevice')})`, values: [row.mastered.length, row.practising.length, row.notStarted.length] }));
  return (
    <ReportSection id="report-skills" title={t('reports.captions.skills')}>
      <BarChart texts={texts} series={series} rows={rows} direction={directionOf(language)} />
    </ReportSection>
  );
}
