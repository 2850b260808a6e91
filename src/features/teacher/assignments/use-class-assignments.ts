/**
 * A class's assignments as the teacher sees them on this device: each with its sync state and how
 * far it is done (the shared completion rule over the events here), re-read after every change.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { assignmentCompletion, type AssignmentCompletion } from '../../../core/assignments/index';
import type { ReportLearner } from '../../../core/reports/index';
import type { AssignmentRow, SabilDatabase } from '../../../data/db';
import { listClassAssignments } from '../../../data/assignments-repo';
import { listCompletedItems } from '../../../data/completed-items';

export interface ClassAssignment {
  row: AssignmentRow;
  completion: AssignmentCompletion;
}

export type ClassAssignmentsState =
  | { status: 'loading' }
  | { status: 'ready'; assignments: ClassAssignment[] }
  | { status: 'failed'; error: unknown };

/** Not cancelled, newest first, with completion over `learners` (the class on this device). */
export async function loadClassAssignments(db: SabilDatabase, classId: string, learners: readonly ReportLearner[]): Promise<ClassAssignment[]> {
  const ids = learners.map((learner) => learner.id);
  const [rows, done] = await Promise.all([listClassAssignments(db, classId), listCompletedItems(db, ids)]);
  return rows.filter((row) => !row.record.cancelled).map((row) => ({ row, completion: assignmentCompletion(row.record, ids, done) }));
}

export function useClassAssignments(db: SabilDatabase, classId: string, learners: readonly ReportLearner[] | null) {
  const [state, setState] = useState<ClassAssignmentsState>({ status: 'loading' });
  const reload = useCallback(async () => {
    if (!learners) return;
    try {
      setState({ status: 'ready', assignments: await loadClassAssignments(db, classId, learners) });
    } catch (error) {
      setState({ status: 'failed', error });
    }
  }, [db, classId, learners]);
  useEffect(() => void reload(), [reload]);
  return { state, reload };
}
