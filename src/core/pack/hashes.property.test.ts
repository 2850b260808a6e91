import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors';
import { buildPack } from './build-pack';
import { looksLikeArchive } from './nested-archive';
import { readZip } from './read-zip';
import { rezip, sampleMedia, sampleSource, testKey } from './test-fixtures';
import { verifyPack } from './verify-pack';
import { locateData, readCentralDirectory } from './zip-structure';

const PATHS = [...sampleMedia().keys()];
const INTEGRITY_CODES: ErrorCode[] = ['pack/corrupt-entry', 'pack/file-hash-mismatch', 'pack/file-size-mismatch'];
const trustedKeys = [testKey];

// Media of any content but an archive's first bytes, which readZip refuses for its own reason.
const mediaBytes = fc.uint8Array({ minLength: 1, maxLength: 3000 }).filter((bytes) => !looksLikeArchive(bytes));
const media = fc.tuple(...PATHS.map(() => mediaBytes)).map((files) => new Map(PATHS.map((path, i) => [path, files[i]!])));
const flip = fc.record({ file: fc.nat({ max: PATHS.length - 1 }), at: fc.nat(), mask: fc.integer({ min: 1, max: 255 }) });

async function refusal(bytes: Uint8Array<ArrayBuffer>): Promise<ErrorCode> {
  try {
    await verifyPack(bytes, { trustedKeys });
  } catch (error) {
    return (error as { code: ErrorCode }).code;
  }
  throw new Error('verifyPack accepted a changed pack');
}

describe('media hashes', () => {
  it('round-trip: any media built into a pack verify and come back byte for byte', async () => {
    await fc.assert(
      fc.asyncProperty(media, async (files) => {
        const verified = await verifyPack(buildPack(sampleSource(), files, testKey).bytes, { trustedKeys });
        for (const [path, bytes] of files) expect(verified.files.get(path)).toEqual(bytes);
      }),
      { numRuns: 40 },
    );
  });

  it('refuse any one byte of any media entry changed in the zip (the CRC no longer matches)', async () => {
    await fc.assert(
      fc.asyncProperty(media, flip, async (files, { file, at, mask }) => {
        const zip = buildPack(sampleSource(), files, testKey).bytes.slice();
        const directory = readCentralDirectory(zip, 100);
        const entry = directory.entries.find((candidate) => candidate.name === PATHS[file])!;
        zip[locateData(zip, entry, directory.offset) + (at % entry.compressedSize)]! ^= mask;
        expect(INTEGRITY_CODES).toContain(await refusal(zip));
      }),
      { numRuns: 40 },
    );
  });

  it('refuse any one byte of any media file changed and re-zipped with a valid CRC (the hash no longer matches)', async () => {
    await fc.assert(
      fc.asyncProperty(media, flip, async (files, { file, at, mask }) => {
        const entries = new Map<string, Uint8Array>(await readZip(buildPack(sampleSource(), files, testKey).bytes));
        const changed = Uint8Array.from(entries.get(PATHS[file]!)!);
        changed[at % changed.length]! ^= mask;
        fc.pre(!looksLikeArchive(changed));
        entries.set(PATHS[file]!, changed);
        expect(await refusal(rezip(entries))).toBe('pack/file-hash-mismatch');
      }),
      { numRuns: 40 },
    );
  });
});
