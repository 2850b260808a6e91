/**
 * `POST /sync/push` (docs/sync.md): a device sends up to 500 events, gzip or plain, at most
 * 256 KiB of JSON once inflated. Each event is checked with the shared schema; the storage stores,
 * quarantines and records the device's state in one durable transaction, and only then does the
 * device hear which ids it may drop from its outbox.
 */
import * as v from 'valibot';
import { canonicalJson, parseEvent, rawEventId, sha256Hex } from '../../src/core/events/index';
import { requireRole } from '../auth/scope';
import { SabilError } from '../../src/core/errors/index';
import type { RouteSpec } from '../api/route-spec';
import type { IngestItem } from '../storage/sync-storage';
import { foldAfterPush } from '../reports/fold-new-events';
import { toPushedAssignments } from './assignment-items';
import { nativeEventDigest } from './native-digest';
import { gatedPush } from './push-gate';
import { readSyncBody } from './read-sync-body';

export const MAX_PUSH_EVENTS = 500;
export const MAX_PUSH_JSON_BYTES = 256 * 1024;
/** Beyond this, a device's clock is worth a line in the log (it still syncs normally). */
const CLOCK_SKEW_WARN_MS = 5 * 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const positive = v.pipe(v.number(), v.safeInteger(), v.minValue(1));

const pushSchema = v.object({
  deviceId: v.pipe(v.string(), v.regex(UUID)),
  epoch: positive,
  nextSeq: positive,
  status: v.object({
    appVersion: v.pipe(v.string(), v.maxLength(50)),
    outboxWaiting: count,
    storageFreeBytes: v.nullable(count),
    clientTime: v.pipe(v.number(), v.finite()),
  }),
  events: v.array(v.unknown()),
  assignments: v.optional(v.array(v.unknown())),
  /** The device reads `ackedAll` (docs/sync.md): a batch acked whole is answered without its ids. */
  compactAck: v.optional(v.boolean()),
});

function toIngestItem(raw: unknown): IngestItem {
  const parsed = parseEvent(raw);
  if (parsed.ok) return { kind: 'event', event: parsed.event, digest: nativeEventDigest(parsed.event) };
  const text = JSON.stringify(raw) ?? 'null';
  let rawDigest: string;
  try {
    rawDigest = sha256Hex(canonicalJson(raw));
  } catch {
    rawDigest = sha256Hex(text); // a number JSON cannot write canonically (1e400): the text still names it
  }
  return { kind: 'refused', eventId: rawEventId(raw), reason: parsed.reason, detail: parsed.field, raw: text, rawDigest };
}

/** True when every event sent has an id and every id is acked: the answer may then leave the ids out. */
function ackedWhole(events: readonly unknown[], acked: readonly string[]): boolean {
  const held = new Set(acked);
  return events.every((raw) => {
    const id = rawEventId(raw);
    return id !== undefined && held.has(id);
  });
}

export const pushRoute: RouteSpec = {
  method: 'POST',
  path: '/sync/push',
  roles: ['device'],
  scope: 'filtered',
  // Admitted before the body is read, so a refused push costs this process almost nothing.
  handle: gatedPush(async (c, deps) => {
    const caller = requireRole(c.get('caller'), ['device']);
    const body = await readSyncBody(c, pushSchema, MAX_PUSH_JSON_BYTES);
    if (body.events.length > MAX_PUSH_EVENTS) throw new SabilError('sync/batch-too-large', { maxEvents: MAX_PUSH_EVENTS });
    const assignments = toPushedAssignments(body.assignments);
    const now = deps.now();
    const clockSkewMs = Math.round(body.status.clientTime - now.getTime());
    const push = deps.faults.nextPush();

    deps.faults.reach('crash-before-push-commit', push);
    const outcome = await deps.storage.ingestEvents({
      schoolId: caller.schoolId,
      serverDeviceId: caller.deviceId,
      localDeviceId: body.deviceId,
      epoch: body.epoch,
      nextSeq: body.nextSeq,
      status: { appVersion: body.status.appVersion, outboxWaiting: body.status.outboxWaiting, storageFreeBytes: body.status.storageFreeBytes, clockSkewMs },
      receivedAt: now.toISOString(),
      items: body.events.map(toIngestItem),
      assignments,
      ...(caller.classId ? { deviceClassId: caller.classId } : {}),
    });
    deps.faults.reach('crash-after-push-commit', push);

    const device = { deviceId: caller.deviceId, localDeviceId: body.deviceId, epoch: body.epoch };
    if (Math.abs(clockSkewMs) > CLOCK_SKEW_WARN_MS) deps.log.warn('device clock is off', { ...device, clockSkewMs });
    if (outcome.epochStale) deps.log.warn('device database looks copied or restored; it will take a new epoch', { ...device, nextSeq: body.nextSeq });
    if (outcome.quarantined.length > 0) deps.log.warn('events quarantined', { ...device, reasons: outcome.quarantined.map((q) => q.reason) });
    // The report aggregates follow the push (docs/reports.md); a failure is logged, never the push's.
    if (outcome.acked.length > 0) await foldAfterPush(deps, caller.schoolId);
    const compact = body.compactAck === true ? { ackedAll: ackedWhole(body.events, outcome.acked) } : {};
    return c.json({ ...outcome, ...compact, ...(compact.ackedAll ? { acked: [] } : {}), serverTime: now.toISOString(), clockSkewMs });
  }),
};
