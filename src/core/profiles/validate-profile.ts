import { SabilError } from '../errors/index';
import { isLanguage, type Language } from '../languages/index';
import { isAvatar, type AvatarId } from './avatars';

export const MAX_NAME_LENGTH = 40;

export interface ProfileInput {
  displayName: string;
  avatar: string;
  language: string;
}

export interface ValidProfile {
  displayName: string;
  avatar: AvatarId;
  language: Language;
}

/** Cleans a profile typed by a teacher or a child; throws a SabilError naming the first problem. */
export function validateProfile(input: ProfileInput): ValidProfile {
  const displayName = input.displayName.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (displayName.length === 0) throw new SabilError('profile/name-required');
  if ([...displayName].length > MAX_NAME_LENGTH) {
    throw new SabilError('profile/name-too-long', { max: MAX_NAME_LENGTH });
  }
  if (!isAvatar(input.avatar)) throw new SabilError('profile/avatar-unknown');
  if (!isLanguage(input.language)) throw new SabilError('profile/language-unknown');
  return { displayName, avatar: input.avatar, language: input.language };
}
