import { describe, expect, it } from 'vitest';
import { mediaShaOf } from './media-url';

const origin = 'https://sabil.test';
const sha = '0123456789abcdef'.repeat(4);

describe('mediaShaOf', () => {
  it.each([
    [`${origin}/media/${sha}`, sha],
    [`${origin}/media/${sha}?t=1`, sha],
    [`${origin}/media/${sha.toUpperCase()}`, undefined],
    [`${origin}/media/${sha.slice(1)}`, undefined],
    [`${origin}/media/${sha}/x`, undefined],
    [`${origin}/app/media/${sha}`, undefined],
    [`https://elsewhere.test/media/${sha}`, undefined],
  ])('reads %s as %s', (url, expected) => {
    expect(mediaShaOf(new URL(url), origin)).toBe(expected);
  });
});
