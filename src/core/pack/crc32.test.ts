import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

describe('crc32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('continues across chunks of any length', () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i * 7919) % 256);
    const whole = crc32(bytes);
    for (const cut of [1, 3, 8, 13, 999]) expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(whole);
  });
});
