/**
 * Ed25519 through @noble/ed25519's synchronous API, with SHA-512 from @noble/hashes.
 * Not WebCrypto: Ed25519 there is missing on our oldest browsers, and crypto.subtle is absent
 * altogether on plain-http school servers (not a secure context).
 */
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';

ed.hashes.sha512 = sha512;

export function publicKeyFromSecret(secretKey: Uint8Array): Uint8Array {
  return ed.getPublicKey(secretKey);
}

export function signBytes(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return ed.sign(message, secretKey);
}

/** Strict RFC 8032 verification (not ZIP-215): one signature, one meaning. */
export function verifyBytes(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed.verify(signature, message, publicKey, { zip215: false });
  } catch {
    // noble throws on malformed points or lengths; for us that is simply "not valid".
    return false;
  }
}
