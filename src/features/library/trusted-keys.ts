/**
 * The publisher keys this device trusts for lesson packs. They come from the device's server
 * (`GET /api/v1/trust`: the demo key only when the server runs in demo mode) and are kept in
 * the device table, so a pack on a USB stick can be checked with no network.
 */
import { parsePublicKey, type PackPublicKey } from '../../core/pack/index';
import type { SabilDatabase } from '../../data/db';
import { callApi } from '../../sync/api-client';

interface TrustAnswer {
  demo: boolean;
  keys: unknown[];
}

export async function refreshTrustedKeys(db: SabilDatabase): Promise<void> {
  const answer = await callApi<TrustAnswer>('/trust');
  const keys = answer.keys.filter((key) => {
    try {
      parsePublicKey(key);
      return true;
    } catch {
      return false; // a key this app version cannot read is simply not trusted
    }
  });
  await db.device.put({ key: 'trust', demo: answer.demo, keys, fetchedAt: Date.now() });
}

export async function readTrustedKeys(db: SabilDatabase): Promise<PackPublicKey[]> {
  const row = await db.device.get('trust');
  return row?.key === 'trust' ? row.keys.map((key) => parsePublicKey(key)) : [];
}
