/**
 * The fingerprint of an event's content: SHA-256 (hex) of its RFC 8785 canonical JSON. The server
 * compares it to tell a retry (same id, same digest) from a reused id (same id, other content).
 * Key order and whitespace do not change it; any changed value does.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';
import type { EventRecord } from './event-schema';

export function eventDigest(event: EventRecord): string {
  return sha256Hex(canonicalJson(event));
}

/** RFC 8785 text of a JSON value; throws on what JSON cannot write (undefined at the top, NaN, Infinity). */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('not a JSON value');
  return text;
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}
