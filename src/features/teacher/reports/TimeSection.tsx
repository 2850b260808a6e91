import type { TimeSpent } from '../../../core/reports/index';
import { directionOf } from '../../../core/languages/index';
import { formatNumber } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import { ColumnChart } from '../../../ui/charts/ColumnChart';
import { formatDay } from './format-day';
import { ReportSection } from './ReportSection';

/** Whole minutes: the estimate is not finer than that (docs/reports.md, "Time spent"). */
const minutes = (ms: number) => Math.round(ms / 60_000);

/** Estimated minutes per day for the class (a column per day), and per learner in a table. */
export function TimeSection({ time }: { time: TimeSpent }) {
  const { t, language } = useTranslation();
  const texts = {
    title: t('reports.captions.time'), empty: t('reports.charts.emptyTime'), showTable: t('reports.charts.showTable'), hideTable: t('reports.charts.hideTable'),
    category: t('reports.columns.day'), value: t('reports.columns.minutes'),
  };
  const columns = time.days.map((day) => ({ key: day.day, label: formatDay(day.day, language, 'short'), value: minutes(day.ms) }));
  const withTime = time.learners.filter((learner) => learner.totalMs > 0);
  return (
    <ReportSection id="report-time" title={t('reports.captions.time')}>
      {time.totalMs > 0 && <p>{t('reports.screen.timeTotal', { count: minutes(time.totalMs) })}</p>}
      <ColumnChart texts={texts} columns={columns} direction={directionOf(language)} />
      {withTime.length > 0 && (
        <div class="report-scroll" role="region" aria-labelledby="report-time-learners" tabIndex={0}>
          <table class="report-table">
            <caption id="report-time-learners">{t('reports.screen.timePerLearner')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.columns.learner')}</th>
                <th scope="col">{t('reports.columns.minutes')}</th>
                <th scope="col">{t('reports.columns.sessions')}</th>
              </tr>
            </thead>
            <tbody>
              {withTime.map((learner) => (
                <tr key={learner.learnerId}>
                  <th scope="row">{learner.displayName}</th>
                  <td>{formatNumber(minutes(learner.totalMs))}</td>
                  <td>{formatNumber(learner.sessions)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ReportSection>
  );
}
