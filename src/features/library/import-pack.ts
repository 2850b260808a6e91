/**
 * One way in for every pack, whatever brought it (server, file, another device): verify all of
 * it, check there is room, then store it in one transaction. Nothing is stored before it is verified.
 * A chosen file (a Blob) is read a slice at a time (whole, once, if small) and its media stored as
 * slices of it; a download arrives as bytes (bounded by the catalogue's size).
 */
import { verifyPack, verifyPackSource, type VerifyPackOptions } from '../../core/pack/index';
import type { SabilDatabase } from '../../data/db';
import { ensureSpaceFor, installPack, openPackFile } from '../../data/packs-repo';
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

/** A chosen file is read by slices (and refused before any read if too large to be a pack); a download from memory. */
function openPack(pack: Blob | Uint8Array<ArrayBuffer>) {
  if (pack instanceof Uint8Array) {
    return { size: pack.byteLength, packFile: undefined, verify: (options: VerifyPackOptions) => verifyPack(pack, options) };
  }
  const source = openPackFile(pack);
  return { size: source.size, packFile: pack, verify: (options: VerifyPackOptions) => verifyPackSource(source, options) };
}

export async function importPack(db: SabilDatabase, pack: Blob | Uint8Array<ArrayBuffer>, source: PackSource, callbacks: ImportCallbacks) {
  const endActivity = beginActivity();
  try {
    const opened = openPack(pack);
    callbacks.onStage('checking');
    let trustedKeys = await readTrustedKeys(db);
    if (trustedKeys.length === 0) {
      // A device that has never asked its server whom to trust asks now (if there is a network),
      // rather than refusing the very first pack a teacher brings.
      await refreshTrustedKeys(db).catch(() => undefined);
      trustedKeys = await readTrustedKeys(db);
    }
    const verified = await opened.verify({
      trustedKeys,
      onProgress: async (fraction) => {
        callbacks.onProgress(fraction);
        await nextFrame();
      },
    });
    callbacks.onStage('saving');
    await ensureSpaceFor(opened.size);
    await installPack(db, verified, {
      manifestJson: verified.manifestJson,
      signatureJson: verified.signature,
      source,
      now: Date.now(),
      packFile: opened.packFile,
    });
    return verified.manifest;
  } finally {
    endActivity();
  }
}
