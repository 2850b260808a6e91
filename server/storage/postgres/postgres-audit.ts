/** The audit log on PostgreSQL: written inside the caller's transaction, read newest first. */
import type { AuditEntry, SchoolScope } from '../account-storage';
import { allRows, placeholders, run, type Queryable } from './postgres-rows';

interface AuditRow {
  id: string;
  at: string;
  actor_user_id: string | null;
  school_id: string | null;
  action: string;
  target: string;
  details: string;
}

export async function insertAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await run(
    db,
    'INSERT INTO audit_log (id, at, actor_user_id, school_id, action, target, details) VALUES (?, ?, ?, ?, ?, ?, ?)',
    entry.id,
    entry.at,
    entry.actorUserId,
    entry.schoolId,
    entry.action,
    entry.target,
    JSON.stringify(entry.details),
  );
}

/** A coordinator of some schools sees their schools' entries; one of every school sees all. */
export async function listAudit(db: Queryable, scope: SchoolScope, limit: number): Promise<AuditEntry[]> {
  const columns = 'SELECT id, at, actor_user_id, school_id, action, target, details FROM audit_log';
  const rows =
    scope === 'all'
      ? await allRows<AuditRow>(db, `${columns} ORDER BY at DESC, id DESC LIMIT ?`, limit)
      : await allRows<AuditRow>(db, `${columns} WHERE school_id IN (${placeholders(scope)}) ORDER BY at DESC, id DESC LIMIT ?`, ...scope, limit);
  return rows.map((row) => ({
    id: row.id,
    at: row.at,
    actorUserId: row.actor_user_id,
    schoolId: row.school_id,
    action: row.action,
    target: row.target,
    details: JSON.parse(row.details) as Record<string, unknown>, // written by insertAudit from an object
  }));
}
