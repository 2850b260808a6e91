import { describe, expect, it } from 'vitest';
import { readPackFile } from './pack-file';

const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => i % 251);

describe('readPackFile', () => {
  it('reads a file in slices, reporting progress up to 1', async () => {
    const reports: number[] = [];
    const read = await readPackFile(new Blob([bytes]), (fraction) => void reports.push(fraction), { chunkBytes: 3_000 });
    expect(read).toEqual(bytes);
    expect(reports).toEqual([0.3, 0.6, 0.9, 1]);
  });

  it('waits for a progress callback that returns a promise', async () => {
    let pending = 0;
    await readPackFile(new Blob([bytes]), async () => {
      pending++;
      await new Promise((resolve) => setTimeout(resolve, 0));
      pending--;
    }, { chunkBytes: 4_000 });
    expect(pending).toBe(0);
  });

  it('reads an empty file as no bytes', async () => {
    const reports: number[] = [];
    expect(await readPackFile(new Blob([]), (f) => void reports.push(f))).toEqual(new Uint8Array(0));
    expect(reports).toEqual([1]);
  });

  it('refuses a file larger than a pack can be before reading it', async () => {
    await expect(readPackFile(new Blob([bytes]), undefined, { maxBytes: 9_999 })).rejects.toMatchObject({
      code: 'pack/too-large',
      params: { size: 10_000, max: 9_999 },
    });
  });
});
