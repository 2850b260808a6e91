import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { sha256Hex, sha256HexPortable } from './hash-bytes';

const none = async () => {};

describe('sha256Hex', () => {
  it.each([0, 1, 64, 1024 * 1024 + 3])('gives the same digest natively and portably for %i bytes', async (length) => {
    const bytes = new Uint8Array(length).map((_, i) => (i * 131) % 256);
    const expected = bytesToHex(sha256(bytes));
    expect(await sha256Hex(bytes, none)).toBe(expected);
    expect(await sha256HexPortable(bytes, none)).toBe(expected);
  });

  it('reports every byte hashed', async () => {
    let done = 0;
    await sha256HexPortable(new Uint8Array(2_500_000), async (n) => void (done += n));
    expect(done).toBe(2_500_000);
  });
});
