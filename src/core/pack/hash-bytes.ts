/**
 * SHA-256 of a file's bytes, or of its span of a ByteSource read a chunk at a time, as lowercase
 * hex. The whole-bytes hasher is a parameter (`Sha256`); by default WebCrypto when the runtime has
 * it (native, ~10× faster) and @noble/hashes where it does not — crypto.subtle is missing outside
 * secure contexts, such as a school server on plain http.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { readExactly, type ByteSource, type FileSpan } from './byte-source';

// WebCrypto copies its input and cannot hash in pieces, so very large files take the
// incremental path instead of doubling their memory on a 2 GB phone.
const NATIVE_MAX_BYTES = 64 * 1024 * 1024;
const CHUNK = 1024 * 1024;
// A span is read from its source this much at a time: the most of it ever held in memory.
const SPAN_CHUNK = 4 * 1024 * 1024;

type Advance = (bytes: number) => Promise<void>;

/** The SHA-256 digest of bytes held whole. */
export type Sha256 = (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;

/** JavaScript: works everywhere, ~10× slower than native. */
export const nobleSha256: Sha256 = (bytes) => Promise.resolve(sha256(bytes));

/** Native, through the WebCrypto of the browser or of Node (globalThis.crypto.subtle). */
export function subtleSha256(subtle: SubtleCrypto): Sha256 {
  return async (bytes) => new Uint8Array(await subtle.digest('SHA-256', bytes));
}

/** WebCrypto where the runtime has it, else noble. */
export function defaultSha256(): Sha256 {
  const subtle = globalThis.crypto?.subtle;
  return subtle ? subtleSha256(subtle) : nobleSha256;
}

export async function sha256HexPortable(bytes: Uint8Array, advance: Advance): Promise<string> {
  const hash = sha256.create();
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const chunk = bytes.subarray(at, at + CHUNK);
    hash.update(chunk);
    await advance(chunk.length);
  }
  return bytesToHex(hash.digest());
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>, advance: Advance, hash: Sha256 = defaultSha256()): Promise<string> {
  // noble hashes in pieces anyway, and so reports progress (and lets a bar repaint) as it goes.
  if (hash === nobleSha256 || bytes.length > NATIVE_MAX_BYTES) return sha256HexPortable(bytes, advance);
  const digest = await hash(bytes);
  await advance(bytes.length);
  return bytesToHex(digest);
}

/** A span of a source, hashed a chunk at a time; a span of one chunk or less goes to sha256Hex whole. */
export async function sha256HexOfSpan(source: ByteSource, span: FileSpan, advance: Advance, hash: Sha256 = defaultSha256()): Promise<string> {
  if (span.length <= SPAN_CHUNK) return sha256Hex(await readExactly(source, span.offset, span.length), advance, hash);
  const incremental = sha256.create();
  for (let at = 0; at < span.length; at += SPAN_CHUNK) {
    const chunk = await readExactly(source, span.offset + at, Math.min(SPAN_CHUNK, span.length - at));
    incremental.update(chunk);
    await advance(chunk.length);
  }
  return bytesToHex(incremental.digest());
}
