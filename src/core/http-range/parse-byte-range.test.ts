import { describe, expect, it } from 'vitest';
import { parseByteRange } from './parse-byte-range';

describe('parseByteRange', () => {
  it.each([
    [undefined, 100, { kind: 'whole' }],
    [null, 100, { kind: 'whole' }],
    ['bytes=0-0', 100, { kind: 'part', start: 0, end: 0 }],
    ['bytes=0-1', 100, { kind: 'part', start: 0, end: 1 }],
    ['bytes=5-', 100, { kind: 'part', start: 5, end: 99 }],
    ['bytes=-3', 100, { kind: 'part', start: 97, end: 99 }],
    ['bytes=-500', 100, { kind: 'part', start: 0, end: 99 }],
    ['bytes=90-500', 100, { kind: 'part', start: 90, end: 99 }],
    ['Bytes=0-9', 100, { kind: 'part', start: 0, end: 9 }],
    [' bytes=0-9 ', 100, { kind: 'part', start: 0, end: 9 }],
    ['bytes=100-', 100, { kind: 'unsatisfiable' }],
    ['bytes=100-200', 100, { kind: 'unsatisfiable' }],
    ['bytes=99999999999999999999-', 100, { kind: 'unsatisfiable' }],
    ['bytes=-0', 100, { kind: 'unsatisfiable' }],
    ['bytes=0-', 0, { kind: 'unsatisfiable' }],
    ['bytes=-3', 0, { kind: 'unsatisfiable' }],
    // Ignored (whole resource, 200): malformed, inverted, other units, several ranges.
    ['bytes=9-3', 100, { kind: 'whole' }],
    ['bytes=-', 100, { kind: 'whole' }],
    ['bytes=a-b', 100, { kind: 'whole' }],
    ['bytes=1.5-2', 100, { kind: 'whole' }],
    ['bytes 0-1', 100, { kind: 'whole' }],
    ['items=0-1', 100, { kind: 'whole' }],
    ['bytes=0-1,5-6', 100, { kind: 'whole' }],
    ['bytes=0-1, 200-300', 100, { kind: 'whole' }],
  ])('reads %j on a %i-byte resource as %j', (header, size, expected) => {
    expect(parseByteRange(header, size)).toEqual(expected);
  });
});
