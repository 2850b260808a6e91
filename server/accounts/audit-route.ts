/**
 * `GET /audit?limit=&before=` → the newest entries (default 100, at most 500) of the caller's
 * schools, and `next`: the `before` that continues with older ones (null when there are no more
 * to ask for). The cursor is the last entry's time and id, so paging never repeats or skips one.
 */
import { SabilError } from '../../src/core/errors/index';
import { requireRole } from '../auth/scope';
import type { AuditCursor, AuditEntry } from '../storage/account-storage';
import type { RouteSpec } from '../api/route-spec';

const CURSOR = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z)_([0-9a-f-]{36})$/;

function readCursor(raw: string | undefined): AuditCursor | undefined {
  if (raw === undefined || raw === '') return undefined;
  const match = CURSOR.exec(raw);
  if (!match?.[1] || !match[2]) throw new SabilError('http/bad-request');
  return { at: match[1], id: match[2] };
}

const cursorOf = (entry: AuditEntry) => `${entry.at}_${entry.id}`;

export const listAuditRoute: RouteSpec = {
  method: 'GET',
  path: '/audit',
  roles: ['coordinator'],
  scope: 'filtered',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const asked = Number(c.req.query('limit') ?? 100);
    const limit = Number.isInteger(asked) && asked > 0 ? Math.min(asked, 500) : 100;
    const before = readCursor(c.req.query('before'));
    const entries = await deps.storage.listAudit(caller.schools === 'all' ? 'all' : [...caller.schools], limit, before);
    const last = entries[entries.length - 1];
    return c.json({ entries, next: entries.length === limit && last ? cursorOf(last) : null });
  },
};
