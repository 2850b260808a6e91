/** Words for who an assignment is for, shared by the teacher's list and the class report. */
import type { TFunction } from 'i18next';
import type { AssignmentTarget } from '../../../core/assignments/index';

export function targetText(t: TFunction, target: AssignmentTarget): string {
  if (target.kind === 'class') return t('assignments.list.forClass');
  const count = new Set(target.learnerIds).size;
  if (target.kind === 'group') return t('assignments.list.forGroup', { name: target.name, count });
  return t('assignments.list.forLearners', { count });
}
