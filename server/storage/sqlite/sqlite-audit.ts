/** The audit log on SQLite: written inside the caller's transaction, read newest first. */
import type Database from 'better-sqlite3';
import type { AuditEntry, SchoolScope } from '../account-storage';
import { allRows, placeholders } from './sqlite-rows';

interface AuditRow {
  id: string;
  at: string;
  actor_user_id: string | null;
  school_id: string | null;
  action: string;
  target: string;
  details: string;
}

export function insertAudit(db: Database.Database, entry: AuditEntry): void {
  db.prepare('INSERT INTO audit_log (id, at, actor_user_id, school_id, action, target, details) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
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
export function listAudit(db: Database.Database, scope: SchoolScope, limit: number): AuditEntry[] {
  const columns = 'SELECT id, at, actor_user_id, school_id, action, target, details FROM audit_log';
  const rows =
    scope === 'all'
      ? allRows<AuditRow>(db, `${columns} ORDER BY at DESC, id DESC LIMIT ?`, limit)
      : allRows<AuditRow>(db, `${columns} WHERE school_id IN (${placeholders(scope)}) ORDER BY at DESC, id DESC LIMIT ?`, ...scope, limit);
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
