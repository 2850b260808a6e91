import { useState } from 'preact/hooks';
import type { SabilDatabase } from '../../../data/db';
import { cancelAssignment, endQuizForClass, startQuizForClass } from '../../../data/assignments-repo';
import { formatNumber } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/use-translation';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { useApp } from '../../shell/app-context';
import { formatDay } from '../reports/format-day';
import { targetText } from './target-text';
import type { ClassAssignment } from './use-class-assignments';
import { errorTextKey } from '../../../core/errors/index';

interface Props {
  entry: ClassAssignment;
  onChanged(): Promise<void>;
}

/** One assignment in the teacher's list: what, for whom, when, how far done, and what she can do with it. */
export function AssignmentEntry({ entry, onChanged }: Props) {
  const { t, language } = useTranslation();
  const { db } = useApp();
  const [isConfirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { record, toSend, refused } = entry.row;
  const headingId = `assignment-${record.id}`;
  const isOpen = record.live !== null && record.live.endedAt === null;

  async function act(change: (db: SabilDatabase, id: string, now: number) => Promise<unknown>) {
    setError(null);
    try {
      await change(db, record.id, Date.now());
      await onChanged();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <li class="stack assignment-entry" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {record.item.kind === 'quiz' && <span class="assignment-mark">{t('assignments.list.quizMark')}</span>} {record.title}
      </h3>
      <ul class="assignment-facts">
        <li>{targetText(t, record.target)}</li>
        <li>{record.dueDay ? t('assignments.list.due', { day: formatDay(record.dueDay, language) }) : t('assignments.list.noDue')}</li>
        <li>{t('assignments.list.doneOf', { done: formatNumber(entry.completion.done), total: formatNumber(entry.completion.assigned) })}</li>
        {record.live && <li><strong>{t(isOpen ? 'assignments.list.liveOpen' : 'assignments.list.liveEnded')}</strong></li>}
        {toSend === 1 && <li class="hint">{t('assignments.list.waiting')}</li>}
      </ul>
      {refused && (
        <div class="alert" role="alert">
          <p>{t('assignments.list.refused')}</p>
          <p>{t(errorTextKey(refused.reason))}</p>
        </div>
      )}
      <div class="row">
        {record.item.kind === 'quiz' && (isOpen
          ? <button type="button" class="button" onClick={() => void act(endQuizForClass)}>{t('assignments.list.end')}</button>
          : <button type="button" class="button" onClick={() => void act(startQuizForClass)}>{t('assignments.list.start')}</button>)}
        {!isConfirming && <button type="button" class="button secondary" onClick={() => setConfirming(true)}>{t('assignments.list.cancel')}</button>}
      </div>
      {isConfirming && (
        <div class="stack" role="group" aria-labelledby={`${headingId}-confirm`}>
          <p id={`${headingId}-confirm`}>{t('assignments.list.confirmCancel', { title: record.title })}</p>
          <div class="row">
            <button type="button" class="button danger" onClick={() => void act(cancelAssignment)}>{t('assignments.list.yesCancel')}</button>
            <button type="button" class="button secondary" onClick={() => setConfirming(false)}>{t('assignments.list.keep')}</button>
          </div>
        </div>
      )}
      <ErrorMessage error={error} />
    </li>
  );
}
