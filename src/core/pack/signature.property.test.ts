import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';
import { buildPack } from './build-pack';
import { signManifest } from './sign-manifest';
import { otherKey, sampleMedia, sampleSource, testKey } from './test-fixtures';
import { verifyManifestSignature, type SignatureFile } from './verify-signature';

const manifest: unknown = JSON.parse(JSON.stringify(buildPack(sampleSource(), sampleMedia(), testKey).manifest));
const signature = signManifest(manifest, testKey);

type Path = (string | number)[];

/** Where every string sits in a JSON value: keys of objects, indexes of arrays. */
function stringPaths(value: unknown, at: Path = []): Path[] {
  if (typeof value === 'string') return [at];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringPaths(item, [...at, index]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...at, key]));
  return [];
}

function withValue(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? withValue(item, rest, replacement) : item));
  return Object.fromEntries(Object.entries(value as object).map(([key, item]) => [key, key === head ? withValue(item, rest, replacement) : item]));
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => Reflect.get(node as object, key), value);
}

const verify = (json: unknown, file: SignatureFile) => () => verifyManifestSignature(json, file, [testKey]);
const badSignature = expect.objectContaining({ code: 'pack/bad-signature' });
const paths = stringPaths(manifest);

describe('manifest signatures', () => {
  it('verify for any JSON object signed by the trusted key, and name that key', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (json) => {
        expect(verifyManifestSignature(json, signManifest(json, testKey), [otherKey, testKey]).keyId).toBe(testKey.keyId);
      }),
      { numRuns: 50 },
    );
  });

  it('fail when any one bit of the signature is flipped', () => {
    const documents = fc.oneof(fc.constant(manifest), fc.dictionary(fc.string(), fc.jsonValue()));
    fc.assert(
      fc.property(documents, fc.nat({ max: 64 * 8 - 1 }), (json, bit) => {
        const file = signManifest(json, testKey);
        const flipped = decodeBase64(file.signature)!;
        flipped[bit >> 3] = flipped[bit >> 3]! ^ (1 << (bit & 7));
        expect(verify(json, { ...file, signature: encodeBase64(flipped) })).toThrow(badSignature);
      }),
      { numRuns: 100 },
    );
  });

  it(`fail when any one of the manifest's ${paths.length} strings changes`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string(), (path, text) => {
        fc.pre(text !== valueAt(manifest, path));
        expect(verify(withValue(manifest, path, text), signature)).toThrow(badSignature);
      }),
      { numRuns: 100 },
    );
  });

  it('fail when made by another key under the trusted key id', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (json) => {
        const forged = { ...signManifest(json, otherKey), keyId: testKey.keyId };
        expect(verify(json, forged)).toThrow(badSignature);
      }),
      { numRuns: 30 },
    );
  });
});
