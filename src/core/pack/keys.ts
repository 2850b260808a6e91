/**
 * Publisher keys: Ed25519 key pairs named by a key id (the first 16 hex digits of the
 * SHA-256 of the public key), stored as JSON `{ keyId, name?, publicKey, secretKey?, warning? }`
 * with base64 keys. A stated key id is always recomputed, never believed.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import * as v from 'valibot';
import { SabilError } from '../errors';
import { decodeBase64, encodeBase64 } from './base64';
import { publicKeyFromSecret } from './ed25519';

export type PackPublicKey = { keyId: string; publicKey: Uint8Array; name?: string; warning?: string };
export type PackSigningKey = PackPublicKey & { secretKey: Uint8Array };

export type KeyJson = { keyId: string; name?: string; warning?: string; publicKey: string; secretKey?: string };

const keyJsonSchema = v.strictObject({
  keyId: v.string(),
  name: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(200))),
  warning: v.optional(v.string()),
  publicKey: v.string(),
  secretKey: v.optional(v.string()),
});

export function keyIdOf(publicKey: Uint8Array): string {
  return bytesToHex(sha256(publicKey)).slice(0, 16);
}

/** `seed` is 32 random bytes from the caller (crypto.getRandomValues): core owns no randomness. */
export function createSigningKey(seed: Uint8Array, name?: string): PackSigningKey {
  if (seed.length !== 32) throw new SabilError('pack/bad-key', { reason: 'seed-length' });
  const secretKey = Uint8Array.from(seed);
  const publicKey = publicKeyFromSecret(secretKey);
  return { keyId: keyIdOf(publicKey), publicKey, secretKey, ...(name ? { name } : {}) };
}

function decodeKey(text: string, reason: string): Uint8Array {
  const bytes = decodeBase64(text);
  if (!bytes || bytes.length !== 32) throw new SabilError('pack/bad-key', { reason });
  return bytes;
}

function parseKeyJson(json: unknown): { parsed: KeyJson; key: PackPublicKey } {
  const result = v.safeParse(keyJsonSchema, json);
  if (!result.success) throw new SabilError('pack/bad-key', { reason: 'shape' });
  const parsed = result.output;
  const publicKey = decodeKey(parsed.publicKey, 'public-key');
  if (keyIdOf(publicKey) !== parsed.keyId) throw new SabilError('pack/bad-key', { reason: 'key-id-mismatch' });
  const key: PackPublicKey = { keyId: parsed.keyId, publicKey };
  if (parsed.name !== undefined) key.name = parsed.name;
  if (parsed.warning !== undefined) key.warning = parsed.warning;
  return { parsed, key };
}

/** A key to trust. A secret in the same JSON is ignored, never kept. */
export function parsePublicKey(json: unknown): PackPublicKey {
  return parseKeyJson(json).key;
}

export function parseSigningKey(json: unknown): PackSigningKey {
  const { parsed, key } = parseKeyJson(json);
  if (parsed.secretKey === undefined) throw new SabilError('pack/bad-key', { reason: 'no-secret' });
  const secretKey = decodeKey(parsed.secretKey, 'secret-key');
  const derived = publicKeyFromSecret(secretKey);
  if (bytesToHex(derived) !== bytesToHex(key.publicKey)) throw new SabilError('pack/bad-key', { reason: 'secret-mismatch' });
  return { ...key, secretKey };
}

/** The JSON form; the secret is written only when asked for and present. */
export function serialiseKey(key: PackPublicKey | PackSigningKey, options: { includeSecret?: boolean } = {}): KeyJson {
  const json: KeyJson = {
    keyId: key.keyId,
    ...(key.name !== undefined ? { name: key.name } : {}),
    ...(key.warning !== undefined ? { warning: key.warning } : {}),
    publicKey: encodeBase64(key.publicKey),
  };
  if (options.includeSecret && 'secretKey' in key) json.secretKey = encodeBase64(key.secretKey);
  return json;
}
