import { describe, expect, it, vi } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';
import { buildPack } from './build-pack';
import * as ed25519 from './ed25519';
import { signManifest } from './sign-manifest';
import { otherKey, sampleMedia, sampleSource, testKey } from './test-fixtures';
import { verifyManifestSignature } from './verify-signature';

const manifest = () => JSON.parse(JSON.stringify(buildPack(sampleSource(), sampleMedia(), testKey).manifest)) as { title: Record<string, string> };
const badSignature = expect.objectContaining({ code: 'pack/bad-signature' });

describe('verifyManifestSignature checking the same pair again', () => {
  it('does not redo the curve arithmetic for the manifest object it has just found valid', () => {
    const json = manifest();
    const signature = signManifest(json, testKey);
    const curve = vi.spyOn(ed25519, 'verifyBytes');
    try {
      expect(verifyManifestSignature(json, signature, [testKey]).keyId).toBe(testKey.keyId);
      expect(verifyManifestSignature(json, { ...signature }, [testKey]).keyId).toBe(testKey.keyId);
      expect(curve).toHaveBeenCalledTimes(1);
      // The same manifest parsed again (a pack imported again) is verified in full.
      expect(verifyManifestSignature(structuredClone(json), signature, [testKey]).keyId).toBe(testKey.keyId);
      expect(curve).toHaveBeenCalledTimes(2);
    } finally {
      curve.mockRestore();
    }
  });

  it('still refuses the manifest changed after it was found valid, even as the same object', () => {
    const json = manifest();
    const signature = signManifest(json, testKey);
    verifyManifestSignature(json, signature, [testKey]);
    json.title.en = `${json.title.en}!`;
    expect(() => verifyManifestSignature(json, signature, [testKey])).toThrow(badSignature);
  });

  it('still refuses a flipped signature bit after the true signature was found valid', () => {
    const json = manifest();
    const signature = signManifest(json, testKey);
    verifyManifestSignature(json, signature, [testKey]);
    const bytes = decodeBase64(signature.signature)!;
    bytes[10] = bytes[10]! ^ 1;
    expect(() => verifyManifestSignature(json, { ...signature, signature: encodeBase64(bytes) }, [testKey])).toThrow(badSignature);
  });

  it('still refuses the same signature under another key', () => {
    const json = manifest();
    const signature = signManifest(json, testKey);
    verifyManifestSignature(json, signature, [testKey]);
    const impostor = { ...otherKey, keyId: testKey.keyId };
    expect(() => verifyManifestSignature(json, signature, [impostor])).toThrow(expect.objectContaining({ code: 'pack/untrusted-key' }));
  });
});
