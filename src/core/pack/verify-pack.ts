/**
 * The whole check of a pack file, shared by the CLI, the browser and the server:
 * limits while reading the zip → JSON with no key given twice → signature against trusted keys
 * → manifest schema → every file's size and hash. Nothing of the pack should be stored before this resolves.
 */
import { SabilError } from '../errors';
import type { PackPublicKey } from './keys';
import type { ZipLimits } from './limits';
import { parseManifest } from './parse-manifest';
import { createProgress, type OnProgress } from './progress';
import { MANIFEST_PATH, SIGNATURE_PATH, readZip, type ZipEntries } from './read-zip';
import type { Manifest } from './schema';
import { parseJsonBytes } from './json-bytes';
import { checkUniqueKeys } from './json-duplicate-keys';
import { parseSignatureFile, verifyManifestSignature, type SignatureFile } from './verify-signature';
import { verifyFiles } from './verify-files';

export type VerifyPackOptions = {
  trustedKeys: readonly PackPublicKey[];
  limits?: Partial<ZipLimits>;
  /** Called with 0…1 as work is done; a returned promise is awaited (e.g. to let a bar repaint). */
  onProgress?: OnProgress;
};

export type VerifiedPack = {
  manifest: Manifest;
  /** Media by path, in manifest order. Stored entries are views into the zip's buffer. */
  files: Map<string, Uint8Array<ArrayBuffer>>;
  /** The trusted key that signed the manifest. */
  signedBy: PackPublicKey;
  /** The manifest exactly as signed and the signature file, kept so the pack can be re-exported. */
  manifestJson: unknown;
  signature: SignatureFile;
};

// Reading (CRC-32 over every byte) and hashing (SHA-256) cost about the same: half the bar each.
const READ_SHARE = 1 / 2;

/** The parsed (not yet validated) manifest and signature file of a zip's entries. */
export function readPackMeta(entries: ZipEntries) {
  const manifestBytes = entries.get(MANIFEST_PATH);
  if (!manifestBytes) throw new SabilError('pack/missing-manifest');
  const signatureBytes = entries.get(SIGNATURE_PATH);
  if (!signatureBytes) throw new SabilError('pack/missing-signature');
  let manifestJson: unknown;
  try {
    manifestJson = parseJsonBytes(manifestBytes);
  } catch (cause) {
    throw new SabilError('pack/manifest-not-json', { reason: 'syntax' }, { cause });
  }
  checkUniqueKeys(manifestBytes, MANIFEST_PATH);
  return { manifestJson, signature: parseSignatureFile(signatureBytes) };
}

export async function verifyPack(zipBytes: Uint8Array<ArrayBuffer>, options: VerifyPackOptions): Promise<VerifiedPack> {
  const progress = createProgress(options.onProgress);
  await progress.report(0);
  const entries = await readZip(zipBytes, {
    limits: options.limits,
    onProgress: (fraction) => progress.report(fraction * READ_SHARE),
  });
  const { manifestJson, signature } = readPackMeta(entries);
  const signedBy = verifyManifestSignature(manifestJson, signature, options.trustedKeys);
  const manifest = parseManifest(manifestJson);
  if (manifest.publisher.keyId !== signature.keyId) {
    throw new SabilError('pack/key-mismatch', { manifestKeyId: manifest.publisher.keyId, signatureKeyId: signature.keyId });
  }
  const files = await verifyFiles(manifest, entries, (fraction) => progress.report(READ_SHARE + fraction * (1 - READ_SHARE)));
  await progress.report(1);
  return { manifest, files, signedBy, manifestJson, signature };
}
