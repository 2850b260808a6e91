/**
 * The whole check of a pack file, shared by the CLI, the browser and the server:
 * limits while reading the zip → JSON with no key given twice → signature against trusted keys
 * → manifest schema → every file's size and hash. Nothing of the pack should be stored before this resolves.
 */
import { SabilError } from '../errors';
import { bytesSource, isFileSpan, type ByteSource, type FileData } from './byte-source';
import type { PackPublicKey } from './keys';
import type { ZipLimits } from './limits';
import { parseManifest } from './parse-manifest';
import { createProgress, type OnProgress } from './progress';
import { MANIFEST_PATH, SIGNATURE_PATH, readZip, readZipSource } from './read-zip';
import type { Manifest } from './schema';
import { parseJsonBytes } from './json-bytes';
import { checkUniqueKeys } from './json-duplicate-keys';
import { parseSignatureFile, verifyManifestSignature, type SignatureFile } from './verify-signature';
import { verifyFiles } from './verify-files';
import type { Sha256 } from './hash-bytes';

export type VerifyPackOptions = {
  trustedKeys: readonly PackPublicKey[];
  limits?: Partial<ZipLimits>;
  /** Called with 0…1 as work is done; a returned promise is awaited (e.g. to let a bar repaint). */
  onProgress?: OnProgress;
  /** SHA-256 of each file's bytes; by default WebCrypto where the runtime has it, else @noble/hashes. */
  sha256?: Sha256;
};

/**
 * `F` is how media come back: bytes from verifyPack (stored entries are views into the zip's
 * buffer), bytes or spans of the source from verifyPackSource.
 */
export type VerifiedPack<F extends FileData = Uint8Array<ArrayBuffer>> = {
  manifest: Manifest;
  /** Media by path, in manifest order. */
  files: Map<string, F>;
  /** The trusted key that signed the manifest. */
  signedBy: PackPublicKey;
  /** The manifest exactly as signed and the signature file, kept so the pack can be re-exported. */
  manifestJson: unknown;
  signature: SignatureFile;
};

// Reading (CRC-32 over every byte) and hashing (SHA-256) cost about the same: half the bar each.
const READ_SHARE = 1 / 2;

function jsonEntry(entries: ReadonlyMap<string, FileData>, path: string): Uint8Array | undefined {
  const data = entries.get(path);
  // readZipSource reads both JSON files into memory, whatever their method.
  if (data && isFileSpan(data)) throw new Error(`${path} must be read into memory`);
  return data;
}

/** The parsed (not yet validated) manifest and signature file of a zip's entries. */
export function readPackMeta(entries: ReadonlyMap<string, FileData>) {
  const manifestBytes = jsonEntry(entries, MANIFEST_PATH);
  if (!manifestBytes) throw new SabilError('pack/missing-manifest');
  const signatureBytes = jsonEntry(entries, SIGNATURE_PATH);
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

/** The steps after reading the zip, the same whichever way it was read. */
async function verifyEntries<F extends FileData>(
  entries: ReadonlyMap<string, F>,
  source: ByteSource,
  options: VerifyPackOptions,
  progress: ReturnType<typeof createProgress>,
): Promise<VerifiedPack<F>> {
  const { manifestJson, signature } = readPackMeta(entries);
  const signedBy = verifyManifestSignature(manifestJson, signature, options.trustedKeys);
  const manifest = parseManifest(manifestJson);
  if (manifest.publisher.keyId !== signature.keyId) {
    throw new SabilError('pack/key-mismatch', { manifestKeyId: manifest.publisher.keyId, signatureKeyId: signature.keyId });
  }
  const onFiles = (fraction: number) => progress.report(READ_SHARE + fraction * (1 - READ_SHARE));
  const files = await verifyFiles(manifest, entries, onFiles, source, options.sha256);
  await progress.report(1);
  return { manifest, files, signedBy, manifestJson, signature };
}

/**
 * Verifies a pack read from `source` a slice at a time: memory holds one chunk and the small
 * JSON entries, never the whole file. Stored media come back as spans of the source.
 */
export async function verifyPackSource(source: ByteSource, options: VerifyPackOptions): Promise<VerifiedPack<FileData>> {
  const progress = createProgress(options.onProgress);
  await progress.report(0);
  const entries = await readZipSource(source, {
    limits: options.limits,
    onProgress: (fraction) => progress.report(fraction * READ_SHARE),
  });
  return verifyEntries(entries, source, options, progress);
}

/** verifyPackSource on a zip in memory (CLI, server); stored media are views into `zipBytes`. */
export async function verifyPack(zipBytes: Uint8Array<ArrayBuffer>, options: VerifyPackOptions): Promise<VerifiedPack> {
  const progress = createProgress(options.onProgress);
  await progress.report(0);
  const entries = await readZip(zipBytes, {
    limits: options.limits,
    onProgress: (fraction) => progress.report(fraction * READ_SHARE),
  });
  return verifyEntries(entries, bytesSource(zipBytes), options, progress);
}
