import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SabilError } from '../errors';
import { buildPack } from './build-pack';
import { parseManifest, parseSource } from './parse-manifest';
import { sampleMedia, sampleSource, testKey } from './test-fixtures';

const manifest: unknown = JSON.parse(JSON.stringify(buildPack(sampleSource(), sampleMedia(), testKey).manifest));
const source: unknown = sampleSource();

type Path = (string | number)[];

/** Every place in a JSON value where a value could be replaced or a key added. */
function containerPaths(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((item, index) => containerPaths(item, [...at, index]))];
  if (value !== null && typeof value === 'object') {
    return [at, ...Object.entries(value).flatMap(([key, item]) => containerPaths(item, [...at, key]))];
  }
  return [at];
}

/** A copy of `value` where the node at `path` went through `change`. */
function changedAt(value: unknown, path: Path, change: (node: unknown) => unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return change(value);
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? changedAt(item, rest, change) : item));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, key === head ? changedAt(item, rest, change) : item]));
  }
  return value;
}

// Keys that shadow Object.prototype: JSON can give any of them, and random strings almost never do.
const prototypeKeys = fc.constantFrom('toString', 'valueOf', 'constructor', '__proto__', 'hasOwnProperty', 'toJSON', 'length');
const trickyJson = fc.oneof(fc.jsonValue(), fc.dictionary(prototypeKeys, fc.jsonValue(), { minKeys: 1 }));

/** A valid document with one thing wrong: a value replaced, a key dropped, or a key added. */
function nearlyValid(document: unknown) {
  const paths = containerPaths(document);
  const change = fc.oneof(
    trickyJson.map((replacement) => () => replacement),
    fc.nat().map((pick) => (node: unknown) => {
      if (Array.isArray(node)) return node.filter((_, index) => index !== pick % Math.max(node.length, 1));
      if (node === null || typeof node !== 'object') return node;
      const keys = Object.keys(node);
      return Object.fromEntries(Object.entries(node).filter(([key]) => key !== keys[pick % Math.max(keys.length, 1)]));
    }),
    fc.tuple(fc.oneof(fc.string(), prototypeKeys), trickyJson).map(([key, added]) => (node: unknown) =>
      node !== null && typeof node === 'object' && !Array.isArray(node) ? Object.fromEntries([...Object.entries(node), [key, added]]) : node,
    ),
  );
  // Top-level fields are few among hundreds of nodes, but each is read before any schema runs.
  const path = fc.oneof(fc.constantFrom(...paths.filter((at) => at.length <= 1)), fc.constantFrom(...paths));
  return fc.tuple(path, change).map(([path, apply]) => changedAt(document, path, apply));
}

/** Returns normally or throws a SabilError with a pack/ code: never a TypeError from deep inside. */
function failsOnlyAsPackError(parse: (json: unknown) => unknown) {
  return (json: unknown) => {
    try {
      parse(json);
    } catch (error) {
      expect(error).toBeInstanceOf(SabilError);
      expect((error as SabilError).code).toMatch(/^pack\//);
    }
  };
}

describe('manifest and source schemas', () => {
  it('the documents being mutated are valid to begin with', () => {
    expect(() => parseManifest(manifest)).not.toThrow();
    expect(() => parseSource(source)).not.toThrow();
  });

  it.each([
    ['parseManifest', parseManifest],
    ['parseSource', parseSource],
  ] as const)('%s fails on arbitrary values only with a pack/ code', (_, parse) => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), failsOnlyAsPackError(parse)), { numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue(), failsOnlyAsPackError(parse)), { numRuns: 300 });
  });

  it('parseManifest fails on a nearly valid manifest only with a pack/ code', () => {
    fc.assert(fc.property(nearlyValid(manifest), failsOnlyAsPackError(parseManifest)), { numRuns: 400 });
  });

  it('parseSource fails on a nearly valid source only with a pack/ code', () => {
    fc.assert(fc.property(nearlyValid(source), failsOnlyAsPackError(parseSource)), { numRuns: 400 });
  });
});

describe('regressions found by these properties', () => {
  // Seed 702625458: String() throws on an object whose toString is not a function, which JSON can give.
  const formatWithoutToString = { ...(manifest as object), format: { toString: {} } };

  it('parseManifest refuses a format that cannot be turned into text with a pack/ code', () => {
    expect(() => parseManifest(formatWithoutToString)).toThrow(expect.objectContaining({ code: 'pack/unsupported-format', params: { value: '{"toString":{}}' } }));
  });

  it('parseManifest passes seed 702625458', () => {
    fc.assert(fc.property(nearlyValid(manifest), failsOnlyAsPackError(parseManifest)), { seed: 702625458, path: '0:1:1:1:1', endOnFailure: true });
  });
});
