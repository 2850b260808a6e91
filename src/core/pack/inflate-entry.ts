/**
 * Inflates one entry while counting the bytes that actually come out, so a zip that lies
 * about its sizes is stopped as soon as it crosses a limit, not after it has filled memory.
 * Stored entries (all media) are returned as views into the zip's bytes: no copy.
 */
import { Inflate } from 'fflate';
import { SabilError, isSabilError } from '../errors';
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
const CRC_CHUNK = 1024 * 1024;

type Advance = (compressedBytes: number) => Promise<void>;

export async function inflateEntry(
  data: Uint8Array<ArrayBuffer>,
  entry: CentralEntry,
  budget: InflateBudget,
  advance: Advance,
): Promise<Uint8Array<ArrayBuffer>> {
  const { output, crc } = entry.method === 0 ? await copyStored(data, entry, budget, advance) : await inflate(data, entry, budget, advance);
  if (output.length !== entry.size) {
    throw new SabilError('pack/corrupt-entry', { path: entry.name, reason: 'size' });
  }
  if (crc !== entry.crc) throw new SabilError('pack/corrupt-entry', { path: entry.name, reason: 'crc' });
  return output;
}

function checkBudget(entry: CentralEntry, inflated: number, budget: InflateBudget): void {
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

async function copyStored(data: Uint8Array<ArrayBuffer>, entry: CentralEntry, budget: InflateBudget, advance: Advance) {
  checkBudget(entry, data.length, { ...budget, maxRatio: Infinity });
  let crc = 0;
  for (let at = 0; at < data.length; at += CRC_CHUNK) {
    const chunk = data.subarray(at, at + CRC_CHUNK);
    crc = crc32(chunk, crc);
    await advance(chunk.length);
  }
  return { output: data, crc };
}

async function inflate(data: Uint8Array<ArrayBuffer>, entry: CentralEntry, budget: InflateBudget, advance: Advance) {
  const chunks: Uint8Array[] = [];
  let inflated = 0;
  const inflater = new Inflate((chunk) => {
    inflated += chunk.length;
    checkBudget(entry, inflated, budget);
    chunks.push(chunk);
  });
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let at = 0; at < data.length; at += INPUT_CHUNK) {
      const end = Math.min(data.length, at + INPUT_CHUNK);
      inflater.push(data.subarray(at, end), end === data.length);
      await advance(end - at);
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
  return { output, crc: crc32(output) };
}
