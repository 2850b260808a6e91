/**
 * Importing a class list on SQLite: every name is checked against the class as it is inside one
 * IMMEDIATE transaction, then all rows and the audit row are written, or none. Two imports racing
 * for the same class cannot both add the same name: the second sees the first's rows.
 */
import type Database from 'better-sqlite3';
import { checkRosterNames } from '../../../src/core/roster/index';
import type { AccountStorage, AuditEntry, RosterImportOutcome, RosterLearner } from '../account-storage';
import { insertAudit } from './sqlite-audit';
import { insertRosterLearner } from './sqlite-accounts';
import { allRows } from './sqlite-rows';

type RosterMethods = Pick<AccountStorage, 'importLearners'>;

export function sqliteRoster(db: Database.Database): RosterMethods {
  const importAll = db.transaction((schoolId: string, classId: string, learners: readonly RosterLearner[], audit: AuditEntry): RosterImportOutcome => {
    const existing = allRows<{ name: string }>(db, 'SELECT display_name AS name FROM roster_learners WHERE school_id = ? AND class_id = ?', schoolId, classId);
    const problems = checkRosterNames(
      learners.map((l) => l.displayName),
      existing.map((r) => r.name),
    );
    const rows = problems.flatMap((code, index) => (code ? [{ index, code }] : []));
    if (rows.length > 0) return { kind: 'invalid', rows };
    // Each learner takes the school's next change sequence, so devices receive them at their next pull.
    for (const l of learners) insertRosterLearner(db, { ...l, schoolId, classId });
    insertAudit(db, audit);
    return { kind: 'imported' };
  });

  return {
    importLearners: async (schoolId, classId, learners, audit) => importAll.immediate(schoolId, classId, learners, audit),
  };
}
