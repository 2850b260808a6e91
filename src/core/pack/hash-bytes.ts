/**
 * SHA-256 of a file's bytes, as lowercase hex. WebCrypto when the page has it (native, ~10×
 * faster); @noble/hashes where it does not — crypto.subtle is missing outside secure contexts,
 * such as a school server on plain http.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

// WebCrypto copies its input and cannot hash in pieces, so very large files take the
// incremental path instead of doubling their memory on a 2 GB phone.
const NATIVE_MAX_BYTES = 64 * 1024 * 1024;
const CHUNK = 1024 * 1024;

type Advance = (bytes: number) => Promise<void>;

export async function sha256HexPortable(bytes: Uint8Array, advance: Advance): Promise<string> {
  const hash = sha256.create();
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const chunk = bytes.subarray(at, at + CHUNK);
    hash.update(chunk);
    await advance(chunk.length);
  }
  return bytesToHex(hash.digest());
}

export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>, advance: Advance): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle || bytes.length > NATIVE_MAX_BYTES) return sha256HexPortable(bytes, advance);
  const digest = await subtle.digest('SHA-256', bytes);
  await advance(bytes.length);
  return bytesToHex(new Uint8Array(digest));
}
