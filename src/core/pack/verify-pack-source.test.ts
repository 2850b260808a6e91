import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors';
import { blobSource, isFileSpan, type ByteSource, type FileData } from './byte-source';
import { buildPack } from './build-pack';
import { hostileCorpus } from './hostile-corpus';
import type { ZipLimits } from './limits';
import { otherKey, sampleMedia, sampleSource, testKey } from './test-fixtures';
import { verifyPack, verifyPackSource } from './verify-pack';
import { locateData, readCentralDirectory } from './zip-structure';

const trustedKeys = [testKey];
const built = buildPack(sampleSource(), sampleMedia(), testKey);

/** A Blob source that remembers the largest single read: the most of the file ever in memory at once. */
function recordingSource(bytes: Uint8Array<ArrayBuffer>): ByteSource & { largestRead: number } {
  const inner = blobSource(new Blob([bytes]));
  const source = {
    size: inner.size,
    largestRead: 0,
    async read(offset: number, length: number) {
      const read = await inner.read(offset, length);
      source.largestRead = Math.max(source.largestRead, read.length);
      return read;
    },
  };
  return source;
}

async function codeOf(run: Promise<unknown>): Promise<{ code: ErrorCode; params: object } | 'accepted'> {
  try {
    await run;
    return 'accepted';
  } catch (error) {
    const { code, params } = error as { code: ErrorCode; params: object };
    return { code, params };
  }
}

function flippedInStoredEntry(zip: Uint8Array<ArrayBuffer>, path: string): Uint8Array<ArrayBuffer> {
  const copy = zip.slice();
  const directory = readCentralDirectory(copy, 100);
  const entry = directory.entries.find((e) => e.name === path)!;
  copy[locateData(copy, entry, directory.offset) + Math.floor(entry.compressedSize / 2)]! ^= 0x01;
  return copy;
}

describe('verifyPackSource on a Blob', () => {
  it('accepts what verifyPack accepts, with stored media as spans of exactly their bytes', async () => {
    const blob = new Blob([built.bytes]);
    const fromBlob = await verifyPackSource(blobSource(blob), { trustedKeys });
    const fromBytes = await verifyPack(built.bytes, { trustedKeys });
    expect(fromBlob.manifest).toEqual(fromBytes.manifest);
    expect(fromBlob.manifestJson).toEqual(fromBytes.manifestJson);
    expect(fromBlob.signature).toEqual(fromBytes.signature);
    expect([...fromBlob.files.keys()]).toEqual([...fromBytes.files.keys()]);
    for (const [path, media] of sampleMedia()) {
      const data: FileData = fromBlob.files.get(path)!;
      if (!isFileSpan(data)) throw new Error(`${path} was copied, not given as a span`);
      expect(data.length).toBe(media.length);
      expect(new Uint8Array(await blob.slice(data.offset, data.offset + data.length).arrayBuffer())).toEqual(media);
      expect(built.bytes.subarray(data.offset, data.offset + data.length)).toEqual(media);
    }
  });

  it('reports progress from 0 to 1', async () => {
    const reports: number[] = [];
    await verifyPackSource(blobSource(new Blob([built.bytes])), { trustedKeys, onProgress: (f) => void reports.push(f) });
    expect(reports[0]).toBe(0);
    expect(reports.at(-1)).toBe(1);
    expect(reports).toEqual([...reports].sort((a, b) => a - b));
  });

  it('refuses a byte flipped inside a stored entry with the code verifyPack gives', async () => {
    const damaged = flippedInStoredEntry(built.bytes, 'media/count.mp4');
    const fromBlob = await codeOf(verifyPackSource(blobSource(new Blob([damaged])), { trustedKeys }));
    expect(fromBlob).toEqual({ code: 'pack/corrupt-entry', params: { path: 'media/count.mp4', reason: 'crc' } });
    expect(fromBlob).toEqual(await codeOf(verifyPack(damaged, { trustedKeys })));
  });

  it('never reads more than one 4 MiB chunk at a time, however large the media', async () => {
    const video = new Uint8Array(9 * 1024 * 1024 + 17).map((_, i) => (i * 7) % 256);
    const large = buildPack(sampleSource(), new Map([...sampleMedia(), ['media/count.mp4', video]]), testKey);
    const source = recordingSource(large.bytes);
    const limits = { maxEntryBytes: 16 * 1024 * 1024 };
    const verified = await verifyPackSource(source, { trustedKeys, limits });
    const span = verified.files.get('media/count.mp4')!;
    if (!isFileSpan(span)) throw new Error('the video was copied, not given as a span');
    // toEqual on 9 MiB is slow; the bytes are compared by index instead.
    const spanned = large.bytes.subarray(span.offset, span.offset + span.length);
    expect(spanned.length === video.length && spanned.every((byte, i) => byte === video[i])).toBe(true);
    expect(source.largestRead).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('refuses a file that shrank while it was being read as truncated', async () => {
    const whole = blobSource(new Blob([built.bytes]));
    const directory = readCentralDirectory(built.bytes, 100);
    const video = directory.entries.find((e) => e.name === 'media/count.mp4')!;
    const videoStart = locateData(built.bytes, video, directory.offset);
    // The directory was read, then the stick was pulled out: the video's bytes are gone.
    const shrinking: ByteSource = { size: whole.size, read: (offset, length) => whole.read(offset, offset === videoStart ? 0 : length) };
    await expect(verifyPackSource(shrinking, { trustedKeys })).rejects.toMatchObject({ code: 'pack/truncated' });
  });
});

const SMALL_LIMITS: ZipLimits = { maxEntries: 40, maxTotalBytes: 200_000, maxEntryBytes: 64 * 1024, maxManifestBytes: 32 * 1024, maxRatio: 100 };

describe.each(hostileCorpus({ signingKey: testKey, untrustedKey: otherKey, limits: SMALL_LIMITS }))('the hostile case $name', (hostile) => {
  it('is refused from a Blob with the same code and params as from bytes', async () => {
    const options = { trustedKeys, limits: SMALL_LIMITS };
    const fromBlob = await codeOf(verifyPackSource(blobSource(new Blob([hostile.bytes])), options));
    expect(fromBlob).toMatchObject({ code: hostile.expectedCode, params: hostile.expectedParams ?? {} });
    expect(fromBlob).toEqual(await codeOf(verifyPack(hostile.bytes, options)));
  });
});
