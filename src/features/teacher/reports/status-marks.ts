/**
 * Each lesson status has a word (from the locale files) and a symbol, so the grid never relies on
 * colour alone and still reads when printed in black and white.
 */
import type { LessonStatus } from '../../../core/reports/index';

export const STATUS_SYMBOLS: Record<LessonStatus, string> = {
  'not-started': '○',
  'in-progress': '◐',
  completed: '●',
  mastered: '★',
};

export const STATUS_TEXT_KEYS: Record<LessonStatus, string> = {
  'not-started': 'reports.status.notStarted',
  'in-progress': 'reports.status.inProgress',
  completed: 'reports.status.completed',
  mastered: 'reports.status.mastered',
};
