/**
 * Names for the ids in audit entries: the log stores ids only, so the audit screen looks up the
 * schools, classes and teachers it mentions. A name that cannot be found (the school left the
 * coordinator's scope, a coordinator of another province) falls back to a short id.
 */
import type { AuditEntry, CallCoordinatorApi } from './coordinator-api';
import { coordinatorApi } from './coordinator-api';

export interface AuditNames {
  schools: Map<string, string>;
  classes: Map<string, string>;
  users: Map<string, string>;
}

export async function loadAuditNames(call: CallCoordinatorApi, entries: readonly AuditEntry[]): Promise<AuditNames> {
  const names: AuditNames = { schools: new Map(), classes: new Map(), users: new Map() };
  for (const school of await coordinatorApi.listSchools(call)) names.schools.set(school.id, school.name);
  const schoolIds = [...new Set(entries.map((e) => e.schoolId).filter((id): id is string => id !== null && names.schools.has(id)))];
  // Best effort: a school whose lists fail still shows its entries, with short ids.
  await Promise.allSettled(
    schoolIds.flatMap((schoolId) => [
      coordinatorApi.listClasses(call, schoolId).then((list) => list.forEach((c) => names.classes.set(c.id, c.name))),
      coordinatorApi.listTeachers(call, schoolId).then((list) => list.forEach((u) => names.users.set(u.id, u.displayName))),
    ]),
  );
  return names;
}

/** `user:…`, `class:…`: the kind of thing an entry acted on, and its id. */
export function splitTarget(target: string): { kind: string; id: string } {
  const at = target.indexOf(':');
  return at < 0 ? { kind: '', id: target } : { kind: target.slice(0, at), id: target.slice(at + 1) };
}

export const shortId = (id: string) => id.slice(0, 8);
