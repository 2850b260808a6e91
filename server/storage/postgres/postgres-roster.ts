/**
 * Importing a class list on PostgreSQL: the class row is locked (`FOR UPDATE`) so two imports for
 * one class, from any instance, run one after the other; every name is checked against the class
 * as it then is, and all rows and the audit row are written, or none.
 */
import type pg from 'pg';
import { checkRosterNames } from '../../../src/core/roster/index';
import type { AccountStorage, RosterImportOutcome } from '../account-storage';
import { insertRosterLearners } from './postgres-accounts';
import { insertAudit } from './postgres-audit';
import { allRows, inTransaction, run } from './postgres-rows';

type RosterMethods = Pick<AccountStorage, 'importLearners'>;

export function postgresRoster(pool: pg.Pool): RosterMethods {
  return {
    importLearners: (schoolId, classId, learners, audit) =>
      inTransaction(pool, async (db): Promise<RosterImportOutcome> => {
        await run(db, 'SELECT 1 FROM classes WHERE school_id = ? AND id = ? FOR UPDATE', schoolId, classId);
        const existing = await allRows<{ name: string }>(db, 'SELECT display_name AS name FROM roster_learners WHERE school_id = ? AND class_id = ?', schoolId, classId);
        const problems = checkRosterNames(learners.map((l) => l.displayName), existing.map((r) => r.name));
        const rows = problems.flatMap((code, index) => (code ? [{ index, code }] : []));
        if (rows.length > 0) return { kind: 'invalid', rows };
        // Each learner takes the school's next change sequence, so devices receive them at their next pull.
        await insertRosterLearners(db, schoolId, learners.map((l) => ({ ...l, classId })));
        await insertAudit(db, audit);
        return { kind: 'imported' };
      }),
  };
}
