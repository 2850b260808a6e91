/**
 * Builds a signed pack from a source document, its media bytes and a publisher key.
 * No file system here (the CLI reads folders); the result is deterministic for the same input.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { zipSync, type Zippable } from 'fflate';
import { SabilError } from '../errors';
import { jsonBytes, parseJsonBytes } from './json-bytes';
import type { PackSigningKey } from './keys';
import { listMediaPaths } from './media-references';
import { mediaTypeOf } from './media-types';
import { parseManifest, parseSource } from './parse-manifest';
import { MANIFEST_PATH, SIGNATURE_PATH } from './read-zip';
import { MANIFEST_FORMAT, type FileEntry, type Manifest } from './schema';
import { signManifest } from './sign-manifest';

export type BuiltPack = { bytes: Uint8Array<ArrayBuffer>; manifest: Manifest };

// A fixed local time, so the same input gives the same zip in every time zone (and fflate
// would otherwise stamp entries with the current time).
const ZIP_TIME = new Date(1980, 0, 1, 12, 0, 0);

export function buildPack(sourceJson: unknown, media: ReadonlyMap<string, Uint8Array>, key: PackSigningKey): BuiltPack {
  const source = parseSource(sourceJson);
  const files: FileEntry[] = listMediaPaths(source).map((path) => {
    const bytes = media.get(path);
    if (!bytes) throw new SabilError('pack/missing-source-file', { path });
    // parseSource has checked every referenced path's extension.
    const type = mediaTypeOf(path)!;
    return { path, sha256: bytesToHex(sha256(bytes)), size: bytes.length, type };
  });
  const draft = {
    format: MANIFEST_FORMAT,
    id: source.id,
    version: source.version,
    publisher: { keyId: key.keyId, name: key.name ?? key.keyId },
    languages: source.languages,
    title: source.title,
    description: source.description,
    lessons: source.lessons,
    ...(source.skills ? { skills: source.skills } : {}),
    files,
  };
  const manifestBytes = jsonBytes(draft);
  // Sign exactly what a reader will parse back from the bytes we write.
  const manifestJson = parseJsonBytes(manifestBytes);
  const manifest = parseManifest(manifestJson);
  const signature = signManifest(manifestJson, key);

  // manifest.json and signature.json first, so a streaming reader can check them before media.
  const entries: Zippable = {
    [MANIFEST_PATH]: [manifestBytes, { level: 9 }],
    [SIGNATURE_PATH]: [jsonBytes(signature), { level: 9 }],
  };
  for (const file of files) {
    // Media are stored, not deflated: already compressed, and readable without inflating.
    entries[file.path] = [media.get(file.path)!, { level: 0 }];
  }
  return { bytes: zipSync(entries, { mtime: ZIP_TIME }), manifest };
}
