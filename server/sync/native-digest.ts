/**
 * The event digest (src/core/events/event-digest.ts: SHA-256 hex of the RFC 8785 text), made
 * faster on the server, where a push digests 500 events: Node's native SHA-256 instead of the
 * JavaScript one the app ships, and a canonical writer for what JSON.parse gives (plain objects,
 * arrays, strings, finite numbers, booleans, null) instead of the general `canonicalize`. Same
 * text, same hex: native-digest.test.ts compares both with the shared functions.
 */
import { createHash } from 'node:crypto';
import type { EventRecord } from '../../src/core/events/index';

export function nativeEventDigest(event: EventRecord): string {
  return createHash('sha256').update(parsedCanonicalJson(event), 'utf8').digest('hex');
}

/**
 * RFC 8785 for a value from JSON.parse: keys sorted by UTF-16 code units (Array.prototype.sort's
 * order), numbers and strings written as JSON.stringify writes them (the RFC's own rule). Throws,
 * as canonicalize does, on a lone surrogate or a number JSON cannot write.
 */
export function parsedCanonicalJson(value: unknown): string {
  if (typeof value === 'string') {
    if (!value.isWellFormed()) throw new TypeError('lone surrogate');
    return JSON.stringify(value);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('not a finite number');
    return JSON.stringify(value);
  }
  if (value === null || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((item: unknown) => (item === undefined ? 'null' : parsedCanonicalJson(item))).join(',')}]`;
  if (typeof value !== 'object') throw new TypeError('not a JSON value');
  const object = value as Record<string, unknown>; // a non-null, non-array object: its own keys are read below
  let out = '';
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) continue;
    if (!key.isWellFormed()) throw new TypeError('lone surrogate');
    out += `${out ? ',' : ''}${JSON.stringify(key)}:${parsedCanonicalJson(item)}`;
  }
  return `{${out}}`;
}
