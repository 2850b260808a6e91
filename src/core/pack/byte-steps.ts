/**
 * The zip structure is parsed by generators that ask for the byte ranges they need, so one
 * parser serves both a buffer (synchronously: hostile-corpus.ts builds its zips without awaiting)
 * and a ByteSource (asynchronously, through a small read-ahead window).
 */
import type { ByteSource } from './byte-source';

export type ByteRange = { at: number; length: number };

/** Yields the ranges it needs and is given their bytes back (fewer where the file ends). */
export type ByteSteps<T> = Generator<ByteRange, T, Uint8Array>;

export function runOnBytes<T>(bytes: Uint8Array, steps: ByteSteps<T>): T {
  let step = steps.next(new Uint8Array(0));
  while (!step.done) step = steps.next(bytes.subarray(step.value.at, step.value.at + step.value.length));
  return step.value;
}

/** Reads at least `windowBytes` at a time, so walking a directory of small records is not one read per field. */
export async function runOnSource<T>(source: ByteSource, steps: ByteSteps<T>, windowBytes: number): Promise<T> {
  let windowAt = 0;
  let window: Uint8Array = new Uint8Array(0);
  let step = steps.next(new Uint8Array(0));
  while (!step.done) {
    const { at, length } = step.value;
    const end = Math.min(at + length, source.size);
    if (at < windowAt || end > windowAt + window.length) {
      windowAt = at;
      window = await source.read(at, Math.max(length, windowBytes));
    }
    step = steps.next(window.subarray(at - windowAt, at - windowAt + length));
  }
  return step.value;
}
