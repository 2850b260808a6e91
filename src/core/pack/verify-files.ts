/**
 * Holds the zip's files to the signed manifest: nothing unlisted, nothing missing, every size
 * and SHA-256 as listed. Cheap checks first, hashing last.
 */
import { SabilError } from '../errors';
import { isFileSpan, type ByteSource, type FileData } from './byte-source';
import { defaultSha256, sha256Hex, sha256HexOfSpan, type Sha256 } from './hash-bytes';
import { createProgress, type OnProgress } from './progress';
import { MANIFEST_PATH, SIGNATURE_PATH } from './read-zip';
import type { Manifest } from './schema';

function hashOf(data: FileData, source: ByteSource | undefined, advance: (n: number) => Promise<void>, hash: Sha256): Promise<string> {
  if (!isFileSpan(data)) return sha256Hex(data, advance, hash);
  if (!source) throw new Error('verifyFiles: a span needs the source it points into');
  return sha256HexOfSpan(source, data, advance, hash);
}

/**
 * `source` is where spans point; needed only when `entries` hold spans (readZipSource). `hash` is
 * the SHA-256 to use (WebCrypto where present, else noble).
 */
export async function verifyFiles<F extends FileData>(
  manifest: Manifest,
  entries: ReadonlyMap<string, F>,
  onProgress?: OnProgress,
  source?: ByteSource,
  hash: Sha256 = defaultSha256(),
): Promise<Map<string, F>> {
  const listed = new Set(manifest.files.map((file) => file.path));
  for (const path of entries.keys()) {
    if (path !== MANIFEST_PATH && path !== SIGNATURE_PATH && !listed.has(path)) {
      throw new SabilError('pack/unlisted-file', { path });
    }
  }
  const files = new Map<string, F>();
  for (const file of manifest.files) {
    const data = entries.get(file.path);
    if (!data) throw new SabilError('pack/missing-file', { path: file.path });
    if (data.length !== file.size) {
      throw new SabilError('pack/file-size-mismatch', { path: file.path, expected: file.size, actual: data.length });
    }
    files.set(file.path, data);
  }

  const total = manifest.files.reduce((sum, file) => sum + file.size, 0);
  const span = createProgress(onProgress).span(0, 1, total);
  for (const file of manifest.files) {
    const data = files.get(file.path)!; // set for every listed file just above
    const digest = await hashOf(data, source, (n) => span.advance(n), hash);
    if (digest !== file.sha256) throw new SabilError('pack/file-hash-mismatch', { path: file.path });
  }
  if (total === 0) await span.advance(0);
  return files;
}
