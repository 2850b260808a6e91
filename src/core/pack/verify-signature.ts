/**
 * Reads `signature.json` and checks it against the device's trusted keys. The signature is
 * checked before the manifest's schema, so content from an unknown publisher is never examined.
 */
import * as v from 'valibot';
import { SabilError } from '../errors';
import { decodeBase64 } from './base64';
import { verifyBytes } from './ed25519';
import { parseJsonBytes } from './json-bytes';
import { checkUniqueKeys } from './json-duplicate-keys';
import { keyIdOf, type PackPublicKey } from './keys';
import { manifestSigningBytes } from './signing-bytes';

export type SignatureFile = { keyId: string; alg: 'Ed25519'; signature: string };

const MAX_SIGNATURE_FILE_BYTES = 4096;

const signatureFileSchema = v.strictObject({
  keyId: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  alg: v.literal('Ed25519'),
  signature: v.string(),
});

export function parseSignatureFile(bytes: Uint8Array): SignatureFile {
  if (bytes.length > MAX_SIGNATURE_FILE_BYTES) throw new SabilError('pack/bad-signature-file', { reason: 'too-large' });
  let json: unknown;
  try {
    json = parseJsonBytes(bytes);
  } catch (cause) {
    throw new SabilError('pack/bad-signature-file', { reason: 'not-json' }, { cause });
  }
  checkUniqueKeys(bytes, 'signature.json');
  const result = v.safeParse(signatureFileSchema, json);
  if (!result.success) throw new SabilError('pack/bad-signature-file', { reason: 'shape' });
  return result.output;
}

/**
 * Signatures found valid, by the manifest object they were checked for, with their exact inputs.
 * Ed25519 verification is a pure function of (signature, message, key) and costs 5–10 ms in a
 * browser, and installPack checks again the pair verifyPack has just checked; with the same inputs
 * byte for byte the answer cannot differ, so the second check costs only the canonical bytes
 * (recomputed, so a manifest changed since is caught) and a comparison. Keyed by the object, so a
 * pack read again (a new parse) is verified in full; failures are never remembered.
 */
const validated = new WeakMap<object, { signature: Uint8Array; message: Uint8Array; publicKey: Uint8Array }>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function verifiedBefore(manifestJson: unknown, signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  const before = typeof manifestJson === 'object' && manifestJson !== null ? validated.get(manifestJson) : undefined;
  return !!before && sameBytes(before.signature, signature) && sameBytes(before.publicKey, publicKey) && sameBytes(before.message, message);
}

/** Returns the trusted key that made the signature; throws `pack/untrusted-key` or `pack/bad-signature`. */
export function verifyManifestSignature(
  manifestJson: unknown,
  signature: SignatureFile,
  trustedKeys: readonly PackPublicKey[],
): PackPublicKey {
  // Key ids are recomputed from the key bytes: a trusted-key entry cannot lend its id to another key.
  const key = trustedKeys.find((candidate) => keyIdOf(candidate.publicKey) === signature.keyId);
  if (!key) throw new SabilError('pack/untrusted-key', { keyId: signature.keyId });
  const signatureBytes = decodeBase64(signature.signature);
  if (!signatureBytes || signatureBytes.length !== 64) {
    throw new SabilError('pack/bad-signature-file', { reason: 'signature-encoding' });
  }
  const message = manifestSigningBytes(manifestJson);
  if (verifiedBefore(manifestJson, signatureBytes, message, key.publicKey)) return key;
  if (!verifyBytes(signatureBytes, message, key.publicKey)) {
    throw new SabilError('pack/bad-signature', { keyId: signature.keyId });
  }
  if (typeof manifestJson === 'object' && manifestJson !== null) {
    // Copies: the caller's arrays could be changed after this returns.
    validated.set(manifestJson, { signature: signatureBytes.slice(), message: message.slice(), publicKey: key.publicKey.slice() });
  }
  return key;
}
