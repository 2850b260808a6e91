/**
 * `POST /sync/pull` `{ cursor, limit }` (docs/sync.md): what changed in the device's scope since
 * its cursor — the events of the learners it serves, in pages of at most 500, the roster when a
 * learner in it changed, and the trusted publisher keys. A class-bound device gets its class only.
 */
import * as v from 'valibot';
import { SabilError } from '../../src/core/errors/index';
import { requireRole } from '../auth/scope';
import type { RouteSpec } from '../api/route-spec';
import { trustBody } from '../packs/trust-route';
import { decodeCursor, encodeCursor } from './pull-cursor';
import { readSyncBody } from './read-sync-body';

export const MAX_PULL_EVENTS = 500;
const MAX_PULL_REQUEST_BYTES = 4 * 1024;

const pullSchema = v.object({
  cursor: v.nullable(v.pipe(v.string(), v.maxLength(100))),
  limit: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1)), MAX_PULL_EVENTS),
});

export const pullRoute: RouteSpec = {
  method: 'POST',
  path: '/sync/pull',
  roles: ['device'],
  scope: 'filtered',
  handle: async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['device']);
    const body = await readSyncBody(c, pullSchema, MAX_PULL_REQUEST_BYTES);
    const outcome = await deps.storage.pullChanges({
      schoolId: caller.schoolId,
      ...(caller.classId ? { classId: caller.classId } : {}),
      serverDeviceId: caller.deviceId,
      afterSeq: body.cursor === null ? null : decodeCursor(body.cursor, caller.schoolId),
      limit: Math.min(body.limit, MAX_PULL_EVENTS),
      at: deps.now().toISOString(),
    });
    // Ahead of the server: its database was restored from an older copy. The device starts over from null.
    if (outcome.kind === 'cursor-ahead') throw new SabilError('sync/bad-cursor');
    return c.json({
      cursor: encodeCursor(caller.schoolId, outcome.nextAfterSeq),
      more: outcome.more,
      roster: outcome.roster,
      events: outcome.events,
      assignments: outcome.assignments,
      trust: trustBody(deps.trust),
    });
  },
};
