/**
 * One history entry as a sentence in the teacher's language. A lesson whose pack is gone is
 * named by its id and marked "not on this device", never left blank.
 */
import type { TFunction } from 'i18next';
import { pickText, type HistoryEntry } from '../../../core/reports/index';

export function historyText(entry: HistoryEntry, t: TFunction, language: string, formatNumber: (value: number) => string): string {
  const titleOf = (title: Parameters<typeof pickText>[0] | null, id: string) =>
    title ? pickText(title, language, id) : `${id} (${t('reports.screen.notOnDevice')})`;
  switch (entry.kind) {
    case 'lesson-completed':
      return t('reports.history.lessonCompleted', { title: titleOf(entry.title, entry.lessonId) });
    case 'quiz-completed':
      return t('reports.history.quizCompleted', { title: titleOf(entry.title, entry.lessonId), count: entry.stars });
    case 'practice':
      return t('reports.history.practice', { title: titleOf(entry.title, entry.quizId), right: formatNumber(entry.firstTriesRight), total: formatNumber(entry.firstTries) });
    case 'mastery':
      return t('reports.history.mastery', { skill: entry.name });
  }
}
