/**
 * The device's IndexedDB database. Versions are append-only: a shipped version is never edited;
 * the next change is the next version (see docs/architecture.md).
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type { AvatarId, PinAttempts, PinHash } from '../core/profiles/index';
import type { Language } from '../core/languages/index';

/** One row per key: 'identity' (device id + epoch) and 'settings' (the device's own language). */
export type DeviceRow =
  | { key: 'identity'; deviceId: string; epoch: number; nextSeq: number; createdAt: number }
  | { key: 'settings'; language: Language };

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

export class SabilDatabase extends Dexie {
  device!: Table<DeviceRow, DeviceRow['key']>;
  learners!: EntityTable<LearnerRow, 'id'>;
  events!: EntityTable<EventRow, 'id'>;
  outbox!: EntityTable<OutboxRow, 'id'>;

  constructor(name = 'sabil') {
    super(name);
    this.version(1).stores({
      device: 'key',
      learners: 'id, createdAt',
      events: 'id, learnerId, [deviceId+epoch+seq], [learnerId+type]',
      outbox: 'id, learnerId',
    });
  }
}
