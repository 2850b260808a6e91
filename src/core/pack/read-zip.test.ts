import { deflateSync, gzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors';
import { readZip } from './read-zip';
import { writeRawZip, type RawEntry } from './test-zip-writer';

const text = (value: string) => new TextEncoder().encode(value);

async function rejection(bytes: Uint8Array<ArrayBuffer>, limits = {}): Promise<{ code: ErrorCode; params: object }> {
  try {
    await readZip(bytes, { limits });
  } catch (error) {
    return error as { code: ErrorCode; params: object };
  }
  throw new Error('readZip accepted the zip');
}

const file = (name: string, extra: Partial<RawEntry> = {}): RawEntry => ({ name, data: text(`content of ${name}`), ...extra });

describe('readZip', () => {
  it('reads stored and deflated entries and skips empty directories', async () => {
    const entries = await readZip(writeRawZip([file('manifest.json'), { name: 'media/', data: new Uint8Array(0) }, file('media/a.webp')]));
    expect([...entries.keys()]).toEqual(['manifest.json', 'media/a.webp']);
    expect(new TextDecoder().decode(entries.get('manifest.json'))).toBe('content of manifest.json');
  });

  it('reads what fflate writes', async () => {
    const entries = await readZip(zipSync({ 'a.json': text('{}'), 'media/b.png': [text('png'), { level: 0 }] }));
    expect(entries.size).toBe(2);
  });

  it.each<[string, RawEntry[], ErrorCode, object?]>([
    ['a duplicate entry name', [file('media/a.webp'), file('media/a.webp')], 'pack/duplicate-entry', { path: 'media/a.webp' }],
    ['a duplicate directory entry', [file('media/', { data: new Uint8Array(0) }), file('media/', { data: new Uint8Array(0) })], 'pack/duplicate-entry', { path: 'media/' }],
    ['names equal once NFC-normalised', [file('media/caf\u00e9.webp'), file('media/cafe\u0301.webp')], 'pack/duplicate-normalised-entry', { path: 'media/cafe\u0301.webp', other: 'media/caf\u00e9.webp' }],
    ['names that differ only in case', [file('media/a.webp'), file('MEDIA/A.webp')], 'pack/duplicate-normalised-entry', { path: 'MEDIA/A.webp' }],
    ['names equal once NFKC-normalised (fullwidth letters)', [file('media/a.webp'), file('media/\uff41.webp')], 'pack/duplicate-normalised-entry'],
    ['a zip by its name', [file('media/lessons.zip')], 'pack/nested-archive', { path: 'media/lessons.zip', reason: 'extension' }],
    ['a gzip by its name, in capitals', [file('media/LESSONS.TAR.GZ')], 'pack/nested-archive', { reason: 'extension' }],
    ['a zip by its content', [{ name: 'media/a.webp', data: writeRawZip([file('inner.txt')]) }], 'pack/nested-archive', { path: 'media/a.webp', reason: 'content' }],
    ['a deflated gzip by its content', [{ name: 'media/a.webp', data: gzipSync(text('hello')), method: 8 }], 'pack/nested-archive', { reason: 'content' }],
    ['a 7z by its content', [{ name: 'media/a.mp3', data: new Uint8Array([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]) }], 'pack/nested-archive'],
    ['a tar by its content', [{ name: 'media/a.mp4', data: new Uint8Array(512).fill(0x75, 257, 258).fill(0x73, 258, 259).fill(0x74, 259, 260).fill(0x61, 260, 261).fill(0x72, 261, 262) }], 'pack/nested-archive'],
    ['a ../ path', [file('media/../../evil.sh')], 'pack/path-traversal'],
    ['a bare .. segment', [file('../evil.sh')], 'pack/path-traversal'],
    ['an absolute path', [file('/etc/passwd')], 'pack/absolute-path'],
    ['a drive-letter path', [file('C:/Windows/evil.dll')], 'pack/absolute-path'],
    ['a backslash', [file('media\\a.webp')], 'pack/unsafe-path', { reason: 'backslash' }],
    ['an empty segment', [file('media//a.webp')], 'pack/unsafe-path', { reason: 'empty-segment' }],
    ['a control character', [file('media/a\u0000.webp')], 'pack/unsafe-path', { reason: 'character' }],
    ['a bidi override', [file('media/a\u202egpj.exe')], 'pack/unsafe-path', { reason: 'character' }],
    ['a symlink entry', [file('media/link.webp', { madeBy: 3, externalAttrs: (0o120777 << 16) >>> 0 })], 'pack/symlink'],
    ['a FIFO entry', [file('media/fifo', { madeBy: 3, externalAttrs: (0o010644 << 16) >>> 0 })], 'pack/special-file'],
    ['an encrypted entry', [file('media/a.webp', { flags: 1 })], 'pack/unsupported-zip', { reason: 'encrypted' }],
    ['an unknown compression method', [file('media/a.webp', { method: 12 })], 'pack/unsupported-zip', { reason: 'method-12' }],
    ['a wrong CRC', [file('media/a.webp', { crc: 1234 })], 'pack/corrupt-entry', { reason: 'crc' }],
    ['a stored entry whose sizes disagree', [file('media/a.webp', { declaredSize: 3 })], 'pack/corrupt-entry', { reason: 'size' }],
  ])('rejects %s', async (_, entries, code, params) => {
    const error = await rejection(writeRawZip(entries));
    expect(error.code).toBe(code);
    if (params) expect(error.params).toMatchObject(params);
  });

  it('accepts a regular file from a Unix host', async () => {
    const entries = await readZip(writeRawZip([file('media/a.webp', { madeBy: 3, externalAttrs: (0o100644 << 16) >>> 0 })]));
    expect(entries.has('media/a.webp')).toBe(true);
  });

  it('rejects a zip bomb by its declared ratio before inflating', async () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const error = await rejection(writeRawZip([{ name: 'media/a.json', data: zeros, method: 8 }]));
    expect(error.code).toBe('pack/ratio-too-high');
  });

  it('stops a zip bomb that lies about its size while inflating, by bytes actually inflated', async () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const bomb: RawEntry = { name: 'media/a.json', data: zeros, method: 8, declaredSize: 1000 };
    const error = await rejection(writeRawZip([bomb]));
    expect(error.code).toBe('pack/ratio-too-high');
    expect(error.params).toMatchObject({ path: 'media/a.json', max: 100 });
  });

  it('stops an entry that inflates past the per-entry limit even at a modest ratio', async () => {
    const data = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
    const liar: RawEntry = { name: 'media/a.json', data, method: 8, declaredSize: 10 };
    const error = await rejection(writeRawZip([liar]), { maxEntryBytes: 100_000 });
    expect(error.code).toBe('pack/entry-too-large');
  });

  it('rejects an entry larger than the per-entry limit', async () => {
    const error = await rejection(writeRawZip([{ name: 'media/a.mp4', data: new Uint8Array(2000) }]), { maxEntryBytes: 1000 });
    expect(error).toMatchObject({ code: 'pack/entry-too-large', params: { path: 'media/a.mp4', size: 2000, max: 1000 } });
  });

  it('rejects a manifest larger than its own limit', async () => {
    const error = await rejection(writeRawZip([{ name: 'manifest.json', data: new Uint8Array(2000) }]), { maxManifestBytes: 1000 });
    expect(error).toMatchObject({ code: 'pack/entry-too-large', params: { path: 'manifest.json' } });
  });

  it('rejects entries that add up past the total limit', async () => {
    const entries = ['a', 'b', 'c'].map((name) => ({ name: `media/${name}.mp3`, data: new Uint8Array(400) }));
    expect((await rejection(writeRawZip(entries), { maxTotalBytes: 1000 })).code).toBe('pack/too-large');
  });

  it('rejects more entries than the limit (10,000 by default)', async () => {
    const entries = Array.from({ length: 10_001 }, (_, i) => ({ name: `media/${i}.webp`, data: new Uint8Array(0) }));
    expect(await rejection(writeRawZip(entries))).toMatchObject({ code: 'pack/too-many-entries', params: { count: 10_001, max: 10_000 } });
    expect((await rejection(writeRawZip(entries.slice(0, 6)), { maxEntries: 5 })).code).toBe('pack/too-many-entries');
  });

  it('rejects a truncated zip', async () => {
    const whole = writeRawZip([file('manifest.json'), file('media/a.webp')]);
    expect((await rejection(whole.slice(0, whole.length - 30))).code).toBe('pack/truncated');
  });

  it.each([
    ['a text file', text('this is not a zip at all')],
    ['an empty file', new Uint8Array(0)],
    ['a gzip stream', new Uint8Array([0x1f, 0x8b, ...deflateSync(text('hello'))])],
  ])('rejects %s as not a zip', async (_, bytes) => {
    expect((await rejection(bytes)).code).toBe('pack/not-a-zip');
  });

  it('rejects an entry whose local header names another file', async () => {
    const zip = writeRawZip([file('media/a.webp')]);
    zip[30] = 'M'.charCodeAt(0); // first byte of the local header's file name
    expect(await rejection(zip)).toMatchObject({ code: 'pack/corrupt-zip', params: { reason: 'local-header' } });
  });

  it('rejects a directory record pointing at another entry\'s local header', async () => {
    const zip = writeRawZip([file('media/a.webp'), file('media/b.webp')]);
    const view = new DataView(zip.buffer);
    const directory = view.getUint32(zip.length - 22 + 16, true);
    view.setUint32(directory + 46 + 'media/a.webp'.length + 42, 0, true);
    expect(await rejection(zip)).toMatchObject({ code: 'pack/corrupt-zip', params: { reason: 'local-header' } });
  });

  it('rejects overlapping entries (one stretch of bytes counted as two files)', async () => {
    const inner = file('media/b.webp');
    const innerZip = writeRawZip([inner]);
    const innerLocal = innerZip.subarray(0, 30 + inner.name.length + inner.data.length);
    // Entry a's data is a complete local entry for b; the directory's b record points inside a.
    const zip = writeRawZip([{ name: 'media/a.webp', data: innerLocal }, inner]);
    const view = new DataView(zip.buffer);
    const directory = view.getUint32(zip.length - 22 + 16, true);
    view.setUint32(directory + 46 + 'media/a.webp'.length + 42, 30 + 'media/a.webp'.length, true);
    expect(await rejection(zip)).toMatchObject({ code: 'pack/corrupt-zip', params: { reason: 'overlap' } });
  });

  it('reports progress up to 1', async () => {
    const seen: number[] = [];
    await readZip(writeRawZip([file('manifest.json'), { name: 'media/a.mp4', data: new Uint8Array(3_000_000) }]), {
      onProgress: (fraction) => {
        seen.push(fraction);
      },
    });
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
