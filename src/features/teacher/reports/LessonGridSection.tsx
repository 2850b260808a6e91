import { LESSON_STATUSES, type LessonGrid } from '../../../core/reports/index';
import { formatNumber } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import { pickLocalized } from './pick-localized';
import { ReportSection } from './ReportSection';
import { STATUS_SYMBOLS, STATUS_TEXT_KEYS } from './status-marks';

/**
 * Learners × lessons, each cell a symbol and a word (never colour alone). A real table with row
 * and column headers, scrolled sideways inside its own focusable region on a 360 px phone.
 */
export function LessonGridSection({ grid, language }: { grid: LessonGrid; language: string }) {
  const { t } = useTranslation();
  return (
    <ReportSection id="report-grid" title={t('reports.captions.grid')}>
      <div>
        <p class="hint" id="report-grid-legend">{t('reports.screen.legend')}</p>
        <ul class="report-legend" aria-labelledby="report-grid-legend">
          {LESSON_STATUSES.map((status) => (
            <li key={status}><span class="status-mark" aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {t(STATUS_TEXT_KEYS[status])}</li>
          ))}
        </ul>
      </div>
      {grid.lessons.length === 0 || grid.rows.length === 0 ? (
        <p>{t('reports.charts.empty')}</p>
      ) : (
        <div class="report-scroll" role="region" aria-labelledby="report-grid" tabIndex={0}>
          <table class="report-table report-grid">
            <caption class="visually-hidden">{t('reports.captions.grid')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.columns.learner')}</th>
                {grid.lessons.map((lesson) => {
                  const title = pickLocalized(lesson.title, language, lesson.lessonId);
                  return <th key={`${lesson.packId}/${lesson.lessonId}`} scope="col" lang={title.lang} dir={title.dir}>{title.text}</th>;
                })}
              </tr>
            </thead>
            <tbody>
              {grid.rows.map((row) => (
                <tr key={row.learnerId}>
                  <th scope="row">{row.displayName}</th>
                  {row.statuses.map((status, column) => (
                    <td key={column} class={`status status-${status}`}>
                      <span class="status-mark" aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {t(STATUS_TEXT_KEYS[status])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              {LESSON_STATUSES.filter((status) => status !== 'not-started').map((status) => (
                <tr key={status}>
                  <th scope="row"><span class="status-mark" aria-hidden="true">{STATUS_SYMBOLS[status]}</span> {t(STATUS_TEXT_KEYS[status])}</th>
                  {grid.perLesson.map((counts, column) => <td key={column}>{formatNumber(counts[status])}</td>)}
                </tr>
              ))}
            </tfoot>
          </table>
        </div>
      )}
    </ReportSection>
  );
}
