/**
 * Lesson packs: format v1 (docs/pack-format.md), building, verification and answer checking.
 * The CLI, the app, the service worker and the server all go through this file.
 */
export { verifyPack, verifyPackSource, readPackMeta, type VerifiedPack, type VerifyPackOptions } from './verify-pack';
export { readZip, readZipSource, MANIFEST_PATH, SIGNATURE_PATH, type ZipEntries, type ZipSourceEntries } from './read-zip';
export { blobSource, bytesSource, isFileSpan, readWholeOnce, type ByteSource, type FileData, type FileSpan } from './byte-source';
export { parseSignatureFile, verifyManifestSignature, type SignatureFile } from './verify-signature';
export { verifyFiles } from './verify-files';
export { defaultSha256, nobleSha256, subtleSha256, type Sha256 } from './hash-bytes';
export { parseManifest, parseSource } from './parse-manifest';
export { checkUniqueKeys } from './json-duplicate-keys';
export { buildPack, type BuiltPack } from './build-pack';
export {
  keyIdOf,
  createSigningKey,
  parsePublicKey,
  parseSigningKey,
  serialiseKey,
  type KeyJson,
  type PackPublicKey,
  type PackSigningKey,
} from './keys';
export { checkAnswer, type LearnerAnswer } from './answer-check';
export { parseNumericInput, normaliseTextAnswer } from './normalise-answer';
export { DEFAULT_LIMITS, type ZipLimits } from './limits';
export { mediaTypeOf, type MediaKind } from './media-types';
export { listMediaPaths } from './media-references';
export type { OnProgress } from './progress';
export type { Block, FileEntry, Lesson, Localized, Manifest, PackSource, QuizBlock, QuizItem } from './schema';
