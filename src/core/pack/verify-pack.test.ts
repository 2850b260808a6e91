import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../errors';
import { buildPack } from './build-pack';
import { jsonBytes, parseJsonBytes } from './json-bytes';
import { readZip } from './read-zip';
import { otherKey, resign, rezip, sampleMedia, sampleSource, testKey } from './test-fixtures';
import { verifyPack } from './verify-pack';
import { readCentralDirectory } from './zip-structure';

const built = buildPack(sampleSource(), sampleMedia(), testKey);
const trustedKeys = [testKey];

async function rejection(bytes: Uint8Array<ArrayBuffer>, keys = trustedKeys): Promise<{ code: ErrorCode; params: object }> {
  try {
    await verifyPack(bytes, { trustedKeys: keys });
  } catch (error) {
    return error as { code: ErrorCode; params: object };
  }
  throw new Error('verifyPack accepted the pack');
}

async function entries() {
  return readZip(built.bytes);
}

type MutableManifest = { title: Record<string, string>; files: { path: string; size: number }[]; publisher: { keyId: string } };
async function manifestCopy(): Promise<MutableManifest> {
  return parseJsonBytes((await entries()).get('manifest.json')!) as MutableManifest;
}

describe('verifyPack', () => {
  it('accepts what buildPack made, with its manifest and every media file', async () => {
    const pack = await verifyPack(built.bytes, { trustedKeys });
    expect(pack.manifest).toEqual(built.manifest);
    expect(pack.signedBy.keyId).toBe(testKey.keyId);
    expect(pack.manifest.publisher).toEqual({ keyId: testKey.keyId, name: 'Test publisher' });
    expect([...pack.files.keys()]).toEqual([...sampleMedia().keys()]);
    for (const [path, bytes] of sampleMedia()) expect(pack.files.get(path)).toEqual(bytes);
  });

  it('reports progress from 0 to 1, never backwards', async () => {
    const seen: number[] = [];
    await verifyPack(built.bytes, { trustedKeys, onProgress: async (fraction) => void seen.push(fraction) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('builds the same bytes from the same input', () => {
    expect(buildPack(sampleSource(), sampleMedia(), testKey).bytes).toEqual(built.bytes);
  });

  it('stores media and deflates JSON', () => {
    const { entries: records } = readCentralDirectory(built.bytes, 100);
    const methods = Object.fromEntries(records.map((entry) => [entry.name, entry.method]));
    expect(methods).toEqual({
      'manifest.json': 8,
      'signature.json': 8,
      'media/apples.webp': 0,
      'media/count-ar.mp3': 0,
      'media/count-fr.mp3': 0,
      'media/count.mp4': 0,
    });
  });

  it('still accepts a pack re-zipped with the same content', async () => {
    await expect(verifyPack(rezip(await entries()), { trustedKeys })).resolves.toBeDefined();
  });

  it('rejects a manifest changed after signing', async () => {
    const changed = new Map(await entries());
    const manifest = await manifestCopy();
    manifest.title.en = 'Sample!';
    changed.set('manifest.json', jsonBytes(manifest));
    expect(await rejection(rezip(changed))).toMatchObject({ code: 'pack/bad-signature', params: { keyId: testKey.keyId } });
  });

  it('rejects a flipped byte in the stored manifest as damage', async () => {
    const bytes = built.bytes.slice();
    bytes[60] = bytes[60]! ^ 0xff; // inside manifest.json's deflated data
    expect(await rejection(bytes)).toMatchObject({ code: 'pack/corrupt-entry', params: { path: 'manifest.json' } });
  });

  it('rejects a media file changed after signing (re-zipped with a valid CRC)', async () => {
    const changed = new Map(await entries());
    const media = changed.get('media/count.mp4')!.slice();
    media[100] = media[100]! ^ 1;
    changed.set('media/count.mp4', media);
    expect(await rejection(rezip(changed))).toMatchObject({ code: 'pack/file-hash-mismatch', params: { path: 'media/count.mp4' } });
  });

  it('rejects a flipped media byte in the zip itself as damage', async () => {
    const bytes = built.bytes.slice();
    // The directory is under 500 bytes, so this lands in the last media file (9000 bytes).
    bytes[bytes.length - 1000] = bytes[bytes.length - 1000]! ^ 1;
    expect(await rejection(bytes)).toMatchObject({ code: 'pack/corrupt-entry', params: { path: 'media/count.mp4', reason: 'crc' } });
  });

  it('rejects an unlisted extra file', async () => {
    const changed = new Map<string, Uint8Array>(await entries());
    changed.set('media/extra.webp', new Uint8Array([1, 2, 3]));
    expect(await rejection(rezip(changed))).toMatchObject({ code: 'pack/unlisted-file', params: { path: 'media/extra.webp' } });
  });

  it('rejects a missing file', async () => {
    const changed = new Map(await entries());
    changed.delete('media/count-fr.mp3');
    expect(await rejection(rezip(changed))).toMatchObject({ code: 'pack/missing-file', params: { path: 'media/count-fr.mp3' } });
  });

  it('rejects a file whose size is not the signed one', async () => {
    const manifest = await manifestCopy();
    manifest.files[0]!.size += 1;
    expect(await rejection(rezip(resign(await entries(), manifest)))).toMatchObject({ code: 'pack/file-size-mismatch' });
  });

  it('rejects a signature made by another key under the trusted key id', async () => {
    const forged = resign(await entries(), await manifestCopy(), { ...otherKey, keyId: testKey.keyId });
    expect(await rejection(rezip(forged))).toMatchObject({ code: 'pack/bad-signature' });
  });

  it('rejects a pack signed by a key the device does not trust', async () => {
    expect(await rejection(built.bytes, [otherKey])).toMatchObject({ code: 'pack/untrusted-key', params: { keyId: testKey.keyId } });
  });

  it('does not let a trusted-key entry lend its id to another key', async () => {
    expect((await rejection(built.bytes, [{ ...otherKey, keyId: testKey.keyId }])).code).toBe('pack/untrusted-key');
  });

  it('rejects a manifest whose publisher is not the signer', async () => {
    const resigned = resign(await entries(), await manifestCopy(), otherKey);
    expect((await rejection(rezip(resigned), [testKey, otherKey])).code).toBe('pack/key-mismatch');
  });

  it('checks the signature before the schema', async () => {
    const manifest = { ...(await manifestCopy()), surprise: true };
    const changed = new Map(await entries());
    changed.set('manifest.json', jsonBytes(manifest));
    expect((await rejection(rezip(changed))).code).toBe('pack/bad-signature');
    expect((await rejection(rezip(resign(await entries(), manifest)))).code).toBe('pack/unknown-field');
  });

  it.each<[string, (files: Map<string, Uint8Array>) => void, ErrorCode]>([
    ['no manifest', (files) => files.delete('manifest.json'), 'pack/missing-manifest'],
    ['no signature', (files) => files.delete('signature.json'), 'pack/missing-signature'],
    ['a manifest that is not JSON', (files) => files.set('manifest.json', new TextEncoder().encode('{oops')), 'pack/manifest-not-json'],
    ['a signature file that is not JSON', (files) => files.set('signature.json', new Uint8Array([1])), 'pack/bad-signature-file'],
  ])('rejects a pack with %s', async (_, change, code) => {
    const changed = new Map<string, Uint8Array>(await entries());
    change(changed);
    expect((await rejection(rezip(changed))).code).toBe(code);
  });

  it('rejects a manifest of an unknown format version, even when signed', async () => {
    const manifest = { ...(await manifestCopy()), format: 2 };
    expect(await rejection(rezip(resign(await entries(), manifest)))).toMatchObject({ code: 'pack/unsupported-format', params: { value: '2' } });
  });
});

describe('buildPack', () => {
  it('names a referenced file that was not given', () => {
    const media = sampleMedia();
    media.delete('media/count.mp4');
    expect(() => buildPack(sampleSource(), media, testKey)).toThrow(expect.objectContaining({ code: 'pack/missing-source-file', params: { path: 'media/count.mp4' } }));
  });

  it('validates the source first', () => {
    const source = { ...sampleSource(), version: 'one' };
    expect(() => buildPack(source, sampleMedia(), testKey)).toThrow(expect.objectContaining({ code: 'pack/bad-version' }));
  });
});
