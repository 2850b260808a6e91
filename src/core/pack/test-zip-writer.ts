/**
 * Test support: writes zips byte by byte, so tests can make the archives a good writer never
 * would (duplicate names, lying sizes, symlinks, traversal paths, foreign compression methods).
 */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32';

export type RawEntry = {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflate (default for .json), anything else is written as given. */
  method?: number;
  /** Upper byte of "version made by": 3 = Unix. */
  madeBy?: number;
  externalAttrs?: number;
  flags?: number;
  /** Overrides the uncompressed size written in the headers (a liar's zip). */
  declaredSize?: number;
  /** Overrides the compressed size written in the headers; the data written stays `data`. */
  declaredCompressedSize?: number;
  crc?: number;
};

function writer() {
  const parts: Uint8Array[] = [];
  let length = 0;
  return {
    get length() {
      return length;
    },
    bytes(data: Uint8Array) {
      parts.push(data);
      length += data.length;
    },
    u16(value: number) {
      this.bytes(new Uint8Array([value & 0xff, (value >>> 8) & 0xff]));
    },
    u32(value: number) {
      this.u16(value & 0xffff);
      this.u16((value >>> 16) & 0xffff);
    },
    finish(): Uint8Array<ArrayBuffer> {
      const out = new Uint8Array(length);
      let at = 0;
      for (const part of parts) {
        out.set(part, at);
        at += part.length;
      }
      return out;
    },
  };
}

/**
 * The fields a local header and its central-directory twin share, from "version needed" to
 * "extra length": written by one function so the two can only differ where a test says so.
 */
function writeSharedFields(out: ReturnType<typeof writer>, entry: RawEntry, name: Uint8Array, compressed: Uint8Array, method: number): void {
  out.u16(20);
  out.u16((entry.flags ?? 0) | 0x800);
  out.u16(method);
  out.u32(0);
  out.u32(entry.crc ?? crc32(entry.data));
  out.u32(entry.declaredCompressedSize ?? compressed.length);
  out.u32(entry.declaredSize ?? entry.data.length);
  out.u16(name.length);
  out.u16(0);
}

export function writeRawZip(entries: readonly RawEntry[]): Uint8Array<ArrayBuffer> {
  const out = writer();
  const encoder = new TextEncoder();
  const central: { entry: RawEntry; name: Uint8Array; compressed: Uint8Array; offset: number; method: number }[] = [];
  for (const entry of entries) {
    const method = entry.method ?? (entry.name.endsWith('.json') ? 8 : 0);
    const compressed = method === 8 ? deflateSync(entry.data, { level: 9 }) : entry.data;
    const name = encoder.encode(entry.name);
    const offset = out.length;
    out.u32(0x04034b50);
    writeSharedFields(out, entry, name, compressed, method);
    out.bytes(name);
    out.bytes(compressed);
    central.push({ entry, name, compressed, offset, method });
  }
  const directoryOffset = out.length;
  for (const { entry, name, compressed, offset, method } of central) {
    out.u32(0x02014b50);
    out.u16(((entry.madeBy ?? 0) << 8) | 20);
    writeSharedFields(out, entry, name, compressed, method);
    out.u16(0);
    out.u16(0);
    out.u16(0);
    out.u32(entry.externalAttrs ?? 0);
    out.u32(offset);
    out.bytes(name);
  }
  const directorySize = out.length - directoryOffset;
  out.u32(0x06054b50);
  out.u16(0);
  out.u16(0);
  out.u16(entries.length);
  out.u16(entries.length);
  out.u32(directorySize);
  out.u32(directoryOffset);
  out.u16(0);
  return out.finish();
}
