/**
 * Where a pack's bytes come from: a buffer already in memory (CLI, server, tests) or a Blob
 * such as the File a teacher chose, read slice by slice so a 500 MB pack never sits in memory
 * whole. A stored entry is then known by its span of the source, not by a copy of its bytes.
 */
import { SabilError } from '../errors';

export type ByteSource = {
  readonly size: number;
  /** The bytes [offset, offset + length), fewer only where the source ends. */
  read(offset: number, length: number): Promise<Uint8Array<ArrayBuffer>>;
};

/** Where a stored entry's bytes lie in the source: the browser slices its Blob there, without a copy. */
export type FileSpan = { readonly offset: number; readonly length: number };

/** An entry's data: bytes in memory (inflated entries, the JSON files) or a span of the source. */
export type FileData = Uint8Array<ArrayBuffer> | FileSpan;

export function isFileSpan(data: FileData): data is FileSpan {
  return !(data instanceof Uint8Array);
}

export function bytesSource(bytes: Uint8Array<ArrayBuffer>): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(offset, offset + length)),
  };
}

/** Blob exists in browsers, workers and Node 20; slice + arrayBuffer works where Blob.stream does not. */
export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()),
  };
}

/**
 * `source` read whole at its first read and every read answered from memory. For a small file:
 * each read of a Blob is a round trip to the browser's storage (≈ 3 ms in Chromium, whatever its
 * size) and checking a pack reads each file two or three times, so a 300 KB pack spent most of
 * its import waiting on reads. The bytes checked and hashed are then those of that one read.
 */
export function readWholeOnce(source: ByteSource): ByteSource {
  let whole: Promise<Uint8Array<ArrayBuffer>> | undefined;
  return {
    size: source.size,
    read: async (offset, length) => {
      whole ??= readExactly(source, 0, source.size);
      return (await whole).subarray(offset, offset + length);
    },
  };
}

/** Bytes [offset, offset + length) of the source; fewer means the file shrank while being read. */
export async function readExactly(source: ByteSource, offset: number, length: number): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = await source.read(offset, length);
  if (bytes.length !== length) throw new SabilError('pack/truncated');
  return bytes;
}
