/**
 * Lesson packs installed on this device. A pack is written in one transaction, so it is there
 * whole or not at all; its files are stored once by SHA-256 however many packs list them, and a
 * file goes when the last pack that lists it goes. Only verified packs come in (verifyPack,
 * or verifyPackSource on a chosen file, whose media arrive as slices of that file).
 */
import { SabilError } from '../core/errors/index';
import { isFileSpan, parseManifest, verifyManifestSignature, type FileData, type SignatureFile, type VerifiedPack } from '../core/pack/index';
import { compareVersions } from './compare-versions';
import type { AssetRow, PackOrigin, PackRow, SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

export { ensureSpaceFor, type EstimateStorage } from './pack-space';
export { exportPackZip } from './pack-export';
export { openPackFile, type OpenPackFileOptions } from './pack-file';
export { listPacks, getPack, getAssetBlob, assetShaForPath } from './pack-queries';

export interface InstallOptions {
  /** manifest.json and signature.json as verifyPack read them (`verified.manifestJson`, `verified.signature`). */
  manifestJson: unknown;
  signatureJson: SignatureFile;
  source: PackOrigin;
  now: number;
  /** The pack file that the spans in `verified.files` point into (verifyPackSource on a Blob). */
  packFile?: Blob;
}

type NewAsset = Omit<AssetRow, 'packIds'>;

function blobOf(data: FileData, type: string, packFile: Blob | undefined): Blob {
  // The Blob copies the bytes, so the zip's buffer can be freed once the pack is stored.
  if (!isFileSpan(data)) return new Blob([data], { type });
  if (!packFile) throw new Error('installPack: file spans need the pack file they point into');
  // A slice is no copy; IndexedDB copies its bytes on put, while the chosen file is still readable.
  return packFile.slice(data.offset, data.offset + data.length, type);
}

/** One row per distinct file, Blobs made before the transaction (which must await only Dexie). */
function assetsOf(verified: VerifiedPack<FileData>, packFile: Blob | undefined): Map<string, NewAsset> {
  const assets = new Map<string, NewAsset>();
  for (const file of verified.manifest.files) {
    const data = verified.files.get(file.path);
    if (!data) throw new SabilError('pack/missing-file', { path: file.path });
    if (assets.has(file.sha256)) continue;
    assets.set(file.sha256, { sha256: file.sha256, blob: blobOf(data, file.type, packFile), size: file.size, type: file.type });
  }
  return assets;
}

/** The stored manifest and signature must be the ones verified, or the pack could not be exported. */
function checkSignedPair(verified: VerifiedPack<FileData>, options: InstallOptions): void {
  verifyManifestSignature(options.manifestJson, options.signatureJson, [verified.signedBy]);
  const signed = parseManifest(options.manifestJson);
  if (signed.id !== verified.manifest.id || signed.version !== verified.manifest.version) {
    throw new SabilError('pack/bad-signature', { keyId: options.signatureJson.keyId });
  }
}

/** Takes `packId` off the assets it no longer uses (all but `keep`); deletes assets nobody uses. */
async function releaseAssets(db: SabilDatabase, packId: string, keep: ReadonlySet<string> = new Set()): Promise<void> {
  const used = await db.assets.where('packIds').equals(packId).toArray();
  const released = used
    .filter((asset) => !keep.has(asset.sha256))
    .map((asset) => ({ ...asset, packIds: asset.packIds.filter((id) => id !== packId) }));
  await db.assets.bulkDelete(released.filter((asset) => asset.packIds.length === 0).map((asset) => asset.sha256));
  await db.assets.bulkPut(released.filter((asset) => asset.packIds.length > 0));
}

/**
 * Stores a verified pack, replacing an older or equal version of the same id; a newer installed
 * version is kept (`pack/older-version`). Check space first with `ensureSpaceFor`.
 */
export async function installPack(db: SabilDatabase, verified: VerifiedPack<FileData>, options: InstallOptions): Promise<PackRow> {
  checkSignedPair(verified, options);
  const { manifest } = verified;
  const assets = assetsOf(verified, options.packFile);
  const row: PackRow = {
    id: manifest.id,
    version: manifest.version,
    publisherKeyId: manifest.publisher.keyId,
    manifest,
    manifestJson: options.manifestJson,
    signatureJson: options.signatureJson,
    sizeBytes: manifest.files.reduce((sum, file) => sum + file.size, 0),
    installedAt: options.now,
    source: options.source,
  };
  return guardStorage(() =>
    db.transaction('rw', db.packs, db.assets, async () => {
      const installed = await db.packs.get(row.id);
      if (installed && compareVersions(installed.version, row.version) > 0) {
        throw new SabilError('pack/older-version', { packId: row.id, installed: installed.version, offered: row.version });
      }
      if (installed) await releaseAssets(db, row.id, new Set(assets.keys()));
      const fresh = [...assets.values()];
      const stored = await db.assets.bulkGet(fresh.map((asset) => asset.sha256));
      // An asset already stored keeps its Blob; it only learns that this pack lists it too.
      const writes = fresh.flatMap((asset, index): AssetRow[] => {
        const existing = stored[index];
        if (!existing) return [{ ...asset, packIds: [row.id] }];
        return existing.packIds.includes(row.id) ? [] : [{ ...existing, packIds: [...existing.packIds, row.id] }];
      });
      await db.assets.bulkPut(writes);
      await db.packs.put(row);
      return row;
    }),
  );
}

/** Removes the pack and the files no other pack lists. Learners' events about it stay. */
export function removePack(db: SabilDatabase, packId: string): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', db.packs, db.assets, async () => {
      await releaseAssets(db, packId);
      await db.packs.delete(packId);
    }),
  );
}
