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
  if (!verifyBytes(signatureBytes, manifestSigningBytes(manifestJson), key.publicKey)) {
    throw new SabilError('pack/bad-signature', { keyId: signature.keyId });
  }
  return key;
}
