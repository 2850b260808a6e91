/**
 * `POST /schools/:schoolId/enrolment-codes` `{ classId?, ttlMinutes? }` → `{ code, expiresAt }`.
 * The code is 10 Crockford base32 characters (50 bits), single use, 10 minutes by default and
 * 60 at most; only its SHA-256 is stored.
 */
import * as v from 'valibot';
import { requireRole } from '../auth/scope';
import { randomCode, sha256Hex } from '../auth/secrets';
import { param } from '../api/api-context';
import { auditEntry } from '../api/audit';
import { findClassOfSchool, findSchool } from '../api/lookups';
import { id, readBody } from '../api/read-body';
import type { RouteSpec } from '../api/route-spec';

const NewCode = v.object({
  classId: v.optional(id),
  ttlMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60)), 10),
});

export const createEnrolmentCodeRoute: RouteSpec = {
  method: 'POST',
  path: '/schools/:schoolId/enrolment-codes',
  roles: ['coordinator'],
  scope: 'school-and-body',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const { id: schoolId } = await findSchool(deps.storage, caller, param(c, 'schoolId'));
    const { classId, ttlMinutes } = await readBody(c, NewCode);
    if (classId !== undefined) await findClassOfSchool(deps.storage, schoolId, classId);
    const code = randomCode();
    const now = deps.now();
    const expiresAt = new Date(now.getTime() + ttlMinutes * 60_000).toISOString();
    const record = { codeHash: sha256Hex(code), schoolId, ...(classId ? { classId } : {}), createdBy: caller.userId, createdAt: now.toISOString(), expiresAt };
    // The audit row names the code by the start of its hash: enough to match, useless to enrol.
    const audit = auditEntry(deps, caller, 'enrolment-code.create', `code:${record.codeHash.slice(0, 12)}`, schoolId, { classId: classId ?? null, expiresAt });
    await deps.storage.createEnrolmentCode(record, audit);
    return c.json({ code, expiresAt, schoolId, classId: classId ?? null }, 201);
  },
};
