import 'fake-indexeddb/auto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SabilDatabase } from '../../src/data/db';
import { ensureSpaceFor, installPack, type EstimateStorage } from '../../src/data/packs-repo';
import { SabilError, type ErrorCode } from '../../src/core/errors/index';
import { buildPack } from '../../src/core/pack/build-pack';
import { hostileCorpus, HOSTILE_PACK_ID, type HostileCase } from '../../src/core/pack/hostile-corpus';
import { DEFAULT_LIMITS, type ZipLimits } from '../../src/core/pack/limits';
import { otherKey, sampleMedia, sampleSource, testKey } from '../../src/core/pack/test-fixtures';
import { verifyPack } from '../../src/core/pack/verify-pack';

// Small enough that every size case is made with real bytes; large enough for the sample pack.
const SMALL_LIMITS: ZipLimits = { maxEntries: 40, maxTotalBytes: 200_000, maxEntryBytes: 64 * 1024, maxManifestBytes: 32 * 1024, maxRatio: 100 };
const trustedKeys = [testKey];
const small = hostileCorpus({ signingKey: testKey, untrustedKey: otherKey, limits: SMALL_LIMITS });
// What tests/e2e/hostile-packs.spec.ts imports in a browser, where verifyPack has the default limits.
const browserLike = hostileCorpus({ signingKey: testKey, untrustedKey: otherKey, limits: DEFAULT_LIMITS });

async function rejection(bytes: Uint8Array<ArrayBuffer>, limits: ZipLimits): Promise<SabilError> {
  try {
    await verifyPack(bytes, { trustedKeys, limits });
  } catch (error) {
    if (error instanceof SabilError) return error;
    throw error;
  }
  throw new Error('verifyPack accepted the pack');
}

describe('the hostile corpus', () => {
  it('has a case for every refusal the issue lists', () => {
    const codes = new Set(small.map((c) => c.expectedCode));
    const listed: ErrorCode[] = [
      'pack/not-a-zip', 'pack/truncated', 'pack/too-many-entries', 'pack/too-large', 'pack/entry-too-large', 'pack/ratio-too-high',
      'pack/path-traversal', 'pack/absolute-path', 'pack/unsafe-path', 'pack/duplicate-normalised-entry', 'pack/duplicate-entry',
      'pack/symlink', 'pack/nested-archive', 'pack/missing-manifest', 'pack/missing-signature', 'pack/bad-signature',
      'pack/untrusted-key', 'pack/file-hash-mismatch', 'pack/unlisted-file', 'pack/missing-file', 'pack/invalid-manifest',
      'pack/duplicate-json-key',
    ];
    expect(listed.filter((code) => !codes.has(code))).toEqual([]);
  });

  it('is the same bytes every time', () => {
    const again = hostileCorpus({ signingKey: testKey, untrustedKey: otherKey, limits: SMALL_LIMITS });
    const fingerprint = (corpus: HostileCase[]) => corpus.map((c) => `${c.name}: ${bytesToHex(sha256(c.bytes))}`);
    expect(fingerprint(again)).toEqual(fingerprint(small));
  });

  it('crosses size limits with real bytes under small limits, and only by declared sizes under the defaults', () => {
    const inflating = (corpus: HostileCase[]) => corpus.filter((c) => /inflates? past/.test(c.name));
    expect(inflating(small)).toHaveLength(2);
    expect(inflating(browserLike)).toHaveLength(0);
    expect(Math.max(...browserLike.map((c) => c.bytes.length))).toBeLessThan(2 * 1024 * 1024);
  });

  it('has limits that a good pack passes, so each case is refused for its own reason', async () => {
    await expect(verifyPack(buildPack(sampleSource(), sampleMedia(), testKey).bytes, { trustedKeys, limits: SMALL_LIMITS })).resolves.toBeDefined();
  });
});

