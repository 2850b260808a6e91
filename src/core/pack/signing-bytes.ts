/**
 * What a pack signature covers: the UTF-8 bytes of the RFC 8785 (JCS) canonical form of the
 * parsed manifest. Signing the parsed value, not the file, means whitespace and key order in
 * manifest.json carry no meaning, and every reader agrees on the bytes.
 */
import canonicalize from 'canonicalize';
import { SabilError } from '../errors';
import { utf8Bytes } from './json-bytes';

export function manifestSigningBytes(manifestJson: unknown): Uint8Array<ArrayBuffer> {
  let canonical: string | undefined;
  try {
    canonical = canonicalize(manifestJson);
  } catch (cause) {
    // JSON.parse turns 1e400 into Infinity, which JCS cannot write.
    throw new SabilError('pack/manifest-not-json', { reason: 'not-canonicalizable' }, { cause });
  }
  if (canonical === undefined) throw new SabilError('pack/manifest-not-json', { reason: 'empty' });
  return utf8Bytes(canonical);
}
