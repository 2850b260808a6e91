/**
 * Reads a zip's end record and central directory — the only index of the archive we trust,
 * because it is where the external attributes (symlinks) live. Zip64, multi-disk and
 * encrypted archives are refused: a pack is at most 2 GiB unpacked (DEFAULT_LIMITS), well
 * below zip64's 4 GiB, and never encrypted.
 */
import { SabilError } from '../errors';
import type { ByteSource } from './byte-source';
import { runOnBytes, runOnSource, type ByteSteps } from './byte-steps';

export type CentralEntry = {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  /** High byte: the host system that wrote the entry (3 = Unix). */
  madeBy: number;
  externalAttrs: number;
};

export type CentralDirectory = { entries: CentralEntry[]; offset: number };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
// Reads ahead while walking the directory; one read covers a local header and its name.
const DIRECTORY_WINDOW = 64 * 1024;
const LOCAL_WINDOW = 1024;
const FLAG_ENCRYPTED = 0x1;
const FLAG_STRONG_ENCRYPTION = 0x40;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

export function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

type EndRecord = { end: number; record: Uint8Array };

/** The end record is the last one whose comment reaches exactly the end of the file. */
function* findEndRecord(size: number): ByteSteps<EndRecord> {
  const lowest = Math.max(0, size - EOCD_SIZE - 0xffff);
  const tail = yield { at: lowest, length: size - lowest };
  for (let at = tail.length - EOCD_SIZE; at >= 0; at--) {
    if (u32(tail, at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(tail, at + 20) === tail.length) {
      return { end: lowest + at, record: tail.subarray(at, at + EOCD_SIZE) };
    }
  }
  // A file that starts like a zip but has no end record was cut short (an interrupted copy).
  const head = yield { at: 0, length: 4 };
  if (head.length >= 4 && u32(head, 0) === LOCAL_SIGNATURE) throw new SabilError('pack/truncated');
  throw new SabilError('pack/not-a-zip');
}

function decodeName(raw: Uint8Array): string {
  try {
    return utf8.decode(raw);
  } catch (cause) {
    throw new SabilError('pack/unsafe-path', { path: '?', reason: 'encoding' }, { cause });
  }
}

function* centralDirectory(size: number, maxEntries: number): ByteSteps<CentralDirectory> {
  const { end, record } = yield* findEndRecord(size);
  const count = u16(record, 10);
  const directorySize = u32(record, 12);
  const offset = u32(record, 16);
  if (u16(record, 4) !== 0 || u16(record, 6) !== 0 || u16(record, 8) !== count) {
    throw new SabilError('pack/unsupported-zip', { reason: 'multi-disk' });
  }
  if (count === 0xffff || directorySize === 0xffffffff || offset === 0xffffffff) {
    throw new SabilError('pack/unsupported-zip', { reason: 'zip64' });
  }
  if (count > maxEntries) throw new SabilError('pack/too-many-entries', { count, max: maxEntries });
  // The directory must sit right before the end record: no gap where a second index could hide.
  if (offset + directorySize !== end) throw new SabilError('pack/corrupt-zip', { reason: 'central-directory' });

  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > end) throw new SabilError('pack/corrupt-zip', { reason: 'central-directory' });
    const head = yield { at, length: CENTRAL_SIZE };
    if (u32(head, 0) !== CENTRAL_SIGNATURE) throw new SabilError('pack/corrupt-zip', { reason: 'central-directory' });
    const nameLength = u16(head, 28);
    const next = at + CENTRAL_SIZE + nameLength + u16(head, 30) + u16(head, 32);
    if (next > end) throw new SabilError('pack/corrupt-zip', { reason: 'central-directory' });
    const entry: CentralEntry = {
      name: decodeName(yield { at: at + CENTRAL_SIZE, length: nameLength }),
      madeBy: u16(head, 4) >> 8,
      flags: u16(head, 8),
      method: u16(head, 10),
      crc: u32(head, 16),
      compressedSize: u32(head, 20),
      size: u32(head, 24),
      externalAttrs: u32(head, 38),
      localOffset: u32(head, 42),
    };
    if (entry.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
      throw new SabilError('pack/unsupported-zip', { reason: 'encrypted', path: entry.name });
    }
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localOffset === 0xffffffff) {
      throw new SabilError('pack/unsupported-zip', { reason: 'zip64', path: entry.name });
    }
    if (entry.method !== 0 && entry.method !== 8) {
      throw new SabilError('pack/unsupported-zip', { reason: `method-${entry.method}`, path: entry.name });
    }
    entries.push(entry);
    at = next;
  }
  if (at !== end) throw new SabilError('pack/corrupt-zip', { reason: 'central-directory' });
  return { entries, offset };
}

/**
 * Where an entry's data starts, after checking that its local header tells the same story as
 * the central directory. Readers that trust one or the other would otherwise see different files.
 */
function* localData(entry: CentralEntry, directoryOffset: number): ByteSteps<number> {
  const at = entry.localOffset;
  if (at + LOCAL_SIZE > directoryOffset) throw new SabilError('pack/corrupt-zip', { reason: 'local-header', path: entry.name });
  const head = yield { at, length: LOCAL_SIZE };
  if (u32(head, 0) !== LOCAL_SIGNATURE) throw new SabilError('pack/corrupt-zip', { reason: 'local-header', path: entry.name });
  const nameLength = u16(head, 26);
  const start = at + LOCAL_SIZE + nameLength + u16(head, 28);
  if (u16(head, 8) !== entry.method) throw new SabilError('pack/corrupt-zip', { reason: 'local-header', path: entry.name });
  const name = yield { at: at + LOCAL_SIZE, length: nameLength };
  if (decodeName(name) !== entry.name) throw new SabilError('pack/corrupt-zip', { reason: 'local-header', path: entry.name });
  if (start + entry.compressedSize > directoryOffset) {
    throw new SabilError('pack/corrupt-zip', { reason: 'entry-bounds', path: entry.name });
  }
  return start;
}

export function readCentralDirectory(bytes: Uint8Array, maxEntries: number): CentralDirectory {
  return runOnBytes(bytes, centralDirectory(bytes.length, maxEntries));
}

export function readCentralDirectoryFrom(source: ByteSource, maxEntries: number): Promise<CentralDirectory> {
  return runOnSource(source, centralDirectory(source.size, maxEntries), DIRECTORY_WINDOW);
}

export function locateData(bytes: Uint8Array, entry: CentralEntry, directoryOffset: number): number {
  return runOnBytes(bytes, localData(entry, directoryOffset));
}

export function locateDataIn(source: ByteSource, entry: CentralEntry, directoryOffset: number): Promise<number> {
  return runOnSource(source, localData(entry, directoryOffset), LOCAL_WINDOW);
}
