import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzipBytes } from './gzip';

const text = JSON.stringify({ events: Array.from({ length: 300 }, (_, i) => ({ seq: i, type: 'quiz.answered' })) });
const bytes = new TextEncoder().encode(text);

describe('gzipBytes', () => {
  it.each([
    ['CompressionStream', true],
    ['fflate, for browsers without CompressionStream', false],
  ])('makes gzip that any gzip reader opens (%s)', async (_name, useNative) => {
    const gz = await gzipBytes(bytes, useNative);
    expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
    expect(gz.byteLength).toBeLessThan(bytes.byteLength / 5);
    expect(gunzipSync(gz).toString('utf8')).toBe(text);
  });
});
