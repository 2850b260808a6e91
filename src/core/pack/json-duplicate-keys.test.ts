import { describe, expect, it } from 'vitest';
import { checkUniqueKeys, findDuplicateKey } from './json-duplicate-keys';

describe('findDuplicateKey', () => {
  it.each<[string, string, string | undefined]>([
    ['no object', '[1, "a", true, null]', undefined],
    ['distinct keys', '{"a": 1, "b": {"a": 2}}', undefined],
    ['the same key in sibling objects', '[{"a": 1}, {"a": 2}]', undefined],
    ['a key repeated at the top', '{"id": "a", "title": "t", "id": "b"}', 'id'],
    ['a key repeated deep inside', '{"lessons": [{"blocks": [{"type": "text", "type": "quiz"}]}]}', 'type'],
    ['a key repeated after a nested object', '{"a": {"b": 1}, "a": 2}', 'a'],
    ['the same key written with an escape', '{"a": 1, "\\u0061": 2}', 'a'],
    ['string values that look like keys', '{"a": "\\"a\\": 1, ", "b": "a"}', undefined],
    ['keys with escaped quotes and commas', '{"x\\",y": 1, "x\\",y": 2}', 'x",y'],
    ['keys and values with brackets', '{"{": "}", "[": "]", "{": 0}', '{'],
    ['an empty key twice', '{"": 1, "": 2}', ''],
  ])('%s', (_, json, expected) => {
    expect(() => JSON.parse(json)).not.toThrow();
    expect(findDuplicateKey(json)).toBe(expected);
  });
});

describe('checkUniqueKeys', () => {
  it('names the file and the key, cut at 80 characters', () => {
    const key = 'k'.repeat(100);
    const json = new TextEncoder().encode(`{"${key}": 1, "${key}": 2}`);
    expect(() => checkUniqueKeys(json, 'manifest.json')).toThrow(
      expect.objectContaining({ code: 'pack/duplicate-json-key', params: { file: 'manifest.json', key: `${'k'.repeat(80)}…` } }),
    );
  });

  it('accepts JSON whose keys are all distinct', () => {
    expect(() => checkUniqueKeys('{"a": [{"a": 1}], "b": 2}', 'signature.json')).not.toThrow();
  });
});
