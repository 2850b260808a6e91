/**
 * Reads a zip's end record and central directory — the only index of the archive we trust,
 * because it is where the external attributes (symlinks) live. Zip64, multi-disk and
 * encrypted archives are refused: a pack is at most 2 GiB unpacked (DEFAULT_LIMITS), well
 * below zip64's 4 GiB, and never encrypted.
 */
import { SabilError } from '../errors';

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
const FLAG_ENCRYPTED = 0x1;
const FLAG_STRONG_ENCRYPTION = 0x40;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

export function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;
}

/** The end record is the last one whose comment reaches exactly the end of the file. */
function findEndRecord(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - 0xffff);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (u32(bytes, at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(bytes, at + 20) === bytes.length) {
      return at;
    }
  }
  // A file that starts like a zip but has no end record was cut short (an interrupted copy).
  if (bytes.length >= 4 && u32(bytes, 0) === LOCAL_SIGNATURE) throw new SabilError('pack/truncated');
  throw new SabilError('pack/not-a-zip');
}

function decodeName(raw: Uint8Array): string {
  try {
    return utf8.decode(raw);
  } catch (cause) {
    throw new SabilError('pack/unsafe-path', { path: '?', reason: 'encoding' }, { cause });
  }
}

export function readCentralDirectory(bytes: Uint8Array, maxEntries: number): CentralDirectory {
  const end = findEndRecord(bytes);
  const count = u16(bytes, end + 10);
  const size = u32(bytes, end + 12);
  const offset = u32(bytes, end + 16);
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0 || u16(bytes, end + 8) !== count) {
    throw new SabilError('pack/unsupported-zip', { reason: 'multi-disk' });
  }
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new SabilError('pack/unsupported-zip', { reason: 'zip64' });
  }
  if (count > maxEntries) throw new SabilError('pack/too-many-entries', { count, max: maxEntries });
  // The directory must sit right before the end record: no gap where a second index could hide.
  if (offset + size !== end) throw new SabilError('pack/corrupt-zip', { reason: 'central-directory' });

  const entries: CentralEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + CENTRAL_SIZE > end || u32(bytes, at) !== CENTRAL_SIGNATURE) {
      throw new SabilError('pack/corrupt-zip', { reason: 'central-directory' });
    }
    const nameLength = u16(bytes, at + 28);
    const next = at + CENTRAL_SIZE + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) throw new SabilError('pack/corrupt-zip', { reason: 'central-directory' });
    const entry: CentralEntry = {
      name: decodeName(bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength)),
      madeBy: u16(bytes, at + 4) >> 8,
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      externalAttrs: u32(bytes, at + 38),
      localOffset: u32(bytes, at + 42),
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
export function locateData(bytes: Uint8Array, entry: CentralEntry, directoryOffset: number): number {
  const at = entry.localOffset;
  if (at + 30 > directoryOffset || u32(bytes, at) !== LOCAL_SIGNATURE) {
    throw new SabilError('pack/corrupt-zip', { reason: 'local-header', path: entry.name });
  }
  const nameLength = u16(bytes, at + 26);
  const start = at + 30 + nameLength + u16(bytes, at + 28);
  const name = bytes.subarray(at + 30, at + 30 + nameLength);
  if (u16(bytes, at + 8) !== entry.method || decodeName(name) !== entry.name) {
    throw new SabilError('pack/corrupt-zip', { reason: 'local-header', path: entry.name });
  }
  if (start + entry.compressedSize > directoryOffset) {
    throw new SabilError('pack/corrupt-zip', { reason: 'entry-bounds', path: entry.name });
  }
  return start;
}
