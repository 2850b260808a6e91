/**
 * Inflates one deflated entry while counting the bytes that actually come out, so a zip that
 * lies about its sizes is stopped as soon as it crosses a limit, not after it has filled memory.
 * The compressed input is read from the source a slice at a time. Stored entries (all media)
 * are never copied: stored-entry.ts checks them in place.
 */
import { Inflate } from 'fflate';
import { SabilError, isSabilError } from '../errors';
import { readExactly, type ByteSource } from './byte-source';
import { crc32 } from './crc32';
import type { CentralEntry } from './zip-structure';

export type InflateBudget = {
  maxEntryBytes: number;
  maxRatio: number;
  /** What is left of the total budget for all entries. */
  remainingTotal: number;
  maxTotalBytes: number;
};

// fflate inflates a whole pushed chunk at once; at deflate's ~1032:1 worst case a 16 KiB chunk
// yields at most ~17 MB before we get to count it.
const INPUT_CHUNK = 16 * 1024;
const READ_CHUNK = 1024 * 1024;

export type Advance = (compressedBytes: number) => Promise<void>;

export function checkBudget(entry: CentralEntry, inflated: number, budget: InflateBudget): void {
  if (inflated > budget.maxEntryBytes) {
    throw new SabilError('pack/entry-too-large', { path: entry.name, size: inflated, max: budget.maxEntryBytes });
  }
  if (inflated > budget.remainingTotal) {
    throw new SabilError('pack/too-large', { size: budget.maxTotalBytes - budget.remainingTotal + inflated, max: budget.maxTotalBytes });
  }
  if (inflated > budget.maxRatio * Math.max(entry.compressedSize, 1)) {
    const ratio = Math.floor(inflated / Math.max(entry.compressedSize, 1));
    throw new SabilError('pack/ratio-too-high', { path: entry.name, ratio, max: budget.maxRatio });
  }
}

export function checkSizeAndCrc(entry: CentralEntry, size: number, crc: number): void {
  if (size !== entry.size) throw new SabilError('pack/corrupt-entry', { path: entry.name, reason: 'size' });
  if (crc !== entry.crc) throw new SabilError('pack/corrupt-entry', { path: entry.name, reason: 'crc' });
}

export async function inflateEntry(
  source: ByteSource,
  start: number,
  entry: CentralEntry,
  budget: InflateBudget,
  advance: Advance,
): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let inflated = 0;
  const inflater = new Inflate((chunk) => {
    inflated += chunk.length;
    checkBudget(entry, inflated, budget);
    chunks.push(chunk);
  });
  const length = entry.compressedSize;
  try {
    if (length === 0) inflater.push(new Uint8Array(0), true);
    for (let read = 0; read < length; read += READ_CHUNK) {
      const slice = await readExactly(source, start + read, Math.min(READ_CHUNK, length - read));
      for (let at = 0; at < slice.length; at += INPUT_CHUNK) {
        const end = Math.min(slice.length, at + INPUT_CHUNK);
        inflater.push(slice.subarray(at, end), read + end === length);
        await advance(end - at);
      }
    }
  } catch (cause) {
    if (isSabilError(cause)) throw cause;
    throw new SabilError('pack/corrupt-entry', { path: entry.name, reason: 'inflate' }, { cause });
  }
  const output = new Uint8Array(inflated);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  checkSizeAndCrc(entry, output.length, crc32(output));
  return output;
}
