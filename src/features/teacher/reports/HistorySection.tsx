import { useMemo, useState } from 'preact/hooks';
import { buildLearnerHistory, type ReportLearner } from '../../../core/reports/index';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import type { ReportData } from '../../reports/load-report-data';
import { historyText } from './history-text';
import { ReportSection } from './ReportSection';

/** One learner's history, oldest first, once the teacher picks the learner. */
export function HistorySection({ learners, data }: { learners: readonly ReportLearner[]; data: ReportData }) {
  const { t, language } = useTranslation();
  const [learnerId, setLearnerId] = useState('');
  const learner = learners.find((candidate) => candidate.id === learnerId);
  const entries = useMemo(() => (learner ? buildLearnerHistory(learner.id, data.log, data.index, { language }) : []), [learner, data, language]);
  return (
    <ReportSection id="report-history" title={learner ? t('reports.captions.history', { name: learner.displayName }) : t('reports.screen.historyHeading')}>
      <label class="stack no-print">
        <span>{t('reports.screen.historyLearner')}</span>
        <select value={learnerId} onChange={(event) => setLearnerId(event.currentTarget.value)}>
          <option value="">{t('reports.screen.historyChoose')}</option>
          {learners.map((candidate) => <option key={candidate.id} value={candidate.id}>{candidate.displayName}</option>)}
        </select>
      </label>
      {!learner && <p class="hint">{t('reports.screen.historyPrompt')}</p>}
      {learner && entries.length === 0 && <p>{t('reports.history.empty')}</p>}
      {learner && entries.length > 0 && (
        <div class="report-scroll" role="region" aria-labelledby="report-history" tabIndex={0}>
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col">{t('reports.columns.date')}</th>
                <th scope="col">{t('reports.columns.event')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, index) => (
                <tr key={index}>
                  <th scope="row">{formatDateTime(entry.at)}</th>
                  <td>{historyText(entry, t, language, (value) => formatNumber(value))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </ReportSection>
  );
}
