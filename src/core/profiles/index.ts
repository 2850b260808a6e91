export { AVATARS, isAvatar, type AvatarId } from './avatars';
export { validateProfile, MAX_NAME_LENGTH, type ProfileInput, type ValidProfile } from './validate-profile';
export {
  MAX_TRIES, FIRST_LOCKOUT_MS, NO_ATTEMPTS, lockRemainingMs, recordWrongPin, recordRightPin, triesLeft,
  type PinAttempts,
} from './pin-lockout';
export {
  hashPin, verifyPin, normalisePin, hashSecret, verifySecret, PIN_ITERATIONS, SALT_BYTES, type PinHash, type SecretHash,
} from './pin-hash';
