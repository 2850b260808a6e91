/** Turns IndexedDB and Dexie failures into SabilErrors the UI can explain in the learner's language. */
import { SabilError } from '../core/errors/index';

function nameOf(error: unknown): string {
  if (error && typeof error === 'object') {
    const inner = (error as { inner?: unknown }).inner; // Dexie wraps the DOMException it caught
    const name = (error as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || nameOf(inner) === 'QuotaExceededError') return 'QuotaExceededError';
    if (typeof name === 'string') return name;
  }
  return '';
}

export function toStorageError(error: unknown): SabilError {
  if (error instanceof SabilError) return error;
  const name = nameOf(error);
  if (name === 'QuotaExceededError') return new SabilError('storage/quota-exceeded', {}, { cause: error });
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'SecurityError' || name === 'OpenFailedError') {
    return new SabilError('storage/unavailable', {}, { cause: error });
  }
  return new SabilError('storage/failed', { name }, { cause: error });
}

/** Runs a storage operation and rethrows any failure as a SabilError. */
export async function guardStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
