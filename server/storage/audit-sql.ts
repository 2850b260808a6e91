/**
 * Reading the audit log, the same SQL on SQLite and PostgreSQL: newest first, a page at a time by
 * keyset (`at`, then `id`), so an entry written while a coordinator pages is never shown twice or
 * skipped. A coordinator of some schools sees their schools' entries; one of every school sees all.
 */
import type { AuditEntry, AuditCursor, SchoolScope } from './account-storage';

export interface AuditRow {
  id: string;
  at: string;
  actor_user_id: string | null;
  school_id: string | null;
  action: string;
  target: string;
  details: string;
}

export function auditPageQuery(scope: SchoolScope, limit: number, before: AuditCursor | undefined): { sql: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (scope !== 'all') {
    where.push(`school_id IN (${scope.length === 0 ? 'NULL' : scope.map(() => '?').join(', ')})`);
    params.push(...scope);
  }
  if (before) {
    where.push('(at < ? OR (at = ? AND id < ?))');
    params.push(before.at, before.at, before.id);
  }
  const filter = where.length > 0 ? ` WHERE ${where.join(' AND ')}` : '';
  return { sql: `SELECT id, at, actor_user_id, school_id, action, target, details FROM audit_log${filter} ORDER BY at DESC, id DESC LIMIT ?`, params: [...params, limit] };
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    at: row.at,
    actorUserId: row.actor_user_id,
    schoolId: row.school_id,
    action: row.action,
    target: row.target,
    details: JSON.parse(row.details) as Record<string, unknown>, // written by insertAudit from an object
  };
}
