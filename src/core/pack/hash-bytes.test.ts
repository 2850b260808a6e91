import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { buildPack } from './build-pack';
import { bytesSource } from './byte-source';
import { defaultSha256, nobleSha256, sha256Hex, sha256HexOfSpan, sha256HexPortable, subtleSha256, type Sha256 } from './hash-bytes';
import { readZip } from './read-zip';
import { rezip, sampleMedia, sampleSource, testKey } from './test-fixtures';
import { verifyPack } from './verify-pack';

const none = async () => {};
const subtle = globalThis.crypto.subtle; // Node ≥ 20 has WebCrypto, as Chromium does
const hashers: [string, Sha256][] = [
  ['WebCrypto', subtleSha256(subtle)],
  ['noble', nobleSha256],
];

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

describe('the SHA-256 hashers', () => {
  it.each([0, 1, 55, 56, 64, 65, 1000, 4 * 1024 * 1024 + 7])('WebCrypto and noble give the same digest of %i bytes', async (length) => {
    const bytes = new Uint8Array(length).map((_, i) => (i * 131 + 7) % 256);
    const web = bytesToHex(await subtleSha256(subtle)(bytes));
    expect(web).toBe(bytesToHex(await nobleSha256(bytes)));
    expect(web).toBe(bytesToHex(await defaultSha256()(bytes)));
    expect(await sha256Hex(bytes, none, nobleSha256)).toBe(web);
    expect(await sha256HexOfSpan(bytesSource(bytes), { offset: 0, length }, none, subtleSha256(subtle))).toBe(web);
  });

  it('gives the known digest of "abc" with both', async () => {
    const abc = new TextEncoder().encode('abc');
    for (const [, hash] of hashers) {
      expect(bytesToHex(await hash(abc))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    }
  });

  it.each(hashers)('with %s, verifyPack accepts a pack and refuses one file changed', async (_, hash) => {
    const built = buildPack(sampleSource(), sampleMedia(), testKey);
    await expect(verifyPack(built.bytes, { trustedKeys: [testKey], sha256: hash })).resolves.toMatchObject({ manifest: built.manifest });
    const changed = await readZip(built.bytes);
    const video = changed.get('media/count.mp4')!.slice();
    video[0] = video[0]! ^ 1;
    changed.set('media/count.mp4', video);
    await expect(verifyPack(rezip(changed), { trustedKeys: [testKey], sha256: hash })).rejects.toMatchObject({ code: 'pack/file-hash-mismatch' });
  });
});
