/**
 * Reading installed packs and their files. Kept apart from installing (packs-repo.ts) so the
 * learner's first screen can list lessons without loading the pack verification code.
 */
import { SabilError } from '../core/errors/index';
import type { PackRow, SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

/** Installed packs, by id. */
export function listPacks(db: SabilDatabase): Promise<PackRow[]> {
  return guardStorage(() => db.packs.toArray());
}

export async function getPack(db: SabilDatabase, packId: string): Promise<PackRow> {
  const row = await guardStorage(() => db.packs.get(packId));
  if (!row) throw new SabilError('pack/not-installed', { packId });
  return row;
}

export async function getAssetBlob(db: SabilDatabase, sha256: string): Promise<Blob | undefined> {
  return (await guardStorage(() => db.assets.get(sha256)))?.blob;
}

/** The SHA-256 under which a pack's file is stored (and served at `/media/<sha256>`). */
export function assetShaForPath(pack: Pick<PackRow, 'manifest'>, path: string): string | undefined {
  return pack.manifest.files.find((file) => file.path === path)?.sha256;
}
