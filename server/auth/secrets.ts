/**
 * The random secrets the server hands out. Session tokens and device credentials are 32 random
 * bytes (base64url); enrolment and setup codes are 10 characters of Crockford's base32 (50 bits);
 * generated passwords are 16 of the same (80 bits). Only SHA-256 of any of them is stored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../../src/core/enrolment/index';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** 256 is a multiple of 32, so taking each byte modulo 32 is unbiased. */
export function randomCode(length: number = CODE_LENGTH): string {
  return [...randomBytes(length)].map((byte) => CODE_ALPHABET[byte % 32]).join('');
}

/** A password for a new or reset account, shown once: 16 code characters, 80 bits. */
export function generatePassword(): string {
  const chars = randomCode(16);
  return [0, 4, 8, 12].map((at) => chars.slice(at, at + 4)).join('-');
}
