/**
 * No archive inside a pack: a zip in a zip escapes every limit of the outer one (its entries,
 * sizes and names are checked by nobody), and no block can use one. Refused by name before
 * inflating, and by the first bytes once inflated, whatever the entry is called.
 */
import { SabilError } from '../errors';

const ARCHIVE_EXTENSIONS = new Set([
  'zip', 'jar', 'apk', 'aar', 'war', 'ipa', 'xpi', '7z', 'rar', 'gz', 'tgz', 'bz2', 'tbz2', 'xz', 'txz', 'zst', 'lz',
  'lzma', 'z', 'tar', 'cab', 'iso',
]);

// Leading bytes of archive and compressed-stream formats. Media types packs carry (docs/pack-format.md)
// start otherwise: RIFF, \x89PNG, FF D8, GIF8, ID3, OggS, ftyp boxes, 1A 45 DF A3.
const SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04], // zip local header (also jar, apk, docx…)
  [0x50, 0x4b, 0x05, 0x06], // empty zip
  [0x50, 0x4b, 0x07, 0x08], // spanned zip
  [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
  [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], // rar 4 and 5
  [0x1f, 0x8b, 0x08], // gzip (deflate is its only method)
  [0x42, 0x5a, 0x68], // bzip2
  [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
  [0x28, 0xb5, 0x2f, 0xfd], // zstd
  [0x4d, 0x53, 0x43, 0x46], // cab
];
const TAR_MAGIC = [0x75, 0x73, 0x74, 0x61, 0x72]; // "ustar" at offset 257
const TAR_MAGIC_OFFSET = 257;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return bytes.length >= at + signature.length && signature.every((byte, i) => bytes[at + i] === byte);
}

export function looksLikeArchive(bytes: Uint8Array): boolean {
  return SIGNATURES.some((signature) => startsWith(bytes, signature)) || startsWith(bytes, TAR_MAGIC, TAR_MAGIC_OFFSET);
}

export function checkArchiveName(name: string): void {
  const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase();
  if (extension !== undefined && ARCHIVE_EXTENSIONS.has(extension)) {
    throw new SabilError('pack/nested-archive', { path: name, reason: 'extension' });
  }
}

export function checkArchiveContent(name: string, bytes: Uint8Array): void {
  if (looksLikeArchive(bytes)) throw new SabilError('pack/nested-archive', { path: name, reason: 'content' });
}
