/**
 * What the sync routes ask of the database (migration 004, docs/sync.md). A push is one
 * transaction: events in, refusals quarantined, the device's watermark and status recorded, and
 * only then an answer. A pull reads by the school's change sequence, never by a device clock.
 */
import type { AssignmentRecord } from '../../src/core/assignments/index';
import type { EventRecord } from '../../src/core/events/index';

/** Why an event was quarantined: refused by the shared schema, a learner not in the school's roster, or an id already held with other content. */
export type QuarantineReason = 'event/invalid' | 'event/unknown-learner' | 'event/id-reused';

/** One event of a push, in batch order: checked by the schema already, or refused by it. */
export type IngestItem =
  | { kind: 'event'; event: EventRecord; digest: string }
  | { kind: 'refused'; eventId: string | undefined; reason: QuarantineReason; detail: string; raw: string; rawDigest: string };

/** Why a pushed assignment was not taken (docs/sync.md, "Assignments"); answered in the push, never an HTTP error. */
import type { AssignmentRefusal } from '../../src/core/assignments/index';
export type { AssignmentRefusal };

/** One assignment of a push, in batch order: checked by the shared schema already, or refused by it. */
export type PushedAssignment =
  | { kind: 'assignment'; assignment: AssignmentRecord; digest: string }
  | { kind: 'refused'; id: string | null };

export interface AssignmentsOutcome {
  /** The versions the server now holds, or holds a winner over (the device pulls the winner). */
  acked: { id: string; revision: number }[];
  refused: { id: string | null; reason: AssignmentRefusal }[];
}

export interface DeviceStatus {
  appVersion: string;
  outboxWaiting: number;
  storageFreeBytes: number | null;
  /** The device's clock minus the server's, when the push arrived. */
  clockSkewMs: number;
}

export interface IngestRequest {
  schoolId: string;
  /** The enrolled device (devices.id) from the credential. */
  serverDeviceId: string;
  /** The device's own identity id, epoch and next seq, as it says. */
  localDeviceId: string;
  epoch: number;
  nextSeq: number;
  status: DeviceStatus;
  /** ISO 8601, the server's clock. */
  receivedAt: string;
  items: readonly IngestItem[];
  /** The assignments of the push (none when absent), stored in the same transaction as its events. */
  assignments?: readonly PushedAssignment[];
  /** The credential's class, for a class-bound device: it may push assignments of that class only. */
  deviceClassId?: string;
}

export interface IngestOutcome {
  /** Every event id the server now holds or has quarantined, in batch order, once each. */
  acked: string[];
  quarantined: { id: string; reason: QuarantineReason }[];
  /** (localDeviceId, epoch) already held a seq ≥ nextSeq, or one of the batch's seqs under another id. */
  epochStale: boolean;
  /**
   * When stale: the epoch the device must take, reserved for it in this transaction (one above any
   * epoch held for that local device id), so two copies told at once get two different epochs.
   */
  newEpoch: number | null;
  assignments: AssignmentsOutcome;
}

export interface PullRequest {
  schoolId: string;
  /** A class-bound device gets only its class's learners and their events. */
  classId?: string;
  serverDeviceId: string;
  /** Changes with a sequence above this; null for everything. */
  afterSeq: number | null;
  limit: number;
  /** ISO 8601, recorded as the device's last pull. */
  at: string;
}

export interface RosterSnapshot {
  classes: { id: string; name: string }[];
  learners: { id: string; classId: string; displayName: string }[];
}

export type PullOutcome =
  /** The cursor is past anything this school has: the database was restored from an older copy. */
  | { kind: 'cursor-ahead' }
  | {
      kind: 'changes';
      events: EventRecord[];
      /** The assignments of the device's scope whose winning version took a sequence in (afterSeq, nextAfterSeq]. */
      assignments: AssignmentRecord[];
      /** The whole roster of the device's scope, when a learner in it changed after `afterSeq` (or afterSeq is null). */
      roster: RosterSnapshot | null;
      /** The sequence the next pull continues from. */
      nextAfterSeq: number;
      more: boolean;
    };

export interface DeviceSyncState {
  schoolId: string;
  deviceId: string;
  localDeviceId?: string;
  epoch?: number;
  lastPushAt?: string;
  lastPullAt?: string;
  appVersion?: string;
  outboxWaiting?: number;
  storageFreeBytes?: number;
  clockSkewMs?: number;
  copiedReports: number;
  lastCopiedAt?: string;
  /** The highest seq held per epoch of the local device id it last pushed with. */
  epochs: { epoch: number; maxSeq: number }[];
}

export interface QuarantineEntry {
  eventId: string;
  reason: QuarantineReason;
  detail: string;
  receivedAt: string;
  serverDeviceId: string;
  raw: string;
}

export interface SyncStorage {
  /** One transaction; see IngestOutcome. Retries are harmless: a held id with the same digest is acked again. */
  ingestEvents(request: IngestRequest): Promise<IngestOutcome>;
  pullChanges(request: PullRequest): Promise<PullOutcome>;
  getDeviceSyncState(schoolId: string, deviceId: string): Promise<DeviceSyncState | undefined>;
  /** Newest first. */
  listQuarantine(schoolId: string, limit: number): Promise<QuarantineEntry[]>;
}
