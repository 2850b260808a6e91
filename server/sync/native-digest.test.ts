import { describe, expect, it } from 'vitest';
import { canonicalJson, eventDigest } from '../../src/core/events/index';
import { lessonCompleted, quizAnswered, quizCompleted } from '../../src/core/events/test-events';
import { nativeEventDigest, parsedCanonicalJson } from './native-digest';

const values: unknown[] = [
  null, true, false, 0, -0, 1, -1.5, 1e21, 1e-7, 123456789.125, Number.MAX_SAFE_INTEGER, 5e-324,
  '', 'plain', 'quote " backslash \\ tab \t newline \n nul \u0000 del \u007f', 'é 😀 درس', '\u2028\u2029',
  [], [1, 'a', null, [true, {}]],
  { b: 1, a: 2, A: 3, _: 4, '': 5, 'é': 6, '😀': 7, '\u00ff': 8, aa: 9, 10: 10, 2: 11 },
  { nested: { z: [{ y: 1, x: 2 }], a: 'é' } },
];

describe('parsedCanonicalJson', () => {
  it.each(values.map((v) => [JSON.stringify(v), v]))('writes %s exactly as the shared canonicalJson', (_, value) => {
    const parsed: unknown = JSON.parse(JSON.stringify(value));
    expect(parsedCanonicalJson(parsed)).toBe(canonicalJson(parsed));
  });

  it('refuses what canonicalJson refuses: lone surrogates and numbers JSON cannot write', () => {
    for (const bad of ['\ud800', { '\udc00': 1 }, [Infinity], { n: NaN }]) {
      expect(() => canonicalJson(bad)).toThrow();
      expect(() => parsedCanonicalJson(bad)).toThrow();
    }
  });
});

describe('nativeEventDigest', () => {
  it('gives exactly the shared eventDigest, non-ASCII text included', () => {
    const events = [lessonCompleted(1), quizAnswered(2), quizCompleted(3), { ...lessonCompleted(4), data: { ...lessonCompleted(4).data, lessonId: 'درس-é-😀' } }];
    for (const event of events) expect(nativeEventDigest(event)).toBe(eventDigest(event));
  });
});
