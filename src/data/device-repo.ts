/** The device's identity and settings. The id and epoch are made once, on first open. */
import type { Language } from '../core/languages/index';
import type { SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

export interface DeviceIdentity {
  deviceId: string;
  epoch: number;
  createdAt: number;
}

export function ensureDeviceIdentity(db: SabilDatabase, newId: () => string, now: number): Promise<DeviceIdentity> {
  return guardStorage(() =>
    db.transaction('rw', db.device, async () => {
      const row = await db.device.get('identity');
      if (row?.key === 'identity') return { deviceId: row.deviceId, epoch: row.epoch, createdAt: row.createdAt };
      const identity = { deviceId: newId(), epoch: 1, createdAt: now };
      await db.device.put({ key: 'identity', ...identity, nextSeq: 1 });
      return identity;
    }),
  );
}

export async function getDeviceLanguage(db: SabilDatabase): Promise<Language | null> {
  const row = await guardStorage(() => db.device.get('settings'));
  return row?.key === 'settings' ? row.language : null;
}

export function setDeviceLanguage(db: SabilDatabase, language: Language): Promise<void> {
  return guardStorage(async () => {
    await db.device.put({ key: 'settings', language });
  });
}
