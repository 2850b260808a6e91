/**
 * The learners a class report is about: the class's profiles on this device (pending ones too,
 * which the server does not list yet) and the roster learners of the class not on the device,
 * whose pulled events may still be here. Sorted by name, so the grid reads like a register.
 */
import type { ReportLearner } from '../../../core/reports/index';
import type { LearnerRow, RosterRow } from '../../../data/db';

export function classLearners(classId: string, roster: RosterRow | null, onDevice: readonly LearnerRow[], language: string): ReportLearner[] {
  const byId = new Map<string, ReportLearner>();
  for (const learner of onDevice) {
    if (learner.roster?.classId === classId) byId.set(learner.id, { id: learner.id, displayName: learner.displayName });
  }
  for (const entry of roster?.learners ?? []) {
    if (entry.classId === classId && !byId.has(entry.id)) byId.set(entry.id, { id: entry.id, displayName: entry.displayName });
  }
  const collator = new Intl.Collator(language);
  return [...byId.values()].sort((a, b) => collator.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
