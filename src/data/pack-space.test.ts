import { describe, expect, it } from 'vitest';
import { ensureSpaceFor, SPACE_MARGIN_BYTES } from './pack-space';

const MB = 1024 * 1024;
const estimateOf = (quota: number | undefined, usage: number | undefined) => async (): Promise<StorageEstimate> => ({ quota, usage });

describe('ensureSpaceFor', () => {
  it('asks for the size plus a fifth plus a 5 MB margin', async () => {
    const needed = 100 * MB * 1.2 + SPACE_MARGIN_BYTES;
    await expect(ensureSpaceFor(100 * MB, estimateOf(needed + 1_000, 1_000))).resolves.toBeUndefined();
    await expect(ensureSpaceFor(100 * MB, estimateOf(needed + 999, 1_000))).rejects.toMatchObject({
      code: 'storage/quota-exceeded',
      params: { needed, available: needed - 1 },
    });
  });

  it('refuses even a tiny pack when less than the margin is free', async () => {
    await expect(ensureSpaceFor(1, estimateOf(10 * MB, 6 * MB))).rejects.toMatchObject({ code: 'storage/quota-exceeded' });
  });

  it('reports no space, not a negative amount, when usage is above quota', async () => {
    await expect(ensureSpaceFor(1, estimateOf(MB, 2 * MB))).rejects.toMatchObject({ params: { available: 0 } });
  });

  it('lets the install try when the browser gives no estimate', async () => {
    await expect(ensureSpaceFor(10 ** 12, undefined)).resolves.toBeUndefined();
    await expect(ensureSpaceFor(10 ** 12, estimateOf(undefined, undefined))).resolves.toBeUndefined();
    await expect(ensureSpaceFor(10 ** 12, () => Promise.reject(new DOMException('no', 'SecurityError')))).resolves.toBeUndefined();
  });
});
