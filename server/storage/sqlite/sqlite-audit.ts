/** The audit log on SQLite: written inside the caller's transaction, read newest first. */
import type Database from 'better-sqlite3';
import type { AuditCursor, AuditEntry, SchoolScope } from '../account-storage';
import { auditPageQuery, toAuditEntry, type AuditRow } from '../audit-sql';
import { allRows } from './sqlite-rows';

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

export function listAudit(db: Database.Database, scope: SchoolScope, limit: number, before?: AuditCursor): AuditEntry[] {
  const { sql, params } = auditPageQuery(scope, limit, before);
  return allRows<AuditRow>(db, sql, ...params).map(toAuditEntry);
}
