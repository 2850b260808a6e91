/**
 * Test support: the hostile zips of hostile-corpus.ts that go past a size limit. They are made
 * for the limits given, so tests pass small limits and no 2 GiB file is ever written. Each limit
 * is crossed twice where it can be: by what the central directory declares (refused before
 * inflating; cheap at any limit) and by bytes actually inflated from entries that declare less
 * (needs real bytes, so only made when they fit in `maxRealBytes`).
 */
import { deflateSync } from 'fflate';
import type { ZipLimits } from './limits';
import { fakeMedia } from './test-fixtures';
import { writeRawZip, type RawEntry } from './test-zip-writer';
import type { HostileCase } from './hostile-corpus';

// Zeros inflate about 1000:1; more than a few MiB would only slow the tests.
const MAX_BOMB_BYTES = 4 * 1024 * 1024;

function tooManyEntries(limits: ZipLimits): HostileCase {
  const entries = Array.from({ length: limits.maxEntries + 1 }, (_, i) => ({ name: `media/${i}.webp`, data: new Uint8Array(0) }));
  return { name: 'more entries than allowed', expectedCode: 'pack/too-many-entries', bytes: writeRawZip(entries) };
}

/** Entries each at the entry limit whose declared sizes add up past the total; one real byte each. */
function tooLargeDeclared(limits: ZipLimits): HostileCase {
  const count = Math.floor(limits.maxTotalBytes / limits.maxEntryBytes) + 1;
  const entries = Array.from({ length: count }, (_, i): RawEntry => ({
    name: `media/part-${i}.mp4`,
    data: new Uint8Array(1),
    declaredSize: limits.maxEntryBytes,
    declaredCompressedSize: limits.maxEntryBytes,
  }));
  return { name: 'declared sizes past the total limit', expectedCode: 'pack/too-large', bytes: writeRawZip(entries) };
}

function entryTooLargeDeclared(limits: ZipLimits): HostileCase {
  const entry: RawEntry = { name: 'media/huge.mp4', data: new Uint8Array(1024), method: 8, declaredSize: limits.maxEntryBytes + 1 };
  return { name: 'a declared size past the entry limit', expectedCode: 'pack/entry-too-large', bytes: writeRawZip([entry]) };
}

/** Zeros that claim to be 1 KiB and inflate far past maxRatio, within the size limits. */
function ratioBomb(limits: ZipLimits): HostileCase {
  const size = Math.min(limits.maxEntryBytes, Math.floor(limits.maxTotalBytes / 2), MAX_BOMB_BYTES);
  const zeros = new Uint8Array(size);
  if (size <= limits.maxRatio * deflateSync(zeros, { level: 9 }).length) {
    throw new Error('hostile corpus: these limits leave no room for a bomb stopped by its ratio');
  }
  const bomb: RawEntry = { name: 'media/bomb.webp', data: zeros, method: 8, declaredSize: 1024 };
  return { name: 'a ratio bomb that lies about its size', expectedCode: 'pack/ratio-too-high', bytes: writeRawZip([bomb]) };
}

/** Stored entries filling the total to within one entry, then one that claims 0 bytes and has more. */
function tooLargeInflated(limits: ZipLimits): HostileCase {
  const full = Math.floor(limits.maxTotalBytes / limits.maxEntryBytes);
  const rest = limits.maxTotalBytes - full * limits.maxEntryBytes;
  const entries = Array.from({ length: full }, (_, i): RawEntry => ({ name: `media/part-${i}.mp4`, data: fakeMedia(10 + i, limits.maxEntryBytes) }));
  entries.push({ name: 'media/last.mp4', data: fakeMedia(9, rest + 1), method: 8, declaredSize: 0 });
  return { name: 'entries that inflate past the total limit', expectedCode: 'pack/too-large', bytes: writeRawZip(entries) };
}

function entryTooLargeInflated(limits: ZipLimits): HostileCase {
  const entry: RawEntry = { name: 'media/huge.mp4', data: fakeMedia(8, limits.maxEntryBytes + 1), method: 8, declaredSize: 0 };
  return { name: 'an entry that inflates past the entry limit', expectedCode: 'pack/entry-too-large', bytes: writeRawZip([entry]) };
}

export function sizeCases(limits: ZipLimits, maxRealBytes: number): HostileCase[] {
  const cases = [tooManyEntries(limits), tooLargeDeclared(limits), entryTooLargeDeclared(limits), ratioBomb(limits)];
  if (limits.maxTotalBytes + limits.maxEntryBytes <= maxRealBytes) cases.push(tooLargeInflated(limits));
  if (limits.maxEntryBytes < maxRealBytes) cases.push(entryTooLargeInflated(limits));
  return cases;
}
