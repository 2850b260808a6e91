import type { Caller } from '../auth/caller';
import type { AuditEntry } from '../storage/account-storage';
import type { ApiDeps } from './api-context';

/** An audit row for an action by `caller`, to pass to the storage write that does it. */
export function auditEntry(
  deps: ApiDeps,
  caller: Caller,
  action: string,
  target: string,
  schoolId: string | null,
  details: Record<string, unknown> = {},
): AuditEntry {
  const actorUserId = caller.kind === 'coordinator' || caller.kind === 'teacher' ? caller.userId : null;
  return { id: deps.newId(), at: deps.now().toISOString(), actorUserId, schoolId, action, target, details };
}
