/** Makes `signature.json` for a manifest. */
import { encodeBase64 } from './base64';
import { signBytes } from './ed25519';
import type { PackSigningKey } from './keys';
import { manifestSigningBytes } from './signing-bytes';
import type { SignatureFile } from './verify-signature';

export function signManifest(manifestJson: unknown, key: PackSigningKey): SignatureFile {
  const signature = signBytes(manifestSigningBytes(manifestJson), key.secretKey);
  return { keyId: key.keyId, alg: 'Ed25519', signature: encodeBase64(signature) };
}
