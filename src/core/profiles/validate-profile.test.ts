import { describe, expect, it } from 'vitest';
import { validateProfile } from './validate-profile';

describe('validateProfile', () => {
  it('trims and collapses spaces in the name', () => {
    expect(validateProfile({ displayName: '  Salma   B. ', avatar: 'camel', language: 'ar' }))
      .toEqual({ displayName: 'Salma B.', avatar: 'camel', language: 'ar' });
  });

  it.each([
    [{ displayName: '   ', avatar: 'camel', language: 'ar' }, 'profile/name-required'],
    [{ displayName: 'x'.repeat(41), avatar: 'camel', language: 'ar' }, 'profile/name-too-long'],
    [{ displayName: 'Youssef', avatar: 'dragon', language: 'fr' }, 'profile/avatar-unknown'],
    [{ displayName: 'Youssef', avatar: 'cat', language: 'de' }, 'profile/language-unknown'],
  ])('refuses %j with %s', (input, code) => {
    expect(() => validateProfile(input)).toThrow(code);
  });

  it('counts an Arabic name of 40 letters as fitting', () => {
    expect(validateProfile({ displayName: 'س'.repeat(40), avatar: 'sun', language: 'ar' }).displayName).toHaveLength(40);
  });
});