describe.each<[string, ZipLimits, HostileCase[]]>([
  ['small limits', SMALL_LIMITS, small],
  ['the default limits', DEFAULT_LIMITS, browserLike],
])('verifyPack with %s', (_, limits, corpus) => {
  it.each(corpus)('refuses $name with $expectedCode', async ({ bytes, expectedCode, expectedParams }) => {
    const error = await rejection(bytes, limits);
    expect(error.code).toBe(expectedCode);
    if (expectedParams) expect(error.params).toMatchObject(expectedParams);
  });
});

/** Every table, with Blobs read out as bytes, so "as it was" means byte for byte. */
async function snapshot(db: SabilDatabase) {
  const tables = await Promise.all(
    db.tables.map(async (table) => {
      const rows = await table.toArray();
      const read = await Promise.all(
        rows.map(async (row: Record<string, unknown>) =>
          Object.fromEntries(
            await Promise.all(
              Object.entries(row).map(async ([key, value]) =>
                [key, value instanceof Blob ? { type: value.type, bytes: new Uint8Array(await value.arrayBuffer()) } : value] as const,
              ),
            ),
          ),
        ),
      );
      return [table.name, read] as const;
    }),
  );
  return Object.fromEntries(tables);
}

let db: SabilDatabase;
let dbCount = 0;

type ImportOptions = { limits?: ZipLimits; now?: number; estimate?: EstimateStorage };

/** The steps of src/features/library/import-pack.ts, with the limits and storage estimate given. */
async function importLikeTheApp(bytes: Uint8Array<ArrayBuffer>, { limits = SMALL_LIMITS, now = 2_000, estimate }: ImportOptions = {}) {
  const verified = await verifyPack(bytes, { trustedKeys, limits });
  await ensureSpaceFor(bytes.byteLength, estimate);
  await installPack(db, verified, { manifestJson: verified.manifestJson, signatureJson: verified.signature, source: 'file', now });
}

describe('importing a hostile pack through the data layer', () => {
  beforeEach(async () => {
    db = new SabilDatabase(`hostile-${dbCount++}`);
    await db.open();
    // A good pack first, so "as it was" is more than an empty database.
    await importLikeTheApp(buildPack(sampleSource(), sampleMedia(), testKey).bytes, { now: 1_000 });
  });
  afterEach(async () => {
    await db.delete();
  });

  it('starts from a device holding the good pack', async () => {
    expect((await db.packs.toArray()).map((row) => row.id)).toEqual(['sabil.test.sample']);
    expect(await db.assets.count()).toBe(sampleMedia().size);
  });

  it.each(small)('refuses $name with $expectedCode and stores nothing', async ({ bytes, expectedCode }) => {
    const before = await snapshot(db);
    await expect(importLikeTheApp(bytes)).rejects.toMatchObject({ code: expectedCode });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a good pack on a full disk (QuotaExceededError) and leaves every row as it was', async () => {
    const before = await snapshot(db);
    // Shares its files with the installed pack, so the failed write would also have touched their rows.
    const media = new Map([...sampleMedia(), ['media/count.mp4', new Uint8Array(500).fill(5)]]);
    const pack = buildPack({ ...sampleSource(), id: HOSTILE_PACK_ID }, media, testKey);
    db.assets.hook('creating', () => {
      throw new DOMException('The disk is full', 'QuotaExceededError');
    });
    await expect(importLikeTheApp(pack.bytes)).rejects.toMatchObject({ code: 'storage/quota-exceeded' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a good pack the space estimate says will not fit, before writing anything', async () => {
    const before = await snapshot(db);
    const pack = buildPack({ ...sampleSource(), id: HOSTILE_PACK_ID }, sampleMedia(), testKey);
    const nearlyFull: EstimateStorage = async () => ({ quota: 100 * 1024 * 1024, usage: 100 * 1024 * 1024 - 1024 });
    await expect(importLikeTheApp(pack.bytes, { estimate: nearlyFull })).rejects.toMatchObject({ code: 'storage/quota-exceeded' });
    expect(await snapshot(db)).toEqual(before);
  });
});
