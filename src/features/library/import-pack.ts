/**
 * One way in for every pack, whatever brought it (server, file, another device): verify all of
 * it, check there is room, then store it in one transaction. Nothing is stored before it is verified.
 */
import { verifyPack } from '../../core/pack/index';
import type { SabilDatabase } from '../../data/db';
import { ensureSpaceFor, installPack } from '../../data/packs-repo';
import { beginActivity } from '../update/activity';
import { readTrustedKeys, refreshTrustedKeys } from './trusted-keys';

export type ImportStage = 'downloading' | 'checking' | 'saving';
export type PackSource = 'server' | 'file' | 'device';

export interface ImportCallbacks {
  onStage(stage: ImportStage): void;
  onProgress(fraction: number): void;
}

// Lets the progress bar repaint between chunks of verification on slow devices.
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function importPack(db: SabilDatabase, bytes: Uint8Array<ArrayBuffer>, source: PackSource, callbacks: ImportCallbacks) {
  const endActivity = beginActivity();
  try {
    callbacks.onStage('checking');
    let trustedKeys = await readTrustedKeys(db);
    if (trustedKeys.length === 0) {
      // A device that has never asked its server whom to trust asks now (if there is a network),
      // rather than refusing the very first pack a teacher brings.
      await refreshTrustedKeys(db).catch(() => undefined);
      trustedKeys = await readTrustedKeys(db);
    }
    const verified = await verifyPack(bytes, {
      trustedKeys,
      onProgress: async (fraction) => {
        callbacks.onProgress(fraction);
        await nextFrame();
      },
    });
    callbacks.onStage('saving');
    await ensureSpaceFor(bytes.byteLength);
    await installPack(db, verified, { manifestJson: verified.manifestJson, signatureJson: verified.signature, source, now: Date.now() });
    return verified.manifest;
  } finally {
    endActivity();
  }
}
