import { describe, expect, it } from 'vitest';
import { openPackFile } from './pack-file';

const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => i % 251);

describe('openPackFile', () => {
  it('reads a large file by slices, without reading it whole', async () => {
    const file = new Blob([bytes]);
    const sliced: [number, number | undefined][] = [];
    const slice = file.slice.bind(file);
    file.slice = (start?: number, end?: number) => (sliced.push([start ?? 0, end]), slice(start, end));
    const source = openPackFile(file, { wholeReadMaxBytes: 9_999 });
    expect(source.size).toBe(10_000);
    expect(await source.read(3_000, 4)).toEqual(bytes.subarray(3_000, 3_004));
    expect(await source.read(9_998, 10)).toEqual(bytes.subarray(9_998));
    expect(sliced).toEqual([[3_000, 3_004], [9_998, 10_008]]);
  });

  it('reads a small file whole, once, and answers every read from it', async () => {
    const file = new Blob([bytes]);
    const sliced: [number, number | undefined][] = [];
    const slice = file.slice.bind(file);
    file.slice = (start?: number, end?: number) => (sliced.push([start ?? 0, end]), slice(start, end));
    const source = openPackFile(file);
    expect(await source.read(3_000, 4)).toEqual(bytes.subarray(3_000, 3_004));
    expect(await source.read(9_998, 10)).toEqual(bytes.subarray(9_998));
    expect(sliced).toEqual([[0, 10_000]]);
  });

  it('refuses a file larger than a pack can be before reading it', () => {
    expect(() => openPackFile(new Blob([bytes]), { maxBytes: 9_999 })).toThrow(
      expect.objectContaining({ code: 'pack/too-large', params: { size: 10_000, max: 9_999 } }),
    );
  });
});
