/**
 * Test support: one hostile pack for each way a pack is refused (docs/pack-format.md), with the
 * code it must be refused with. Pure and deterministic. hostile-corpus.test.ts runs it through
 * verifyPack and the data layer in Node; tests/e2e/hostile-packs.spec.ts imports the same zips
 * in a browser. Signatures are real: `signingKey` is the one the reader trusts, `untrustedKey`
 * one it does not. Most cases are a good pack with one thing wrong, so only that rule stops them.
 */
import { unzipSync } from 'fflate';
import type { ErrorCode, ErrorParams } from '../errors';
import { buildPack } from './build-pack';
import { sizeCases } from './hostile-limits';
import { jsonBytes, parseJsonBytes, utf8Bytes } from './json-bytes';
import type { PackSigningKey } from './keys';
import type { ZipLimits } from './limits';
import { MANIFEST_PATH, SIGNATURE_PATH } from './read-zip';
import { resign, rezip, sampleMedia, sampleSource } from './test-fixtures';
import { writeRawZip, type RawEntry } from './test-zip-writer';
import { locateData, readCentralDirectory } from './zip-structure';

export type HostileCase = {
  name: string;
  expectedCode: ErrorCode;
  /** Params worth pinning beside the code (a shared code's `reason`, say). */
  expectedParams?: ErrorParams;
  bytes: Uint8Array<ArrayBuffer>;
};

export type HostileCorpusOptions = {
  signingKey: PackSigningKey;
  untrustedKey: PackSigningKey;
  limits: ZipLimits;
  /** Size cases that need this many real bytes or more are left out (DEFAULT_LIMITS would need GiBs). */
  maxRealBytes?: number;
};

/** The id of every pack in the corpus: should one get through, it shows as a new row. */
export const HOSTILE_PACK_ID = 'sabil.test.hostile';
const DEFAULT_MAX_REAL_BYTES = 16 * 1024 * 1024;
const VICTIM = 'media/count.mp4';

type Files = Map<string, Uint8Array>;

function source() {
  return { ...sampleSource(), id: HOSTILE_PACK_ID };
}

function packOf(key: PackSigningKey, media: Files = sampleMedia()) {
  const { bytes } = buildPack(source(), media, key);
  const files: Files = new Map(Object.entries(unzipSync(bytes)));
  return { bytes, files, manifest: parseJsonBytes(files.get(MANIFEST_PATH)!) as Record<string, unknown> };
}

function edited(files: Files, change: (copy: Files) => void): Uint8Array<ArrayBuffer> {
  const copy = new Map(files);
  change(copy);
  return rezip(copy);
}

/** The good pack's entries plus some that no writer of ours would make. */
function withEntries(files: Files, ...extra: RawEntry[]): Uint8Array<ArrayBuffer> {
  return writeRawZip([...[...files].map(([name, data]) => ({ name, data })), ...extra]);
}

