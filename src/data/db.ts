/**
 * The device's IndexedDB database. Versions are append-only: a shipped version is never edited;
 * the next change is the next version (see docs/architecture.md).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AvatarId, PinAttempts, PinHash } from '../core/profiles/index';
import type { Language } from '../core/languages/index';
import type { Manifest, SignatureFile } from '../core/pack/index';
import type { EventEnvelope } from '../core/events/index';
import type { AssignmentRecord } from '../core/assignments/index';

/**
 * One row per key: 'identity' (device id + epoch), 'settings' (the device's own language),
 * 'trust' (publisher keys for packs, as the server last sent them), 'enrolment' (the school's
 * device credential, once enrolled), 'roster' (the school's classes and learners as the server
 * last sent them) and 'sync' (pull cursor and the last sync's outcome). New keys are row types, not schema changes.
 */
export type DeviceRow =
  | { key: 'identity'; deviceId: string; epoch: number; nextSeq: number; createdAt: number }
  | { key: 'settings'; language: Language }
  | { key: 'trust'; demo: boolean; keys: unknown[]; fetchedAt: number }
  | EnrolmentRow
  | RosterRow
  | SyncStateRow;

/** This device's membership of a school, from `POST /api/v1/enrol`. */
export interface EnrolmentRow {
  key: 'enrolment';
  /** The server's id for this device (not the local `identity.deviceId`). */
  serverDeviceId: string;
  /** Sent as `Authorization: Bearer`; never shown, never logged. */
  credential: string;
  schoolId: string;
  classId: string | null;
  enrolledAt: number;
  /** Set when the server answered `auth/revoked`: the device stops using the credential. */
  revokedAt: number | null;
}

/** How sync with the server went (src/sync): where pulling stopped and the last outcome. */
export interface SyncStateRow {
  key: 'sync';
  /** The server's opaque pull cursor; null before the first pull. */
  cursor: string | null;
  lastSuccessAt: number | null;
  lastAttemptAt: number | null;
  /** The last failure as an error code and its params, so it can be shown in any language. */
  lastError: { code: string; params: Record<string, string | number> } | null;
  /** Failures since the last success; the retry delay grows with it. */
  consecutiveFailures: number;
}

export interface RosterClass {
  id: string;
  name: string;
}

export interface RosterLearner {
  id: string;
  classId: string;
  displayName: string;
}

/** `GET /api/v1/roster` as last fetched, so the teacher view and linking work offline. */
export interface RosterRow {
  key: 'roster';
  schoolId: string;
  /** The school's name, from servers that send it (older rows and servers: absent). */
  schoolName?: string;
  classes: RosterClass[];
  learners: RosterLearner[];
  fetchedAt: number;
}

export interface LearnerRow {
  id: string;
  displayName: string;
  avatar: AvatarId;
  language: Language;
  pin: PinHash | null;
  attempts: PinAttempts;
  createdAt: number;
  /**
   * The roster entry this profile is (its `id` is then the roster learner's id): 'linked' once the
   * server has it, 'pending' while a teacher's addition waits to reach the server. Absent for a
   * profile made on the device and not (yet) linked.
   */
  roster?: { classId: string; state: 'linked' | 'pending' };
}

/**
 * A teacher who signed in on this device while online. Offline, the teacher view opens with the
 * same password, checked against `verifier` (PBKDF2, like learners' PINs) with the same growing
 * lockout; the server's session token is kept only until it expires.
 */
export interface TeacherRow {
  userId: string;
  login: string;
  displayName: string;
  schoolId: string;
  classIds: string[];
  verifier: PinHash;
  attempts: PinAttempts;
  session: { token: string; expiresAt: number } | null;
  rememberedAt: number;
}

/** A learner event in the device's log (docs/events.md). */
export type EventRow = EventEnvelope;

export interface OutboxRow {
  id: string;
  learnerId: string;
}

export type PackOrigin = 'server' | 'file' | 'device';

/** An installed pack: one row per pack id (a newer version replaces the older one). */
export interface PackRow {
  id: string;
  version: string;
  publisherKeyId: string;
  manifest: Manifest;
  /** manifest.json exactly as parsed and signed, so the pack can be exported and verified again. */
  manifestJson: unknown;
  signatureJson: SignatureFile;
  /** Sum of the sizes of the pack's files. */
  sizeBytes: number;
  installedAt: number;
  source: PackOrigin;
}

/** A pack file, stored once by content however many packs list it. */
export interface AssetRow {
  sha256: string;
  blob: Blob;
  size: number;
  type: string;
  /** The installed packs that list this file; the row goes when the last one does. */
  packIds: string[];
}

/** Why the server did not accept an assignment (docs/assignments.md). */
import type { AssignmentRefusal } from '../core/assignments/index';
export type { AssignmentRefusal };

/**
 * An assignment as this device holds it: the shared record, and whether this version still waits
 * to be sent. `toSend` is 1 or 0, not a boolean, because IndexedDB cannot index booleans.
 */
export interface AssignmentRow {
  id: string;
  classId: string;
  record: AssignmentRecord;
  toSend: 0 | 1;
  /** Set when the server did not accept this version; it is not sent again until changed. */
  refused: { reason: AssignmentRefusal; revision: number } | null;
}

export class SabilDatabase extends Dexie {
  device!: Table<DeviceRow, DeviceRow['key']>;
  learners!: EntityTable<LearnerRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  packs!: EntityTable<PackRow, 'id'>;
  assets!: EntityTable<AssetRow, 'sha256'>;
  teachers!: EntityTable<TeacherRow, 'userId'>;
  assignments!: EntityTable<AssignmentRow, 'id'>;
  readonly durability: 'strict' | 'relaxed' | 'default';

  /**
   * `durability: 'strict'` opens a connection whose writes are on disk before they report done
   * (Chromium otherwise may answer first); the events repository uses one for high-value events.
   */
  constructor(name = 'sabil', options: { durability?: 'strict' | 'relaxed' } = {}) {
    super(name, options.durability ? { chromeTransactionDurability: options.durability } : {});
    this.durability = options.durability ?? 'default';
    this.version(1).stores({
      device: 'key',
      learners: 'id, createdAt',
      events: 'id, learnerId, [deviceId+epoch+seq], [learnerId+type]',
      outbox: 'id, learnerId',
    });
    this.version(2).stores({
      packs: 'id',
      assets: 'sha256, *packIds',
    });
    this.version(3).stores({
      teachers: 'userId, &login',
    });
    this.version(4).stores({
      assignments: 'id, classId, toSend',
    });
  }
}
