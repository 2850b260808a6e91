/**
 * Holds the zip's files to the signed manifest: nothing unlisted, nothing missing, every size
 * and SHA-256 as listed. Cheap checks first, hashing last.
 */
import { SabilError } from '../errors';
import { sha256Hex } from './hash-bytes';
import { createProgress, type OnProgress } from './progress';
import { MANIFEST_PATH, SIGNATURE_PATH, type ZipEntries } from './read-zip';
import type { Manifest } from './schema';

export async function verifyFiles(
  manifest: Manifest,
  entries: ZipEntries,
  onProgress?: OnProgress,
): Promise<Map<string, Uint8Array<ArrayBuffer>>> {
  const listed = new Set(manifest.files.map((file) => file.path));
  for (const path of entries.keys()) {
    if (path !== MANIFEST_PATH && path !== SIGNATURE_PATH && !listed.has(path)) {
      throw new SabilError('pack/unlisted-file', { path });
    }
  }
  const files = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const file of manifest.files) {
    const bytes = entries.get(file.path);
    if (!bytes) throw new SabilError('pack/missing-file', { path: file.path });
    if (bytes.length !== file.size) {
      throw new SabilError('pack/file-size-mismatch', { path: file.path, expected: file.size, actual: bytes.length });
    }
    files.set(file.path, bytes);
  }

  const total = manifest.files.reduce((sum, file) => sum + file.size, 0);
  const span = createProgress(onProgress).span(0, 1, total);
  for (const file of manifest.files) {
    const bytes = files.get(file.path)!; // set for every listed file just above
    const hash = await sha256Hex(bytes, (n) => span.advance(n));
    if (hash !== file.sha256) throw new SabilError('pack/file-hash-mismatch', { path: file.path });
  }
  if (total === 0) await span.advance(0);
  return files;
}
