/**
 * Checks a stored entry (all media) where it lies in the source, a chunk at a time: limits,
 * CRC-32, and no archive hiding inside. Only one chunk is ever in memory; the result is the
 * entry's span, which the browser turns into a Blob slice of the chosen file without a copy.
 */
import { readExactly, type ByteSource, type FileSpan } from './byte-source';
import { crc32 } from './crc32';
import { checkBudget, checkSizeAndCrc, type Advance, type InflateBudget } from './inflate-entry';
import { checkArchiveContent } from './nested-archive';
import type { CentralEntry } from './zip-structure';

const READ_CHUNK = 4 * 1024 * 1024;
// Enough to see every archive signature, tar's "ustar" at 257 included.
const HEAD_BYTES = 512;

export async function checkStoredEntry(
  source: ByteSource,
  start: number,
  entry: CentralEntry,
  budget: InflateBudget,
  advance: Advance,
): Promise<FileSpan> {
  const length = entry.compressedSize;
  checkBudget(entry, length, { ...budget, maxRatio: Infinity });
  let crc = 0;
  let head: Uint8Array = new Uint8Array(0);
  for (let at = 0; at < length; at += READ_CHUNK) {
    const chunk = await readExactly(source, start + at, Math.min(READ_CHUNK, length - at));
    if (at === 0) head = chunk.slice(0, HEAD_BYTES);
    crc = crc32(chunk, crc);
    await advance(chunk.length);
  }
  checkSizeAndCrc(entry, length, crc);
  // After the CRC, as for deflated entries: damage is reported as damage, not as an archive.
  checkArchiveContent(entry.name, head);
  return { offset: start, length };
}

/** The JSON files are parsed whole, so a stored one is read into memory (within maxManifestBytes). */
export async function readStoredEntry(
  source: ByteSource,
  start: number,
  entry: CentralEntry,
  budget: InflateBudget,
  advance: Advance,
): Promise<Uint8Array<ArrayBuffer>> {
  const span = await checkStoredEntry(source, start, entry, budget, advance);
  const bytes = await readExactly(source, span.offset, span.length);
  // The file changed between the two reads (a stick pulled out and put back).
  checkSizeAndCrc(entry, bytes.length, crc32(bytes));
  return bytes;
}
