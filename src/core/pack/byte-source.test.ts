import { describe, expect, it } from 'vitest';
import { blobSource, bytesSource, readExactly } from './byte-source';

const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => i % 251);

describe.each([
  ['a Blob', () => blobSource(new Blob([bytes]))],
  ['bytes in memory', () => bytesSource(bytes)],
])('a byte source over %s', (_, open) => {
  it('has the size of what it reads', () => {
    expect(open().size).toBe(10_000);
  });

  it('reads exactly the bytes asked for, wherever they are', async () => {
    const source = open();
    expect(await source.read(0, 3)).toEqual(bytes.subarray(0, 3));
    expect(await source.read(4_321, 1_000)).toEqual(bytes.subarray(4_321, 5_321));
  });

  it('reads fewer bytes only where the source ends', async () => {
    const source = open();
    expect(await source.read(9_990, 100)).toEqual(bytes.subarray(9_990));
    expect(await source.read(20_000, 10)).toEqual(new Uint8Array(0));
  });

  it('calls a short read where the whole range was expected a truncated pack', async () => {
    await expect(readExactly(open(), 9_990, 100)).rejects.toMatchObject({ code: 'pack/truncated' });
    await expect(readExactly(open(), 9_900, 100)).resolves.toHaveLength(100);
  });
});
