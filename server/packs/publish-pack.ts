/**
 * Puts a pack zip into the catalogue: verify with the shared `verifyPack` against the server's
 * trusted keys, write the file, then record the row. Used by `npm run pack -- publish` and by
 * the demo packs at start-up. Nothing is written for a pack that fails; the file is on disk
 * before its row exists, so a crash between the two leaves an unlisted file, never a listed gap.
 */
import { createHash } from 'node:crypto';
import { SabilError } from '../../src/core/errors/index';
import { verifyPack, type PackPublicKey } from '../../src/core/pack/index';
import type { CatalogueEntry, Storage } from '../storage/storage';
import { hasPackFile, packFileName, writePackFile } from './pack-files';

export interface PublishContext {
  storage: Storage;
  packsDir: string;
  trustedKeys: readonly PackPublicKey[];
  now?: () => Date;
}

/** `unchanged`: these exact bytes were already published; nothing new was recorded. */
export interface PublishResult {
  status: 'published' | 'unchanged';
  entry: CatalogueEntry;
}

export async function publishPack(bytes: Uint8Array<ArrayBuffer>, context: PublishContext): Promise<PublishResult> {
  const { storage, packsDir } = context;
  const { manifest } = await verifyPack(bytes, { trustedKeys: context.trustedKeys });
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  const existing = await storage.getPack(manifest.id, manifest.version);
  if (existing) return keepExisting(existing, sha256, bytes, packsDir);

  const entry: CatalogueEntry = {
    id: manifest.id,
    version: manifest.version,
    publisherKeyId: manifest.publisher.keyId,
    titles: { ...manifest.title },
    languages: [...manifest.languages],
    sizeBytes: bytes.length,
    sha256,
    fileName: packFileName(sha256),
    publishedAt: (context.now ?? (() => new Date()))().toISOString(),
  };
  await writePackFile(packsDir, entry.fileName, bytes);
  const outcome = await storage.publishPack(entry);
  // Another publisher got the same id and version in between: same rules as above.
  if (outcome.kind === 'exists') return keepExisting(outcome.current, sha256, bytes, packsDir);
  return { status: 'published', entry };
}

/** A published version is never replaced: same bytes are a no-op, other bytes are refused. */
async function keepExisting(existing: CatalogueEntry, sha256: string, bytes: Uint8Array, packsDir: string): Promise<PublishResult> {
  if (existing.sha256 !== sha256) {
    throw new SabilError('pack/version-exists', { id: existing.id, version: existing.version });
  }
  // Same bytes: put the file back if someone removed it from the data folder.
  if (!(await hasPackFile(packsDir, existing.fileName, existing.sizeBytes))) await writePackFile(packsDir, existing.fileName, bytes);
  return { status: 'unchanged', entry: existing };
}
