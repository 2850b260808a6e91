/**
 * The device's IndexedDB database. Versions are append-only: a shipped version is never edited;
 * the next change is the next version (see docs/architecture.md).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AvatarId, PinAttempts, PinHash } from '../core/profiles/index';
import type { Language } from '../core/languages/index';
import type { Manifest, SignatureFile } from '../core/pack/index';

/**
 * One row per key: 'identity' (device id + epoch), 'settings' (the device's own language) and
 * 'trust' (publisher keys for packs, as the server last sent them; a row type, no schema change).
 */
export type DeviceRow =
  | { key: 'identity'; deviceId: string; epoch: number; nextSeq: number; createdAt: number }
  | { key: 'settings'; language: Language }
  | { key: 'trust'; demo: boolean; keys: unknown[]; fetchedAt: number };

export interface LearnerRow {
  id: string;
  displayName: string;
  avatar: AvatarId;
  language: Language;
  pin: PinHash | null;
  attempts: PinAttempts;
  createdAt: number;
}

export interface EventRow {
  id: string;
  deviceId: string;
  epoch: number;
  seq: number;
  learnerId: string;
  type: string;
  at: number;
  data: unknown;
}

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

export class SabilDatabase extends Dexie {
  device!: Table<DeviceRow, DeviceRow['key']>;
  learners!: EntityTable<LearnerRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;
  outbox!: EntityTable<OutboxRow, 'id'>;
  packs!: EntityTable<PackRow, 'id'>;
  assets!: EntityTable<AssetRow, 'sha256'>;

  constructor(name = 'sabil') {
    super(name);
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
  }
}
