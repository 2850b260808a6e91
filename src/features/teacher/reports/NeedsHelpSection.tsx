import type { NeedsHelpRow } from '../../../core/reports/index';
import { formatNumber } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import { ReportSection } from './ReportSection';

/** First on the page: who is stuck, on which skill, and how many of their recent first tries were wrong. */
export function NeedsHelpSection({ rows }: { rows: readonly NeedsHelpRow[] }) {
  const { t } = useTranslation();
  return (
    <ReportSection id="report-needs-help" title={t('reports.captions.needsHelp')}>
      <p class="hint">{t('reports.screen.needsHelpRule')}</p>
      {rows.length === 0 ? (
        <p>{t('reports.needsHelp.nobody')}</p>
      ) : (
        <div class="report-scroll" role="region" aria-labelledby="report-needs-help" tabIndex={0}>
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.columns.learner')}</th>
                <th scope="col">{t('reports.columns.skill')}</th>
                <th scope="col">{t('reports.screen.recent')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.learnerId}/${row.skill}`}>
                  <th scope="row">{row.displayName}</th>
                  <td>{row.name}</td>
                  <td>{t('reports.needsHelp.wrongOf', { wrong: formatNumber(row.wrong), of: formatNumber(row.of) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ReportSection>
  );
}
