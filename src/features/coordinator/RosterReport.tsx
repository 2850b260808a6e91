import { SabilError } from '../../core/errors/index';
import type { RosterRowReport } from '../../core/roster/index';
import { describeError, useTranslation } from '../../i18n/use-translation';
import { formatNumber } from '../../i18n/format';

/** The rows of a class list that will not be imported: row number as the spreadsheet shows it, name, and why. */
export function RosterReport({ problems }: { problems: readonly RosterRowReport[] }) {
  const { t } = useTranslation();
  return (
    <div class="table-scroll" role="region" aria-labelledby="roster-report-caption" tabIndex={0}>
      <table>
        <caption id="roster-report-caption">{t('coordinator.roster.reportCaption', { count: problems.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coordinator.roster.row')}</th>
            <th scope="col">{t('coordinator.roster.name')}</th>
            <th scope="col">{t('coordinator.roster.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem) => (
            <tr key={problem.row}>
              <td>{formatNumber(problem.row)}</td>
              <td>{problem.name.length > 40 ? `${problem.name.slice(0, 40)}…` : problem.name}</td>
              <td>{describeError(new SabilError(problem.problem))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
