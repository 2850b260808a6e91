/**
 * Reads a pack file the user chose (USB stick, SD card, downloads) into memory in slices, with
 * progress. Blob.slice + arrayBuffer works where Blob.stream does not, and a bar that moves
 * tells a teacher with a slow SD card that something is happening.
 */
import { SabilError } from '../core/errors/index';
import { DEFAULT_LIMITS, type OnProgress } from '../core/pack/index';

const CHUNK_BYTES = 4 * 1024 * 1024;
// Stored media make a zip about as large as its contents; each entry adds two headers naming it.
const MAX_PACK_FILE_BYTES = DEFAULT_LIMITS.maxTotalBytes + DEFAULT_LIMITS.maxEntries * 1024;

export interface ReadPackFileOptions {
  chunkBytes?: number;
  /** A larger file is refused with `pack/too-large` before any byte is read. */
  maxBytes?: number;
}

export async function readPackFile(
  file: Blob,
  onProgress?: OnProgress,
  { chunkBytes = CHUNK_BYTES, maxBytes = MAX_PACK_FILE_BYTES }: ReadPackFileOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  if (file.size > maxBytes) throw new SabilError('pack/too-large', { size: file.size, max: maxBytes });
  const bytes = new Uint8Array(file.size);
  let offset = 0;
  while (offset < file.size) {
    const chunk = new Uint8Array(await file.slice(offset, offset + chunkBytes).arrayBuffer());
    // A file that shrank while being read (a stick pulled out) ends here; verifyPack then names the damage.
    if (chunk.length === 0) break;
    bytes.set(chunk.subarray(0, file.size - offset), offset);
    offset += chunk.length;
    await onProgress?.(Math.min(1, offset / file.size));
  }
  if (file.size === 0) await onProgress?.(1);
  return bytes;
}
