import { describe, expect, it } from 'vitest';
import { blobSource, bytesSource, readExactly, readWholeOnce, type ByteSource } from './byte-source';

const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => i % 251);

describe.each([
  ['a Blob', () => blobSource(new Blob([bytes]))],
  ['bytes in memory', () => bytesSource(bytes)],
  ['a Blob read whole once', () => readWholeOnce(blobSource(new Blob([bytes])))],
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

describe('readWholeOnce', () => {
  function counted(inner: ByteSource) {
    const reads: [number, number][] = [];
    return { reads, source: { size: inner.size, read: (offset: number, length: number) => (reads.push([offset, length]), inner.read(offset, length)) } };
  }

  it('reads the source once, whole, however many reads it answers', async () => {
    const { reads, source } = counted(bytesSource(bytes));
    const whole = readWholeOnce(source);
    await Promise.all([whole.read(0, 10), whole.read(5_000, 20)]);
    expect(await whole.read(9_999, 5)).toEqual(bytes.subarray(9_999));
    expect(reads).toEqual([[0, 10_000]]);
  });

  it('calls a source that shrank before its read a truncated pack', async () => {
    const shrunk: ByteSource = { size: 10_000, read: (offset, length) => bytesSource(bytes.subarray(0, 9_000)).read(offset, length) };
    await expect(readWholeOnce(shrunk).read(0, 4)).rejects.toMatchObject({ code: 'pack/truncated' });
  });
});
