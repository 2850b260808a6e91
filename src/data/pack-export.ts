/**
 * Rebuilds an installed pack as a zip another device can import: the manifest and signature as
 * they were signed, and each file from its stored Blob. The signature covers the canonical
 * manifest, not its bytes, so re-serialising the parsed JSON keeps it valid.
 */
import { zipSync, type Zippable } from 'fflate';
import { SabilError } from '../core/errors/index';
import { MANIFEST_PATH, SIGNATURE_PATH } from '../core/pack/index';
import type { SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

// The same fixed time as `pack build`: fflate would otherwise stamp entries with the clock.
const ZIP_TIME = new Date(1980, 0, 1, 12, 0, 0);
const encoder = new TextEncoder();

function jsonEntry(value: unknown): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${JSON.stringify(value, null, 2)}\n`);
}

export async function exportPackZip(db: SabilDatabase, packId: string): Promise<Uint8Array<ArrayBuffer>> {
  const { pack, assets } = await guardStorage(() =>
    db.transaction('r', db.packs, db.assets, async () => {
      const pack = await db.packs.get(packId);
      if (!pack) throw new SabilError('pack/not-installed', { packId });
      return { pack, assets: await db.assets.bulkGet(pack.manifest.files.map((file) => file.sha256)) };
    }),
  );
  // JSON first and deflated; media stored, as `pack build` writes them.
  const entries: Zippable = {
    [MANIFEST_PATH]: [jsonEntry(pack.manifestJson), { level: 9 }],
    [SIGNATURE_PATH]: [jsonEntry(pack.signatureJson), { level: 9 }],
  };
  // Blobs are read after the transaction: awaiting anything but Dexie inside one would end it.
  for (const [index, file] of pack.manifest.files.entries()) {
    const asset = assets[index];
    if (!asset) throw new SabilError('pack/missing-file', { path: file.path });
    entries[file.path] = [new Uint8Array(await asset.blob.arrayBuffer()), { level: 0 }];
  }
  return zipSync(entries, { mtime: ZIP_TIME });
}