function flipped(bytes: Uint8Array, at: number): Uint8Array<ArrayBuffer> {
  const copy = Uint8Array.from(bytes);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

/** The good zip with one bit of a stored media file's data flipped, its CRC left as it was. */
function damaged(zip: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const directory = readCentralDirectory(zip, Infinity);
  const entry = directory.entries.find((candidate) => candidate.name === VICTIM)!;
  return flipped(zip, locateData(zip, entry, directory.offset) + Math.floor(entry.compressedSize / 2));
}

/** JSON text with `key` given once more, first, so JSON.parse's last-wins reading is unchanged. */
function withDuplicateKey(json: Uint8Array, key: string, value: unknown): Uint8Array<ArrayBuffer> {
  const text = new TextDecoder().decode(json);
  return utf8Bytes(text.replace('{', () => `{\n  ${JSON.stringify(key)}: ${JSON.stringify(value)},`));
}

function nameCases(files: Files): HostileCase[] {
  const entry = (name: string, data: Uint8Array = utf8Bytes('#!/bin/sh\n')): RawEntry => ({ name, data });
  const symlink: RawEntry = { name: 'media/apples.webp', data: utf8Bytes('/etc/passwd'), madeBy: 3, externalAttrs: (0o120777 << 16) >>> 0 };
  const withoutApples = new Map(files);
  withoutApples.delete('media/apples.webp');
  return [
    { name: 'a ../ path', expectedCode: 'pack/path-traversal', bytes: withEntries(files, entry('media/../../evil.webp')) },
    { name: 'an absolute path', expectedCode: 'pack/absolute-path', bytes: withEntries(files, entry('/etc/cron.d/sabil')) },
    { name: 'a backslash', expectedCode: 'pack/unsafe-path', expectedParams: { reason: 'backslash' }, bytes: withEntries(files, entry('media\\..\\..\\evil.webp')) },
    { name: 'a drive letter', expectedCode: 'pack/absolute-path', bytes: withEntries(files, entry('C:/Windows/System32/evil.dll')) },
    { name: 'a NUL in a name', expectedCode: 'pack/unsafe-path', expectedParams: { reason: 'character' }, bytes: withEntries(files, entry('media/evil.exe\u0000.webp')) },
    { name: 'names equal once NFC-normalised', expectedCode: 'pack/duplicate-normalised-entry', bytes: withEntries(files, entry('media/caf\u00e9.webp'), entry('media/cafe\u0301.webp')) },
    { name: 'the same name twice', expectedCode: 'pack/duplicate-entry', bytes: withEntries(files, entry('media/apples.webp')) },
    { name: 'names that differ only in case', expectedCode: 'pack/duplicate-normalised-entry', bytes: withEntries(files, entry('media/Apples.webp')) },
    { name: 'a symbolic link', expectedCode: 'pack/symlink', bytes: withEntries(withoutApples, symlink) },
  ];
}

function signedCases(options: HostileCorpusOptions, good: ReturnType<typeof packOf>): HostileCase[] {
  const { files, manifest } = good;
  const nestedZip = writeRawZip([{ name: 'lesson.html', data: utf8Bytes('<script>alert(1)</script>') }]);
  const insideMedia = packOf(options.signingKey, new Map([...sampleMedia(), ['media/apples.webp', nestedZip]]));
  const changedTitle = { ...manifest, title: { ...(manifest.title as object), en: 'Changed after signing' } };
  const noLessons = { ...manifest, lessons: 'none' };
  const tamperedMedia = flipped(files.get(VICTIM)!, 100);
  return [
    { name: 'a zip inside a media file', expectedCode: 'pack/nested-archive', expectedParams: { reason: 'content' }, bytes: insideMedia.bytes },
    { name: 'an archive by its name', expectedCode: 'pack/nested-archive', expectedParams: { reason: 'extension' }, bytes: withEntries(files, { name: 'media/more-lessons.zip', data: nestedZip }) },
    { name: 'no manifest', expectedCode: 'pack/missing-manifest', bytes: edited(files, (f) => f.delete(MANIFEST_PATH)) },
    { name: 'no signature', expectedCode: 'pack/missing-signature', bytes: edited(files, (f) => f.delete(SIGNATURE_PATH)) },
    { name: 'a manifest that is not JSON', expectedCode: 'pack/manifest-not-json', bytes: edited(files, (f) => f.set(MANIFEST_PATH, utf8Bytes('{"format": 1,'))) },
    {
      name: 'a key twice in the manifest',
      expectedCode: 'pack/duplicate-json-key',
      expectedParams: { file: MANIFEST_PATH, key: 'id' },
      bytes: edited(files, (f) => f.set(MANIFEST_PATH, withDuplicateKey(f.get(MANIFEST_PATH)!, 'id', 'sabil.evil.other'))),
    },
    {
      name: 'a key twice in the signature file',
      expectedCode: 'pack/duplicate-json-key',
      expectedParams: { file: SIGNATURE_PATH, key: 'keyId' },
      bytes: edited(files, (f) => f.set(SIGNATURE_PATH, withDuplicateKey(f.get(SIGNATURE_PATH)!, 'keyId', options.untrustedKey.keyId))),
    },
    { name: 'a manifest changed after signing', expectedCode: 'pack/bad-signature', bytes: edited(files, (f) => f.set(MANIFEST_PATH, jsonBytes(changedTitle))) },
    { name: 'a key the reader does not trust', expectedCode: 'pack/untrusted-key', bytes: packOf(options.untrustedKey).bytes },
    { name: 'a signed manifest that does not validate', expectedCode: 'pack/invalid-manifest', bytes: rezip(resign(files, noLessons, options.signingKey)) },
    { name: 'a media file changed after signing', expectedCode: 'pack/file-hash-mismatch', bytes: edited(files, (f) => f.set(VICTIM, tamperedMedia)) },
    { name: 'a media file damaged in the zip', expectedCode: 'pack/corrupt-entry', expectedParams: { reason: 'crc' }, bytes: damaged(good.bytes) },
    { name: 'a file the manifest does not list', expectedCode: 'pack/unlisted-file', bytes: edited(files, (f) => f.set('media/extra.webp', utf8Bytes('extra'))) },
    { name: 'a listed file missing', expectedCode: 'pack/missing-file', bytes: edited(files, (f) => f.delete(VICTIM)) },
  ];
}

/**
 * Ordered so that no two neighbours give the same English text: a browser test that waits for
 * the next alert's text would otherwise take the previous alert for it.
 */
export function hostileCorpus(options: HostileCorpusOptions): HostileCase[] {
  const good = packOf(options.signingKey);
  const half = good.bytes.slice(0, Math.floor(good.bytes.length / 2));
  return [
    { name: 'not a zip', expectedCode: 'pack/not-a-zip', bytes: utf8Bytes('A lesson plan, not a lesson pack.\n') },
    { name: 'a zip cut short', expectedCode: 'pack/truncated', bytes: half },
    ...sizeCases(options.limits, options.maxRealBytes ?? DEFAULT_MAX_REAL_BYTES),
    ...nameCases(good.files),
    ...signedCases(options, good),
  ];
}
