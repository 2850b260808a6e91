import { describe, expect, it } from 'vitest';
import { directionOf, pickDefaultLanguage } from './index';

describe('pickDefaultLanguage', () => {
  it.each([
    [['ar-MA', 'fr'], 'ar'],
    [['de-DE', 'fr-FR'], 'fr'],
    [['EN-gb'], 'en'],
    [['de', 'es'], 'en'],
    [[], 'en'],
  ] as const)('picks the first supported language of %j', (preferred, expected) => {
    expect(pickDefaultLanguage(preferred)).toBe(expected);
  });
});

describe('directionOf', () => {
  it('writes Arabic right to left and French and English left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ar-DZ')).toBe('rtl');
    expect(directionOf('fr')).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
  });
});
