/** The audit log on PostgreSQL: written inside the caller's transaction, read newest first. */
import type { AuditCursor, AuditEntry, SchoolScope } from '../account-storage';
import { auditPageQuery, toAuditEntry, type AuditRow } from '../audit-sql';
import { allRows, run, type Queryable } from './postgres-rows';

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

export async function listAudit(db: Queryable, scope: SchoolScope, limit: number, before?: AuditCursor): Promise<AuditEntry[]> {
  const { sql, params } = auditPageQuery(scope, limit, before);
  return (await allRows<AuditRow>(db, sql, ...params)).map(toAuditEntry);
}
