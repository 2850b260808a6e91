import type { ReportLearner } from '../../../core/reports/index';
import { formatNumber } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useApp } from '../../shell/app-context';
import { targetText } from '../assignments/target-text';
import { useClassAssignments } from '../assignments/use-class-assignments';
import { ReportSection } from './ReportSection';

interface Props {
  classId: string;
  learners: readonly ReportLearner[];
}

/**
 * Each assignment of the class with how many of its learners have done it and who has not, by the
 * shared completion rule (at any time, so the date filter does not apply), as the server counts.
 */
export function AssignmentsSection({ classId, learners }: Props) {
  const { t, language } = useTranslation();
  const { db } = useApp();
  const { state } = useClassAssignments(db, classId, learners);
  const names = new Map(learners.map((learner) => [learner.id, learner.displayName]));
  const list = new Intl.ListFormat(language, { type: 'conjunction' });

  return (
    <ReportSection id="report-assignments" title={t('assignments.report.title')}>
      <p class="hint">{t('assignments.report.rule')}</p>
      {state.status === 'failed' && <ErrorMessage error={state.error} />}
      {state.status === 'ready' && state.assignments.length === 0 && <p>{t('assignments.report.none')}</p>}
      {state.status === 'ready' && state.assignments.length > 0 && (
        <ul class="stack assignment-report">
          {state.assignments.map(({ row, completion }) => {
            const missing = completion.notDone.flatMap((id) => names.get(id) ?? []);
            return (
              <li key={row.id} class="stack">
                <strong>{row.record.item.kind === 'quiz' ? `${t('assignments.list.quizMark')} · ` : ''}{row.record.title}</strong>
                <span>{targetText(t, row.record.target)} · {t('assignments.list.doneOf', { done: formatNumber(completion.done), total: formatNumber(completion.assigned) })}</span>
                <span>{completion.notDone.length === 0 ? t('assignments.report.allDone') : t('assignments.report.notDone', { names: list.format(missing) })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </ReportSection>
  );
}
