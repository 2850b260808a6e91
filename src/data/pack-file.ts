/**
 * Opens a pack file the user chose (USB stick, SD card, downloads) for verifyPackSource. A large
 * file is read a slice at a time and never copied into memory whole, so a 500 MB pack imports on a
 * 2 GB phone; a small one is read whole at its first read (see readWholeOnce: every Blob read is
 * a round trip, and most packs are a few megabytes). Blob.slice + arrayBuffer works where Blob.stream does not.
 */
import { SabilError } from '../core/errors/index';
import { DEFAULT_LIMITS, blobSource, readWholeOnce, type ByteSource } from '../core/pack/index';

// Stored media make a zip about as large as its contents; each entry adds two headers naming it.
const MAX_PACK_FILE_BYTES = DEFAULT_LIMITS.maxTotalBytes + DEFAULT_LIMITS.maxEntries * 1024;
// At most this much is held at once when reading whole; a pack downloaded from the server is held
// whole anyway, and a 4 MiB chunk is what the slice-by-slice path holds.
const WHOLE_READ_MAX_BYTES = 16 * 1024 * 1024;

export interface OpenPackFileOptions {
  /** A larger file is refused with `pack/too-large` before any byte is read. */
  maxBytes?: number;
  /** A file up to this size is read whole, once; a larger one by slices. */
  wholeReadMaxBytes?: number;
}

export function openPackFile(file: Blob, { maxBytes = MAX_PACK_FILE_BYTES, wholeReadMaxBytes = WHOLE_READ_MAX_BYTES }: OpenPackFileOptions = {}): ByteSource {
  if (file.size > maxBytes) throw new SabilError('pack/too-large', { size: file.size, max: maxBytes });
  const source = blobSource(file);
  return file.size <= wholeReadMaxBytes ? readWholeOnce(source) : source;
}
