/**
 * Reads a pack's zip under limits: entry count, inflated sizes (declared and
 * actual), compression ratio, safe names, no links, no duplicates (even once normalised),
 * no overlapping entries, no archives inside. It says nothing about authenticity;
 * verify-pack.ts does that next.
 */
import { SabilError } from '../errors';
import { bytesSource, isFileSpan, type ByteSource, type FileData } from './byte-source';
import { inflateEntry } from './inflate-entry';
import { resolveLimits, type ZipLimits } from './limits';
import { checkArchiveContent, checkArchiveName } from './nested-archive';
import { createProgress, type OnProgress } from './progress';
import { checkEntryKind, checkEntryPath, checkUniqueNames, isDirectoryEntry } from './zip-paths';
import { checkStoredEntry, readStoredEntry } from './stored-entry';
import { locateDataIn, readCentralDirectoryFrom, type CentralEntry } from './zip-structure';

/** Regular files by path, in the order of the central directory. */
export type ZipEntries = Map<string, Uint8Array<ArrayBuffer>>;
/** The same from a source: stored media as spans of it, everything else as bytes. */
export type ZipSourceEntries = Map<string, FileData>;

export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'signature.json';

function entryLimit(entry: CentralEntry, limits: ZipLimits): number {
  return entry.name === MANIFEST_PATH ? Math.min(limits.maxEntryBytes, limits.maxManifestBytes) : limits.maxEntryBytes;
}

/** Refuse on what the directory claims before spending any time inflating. */
function checkDeclared(files: CentralEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const entry of files) {
    const max = entryLimit(entry, limits);
    if (entry.size > max) throw new SabilError('pack/entry-too-large', { path: entry.name, size: entry.size, max });
    total += entry.size;
    if (total > limits.maxTotalBytes) throw new SabilError('pack/too-large', { size: total, max: limits.maxTotalBytes });
    if (entry.method === 8 && entry.size > limits.maxRatio * Math.max(entry.compressedSize, 1)) {
      const ratio = Math.floor(entry.size / Math.max(entry.compressedSize, 1));
      throw new SabilError('pack/ratio-too-high', { path: entry.name, ratio, max: limits.maxRatio });
    }
    if (entry.method === 0 && entry.size !== entry.compressedSize) {
      throw new SabilError('pack/corrupt-entry', { path: entry.name, reason: 'size' });
    }
  }
}

/** Overlapping entries let one stretch of bytes count as many files (the "better zip bomb"). */
function checkNoOverlap(located: { entry: CentralEntry; start: number }[]): void {
  const byOffset = [...located].sort((a, b) => a.entry.localOffset - b.entry.localOffset);
  for (let i = 1; i < byOffset.length; i++) {
    const previous = byOffset[i - 1]!;
    const current = byOffset[i]!;
    if (previous.start + previous.entry.compressedSize > current.entry.localOffset) {
      throw new SabilError('pack/corrupt-zip', { reason: 'overlap', path: current.entry.name });
    }
  }
}

/**
 * Reads a zip from a source. Deflated entries and the two JSON files come back as bytes; stored
 * media as their span of the source, checked (limits, CRC-32, no archive inside) a chunk at a time.
 */
export async function readZipSource(
  source: ByteSource,
  options: { limits?: Partial<ZipLimits>; onProgress?: OnProgress } = {},
): Promise<ZipSourceEntries> {
  const limits = resolveLimits(options.limits);
  const directory = await readCentralDirectoryFrom(source, limits.maxEntries);
  for (const entry of directory.entries) {
    checkEntryPath(entry.name);
    checkEntryKind(entry);
  }
  checkUniqueNames(directory.entries);
  const files = directory.entries.filter((entry) => !isDirectoryEntry(entry));
  for (const entry of files) checkArchiveName(entry.name);
  checkDeclared(files, limits);
  const located: { entry: CentralEntry; start: number }[] = [];
  for (const entry of files) located.push({ entry, start: await locateDataIn(source, entry, directory.offset) });
  checkNoOverlap(located);

  const totalCompressed = files.reduce((sum, entry) => sum + entry.compressedSize, 0);
  const span = createProgress(options.onProgress).span(0, 1, totalCompressed);
  const advance = (n: number) => span.advance(n);
  const entries: ZipSourceEntries = new Map();
  let inflatedTotal = 0;
  for (const { entry, start } of located) {
    const budget = {
      maxEntryBytes: entryLimit(entry, limits),
      maxRatio: limits.maxRatio,
      remainingTotal: limits.maxTotalBytes - inflatedTotal,
      maxTotalBytes: limits.maxTotalBytes,
    };
    let data: FileData;
    if (entry.method === 8) {
      data = await inflateEntry(source, start, entry, budget, advance);
      checkArchiveContent(entry.name, data);
    } else if (entry.name === MANIFEST_PATH || entry.name === SIGNATURE_PATH) {
      data = await readStoredEntry(source, start, entry, budget, advance);
    } else {
      data = await checkStoredEntry(source, start, entry, budget, advance);
    }
    inflatedTotal += data.length;
    entries.set(entry.name, data);
  }
  if (totalCompressed === 0) await span.advance(0);
  return entries;
}

/** readZipSource on bytes in memory; stored entries are views into `bytes`, not copies. */
export async function readZip(
  bytes: Uint8Array<ArrayBuffer>,
  options: { limits?: Partial<ZipLimits>; onProgress?: OnProgress } = {},
): Promise<ZipEntries> {
  const entries: ZipEntries = new Map();
  for (const [path, data] of await readZipSource(bytesSource(bytes), options)) {
    entries.set(path, isFileSpan(data) ? bytes.subarray(data.offset, data.offset + data.length) : data);
  }
  return entries;
}
