/**
 * Checks that the browser says there is room for a pack before writing it. Browsers round
 * their estimates and count a Blob's bookkeeping, so we ask for a fifth more plus a margin.
 */
import { SabilError } from '../core/errors/index';

export type EstimateStorage = () => Promise<StorageEstimate>;

export const SPACE_FACTOR = 1.2;
export const SPACE_MARGIN_BYTES = 5 * 1024 * 1024;

function browserEstimate(): EstimateStorage | undefined {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return storage?.estimate ? () => storage.estimate() : undefined;
}

/** Throws `storage/quota-exceeded` { needed, available } when `bytes` will clearly not fit. */
export async function ensureSpaceFor(bytes: number, estimate: EstimateStorage | undefined = browserEstimate()): Promise<void> {
  if (!estimate) return;
  let result: StorageEstimate;
  try {
    result = await estimate();
  } catch {
    // The estimate is advice (Safari refuses it in some private modes); a real shortage still
    // fails the install transaction, which guardStorage names storage/quota-exceeded.
    return;
  }
  const { quota, usage } = result;
  if (quota === undefined || usage === undefined) return;
  const needed = Math.ceil(bytes * SPACE_FACTOR + SPACE_MARGIN_BYTES);
  const available = Math.max(0, quota - usage);
  if (available < needed) throw new SabilError('storage/quota-exceeded', { needed, available });
}
