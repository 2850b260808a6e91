/**
 * Opens a pack file the user chose (USB stick, SD card, downloads) for verifyPackSource, which
 * reads it a slice at a time: the file is never copied into memory whole, so a 500 MB pack
 * imports on a 2 GB phone. Blob.slice + arrayBuffer works where Blob.stream does not.
 */
import { SabilError } from '../core/errors/index';
import { DEFAULT_LIMITS, blobSource, type ByteSource } from '../core/pack/index';

// Stored media make a zip about as large as its contents; each entry adds two headers naming it.
const MAX_PACK_FILE_BYTES = DEFAULT_LIMITS.maxTotalBytes + DEFAULT_LIMITS.maxEntries * 1024;

export interface OpenPackFileOptions {
  /** A larger file is refused with `pack/too-large` before any byte is read. */
  maxBytes?: number;
}

export function openPackFile(file: Blob, { maxBytes = MAX_PACK_FILE_BYTES }: OpenPackFileOptions = {}): ByteSource {
  if (file.size > maxBytes) throw new SabilError('pack/too-large', { size: file.size, max: maxBytes });
  return blobSource(file);
}
