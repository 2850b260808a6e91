import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { createSigningKey, keyIdOf, parsePublicKey, parseSigningKey, serialiseKey } from './keys';

const key = createSigningKey(new Uint8Array(32).fill(9), 'Ministry');

describe('publisher keys', () => {
  it('names a key by the first 16 hex digits of the SHA-256 of its public key', () => {
    expect(key.keyId).toBe(bytesToHex(sha256(key.publicKey)).slice(0, 16));
    expect(keyIdOf(key.publicKey)).toBe(key.keyId);
  });

  it('round-trips through JSON, with and without the secret', () => {
    const withSecret = JSON.parse(JSON.stringify(serialiseKey(key, { includeSecret: true })));
    expect(parseSigningKey(withSecret)).toEqual(key);
    const publicOnly = serialiseKey(key);
    expect(publicOnly).not.toHaveProperty('secretKey');
    expect(parsePublicKey(publicOnly)).toEqual({ keyId: key.keyId, publicKey: key.publicKey, name: 'Ministry' });
  });

  it('never keeps a secret found in a key to trust', () => {
    expect(parsePublicKey(serialiseKey(key, { includeSecret: true }))).not.toHaveProperty('secretKey');
  });

  it.each([
    ['a key id that is not the key\'s', { ...serialiseKey(key), keyId: '0000000000000000' }, 'key-id-mismatch'],
    ['a public key that is not base64', { ...serialiseKey(key), publicKey: 'not base64!' }, 'public-key'],
    ['a public key of the wrong length', { ...serialiseKey(key), publicKey: 'AAAA' }, 'public-key'],
    ['an unknown field', { ...serialiseKey(key), extra: 1 }, 'shape'],
  ])('rejects %s', (_, json, reason) => {
    expect(() => parsePublicKey(json)).toThrow(expect.objectContaining({ code: 'pack/bad-key', params: { reason } }));
  });

  it('rejects a secret that does not belong to the public key', () => {
    const other = createSigningKey(new Uint8Array(32).fill(8));
    const mixed = { ...serialiseKey(key), secretKey: serialiseKey(other, { includeSecret: true }).secretKey };
    expect(() => parseSigningKey(mixed)).toThrow(expect.objectContaining({ params: { reason: 'secret-mismatch' } }));
    expect(() => parseSigningKey(serialiseKey(key))).toThrow(expect.objectContaining({ params: { reason: 'no-secret' } }));
  });
});
