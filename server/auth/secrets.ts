/**
 * The random secrets the server hands out. Session tokens and device credentials are 32 random
 * bytes (base64url); enrolment and setup codes are 10 characters of Crockford's base32 (50 bits);
 * generated passwords are 16 of the same (80 bits). Only SHA-256 of any of them is stored.
 */
import { createHash, randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a code read aloud or copied by hand stays right. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;

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

/**
 * Reads a code as a person typed it: case, spaces and dashes do not matter, and the letters
 * Crockford's alphabet leaves out are read as the digits they look like (O→0, I and L→1).
 * Undefined when what is left is not a code.
 */
export function normaliseCode(typed: string, length: number = CODE_LENGTH): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== length || [...code].some((ch) => !CODE_ALPHABET.includes(ch))) return undefined;
  return code;
}

/** Shown grouped for reading aloud: `ABCDE-FGHJK`. */
export function formatCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** A password for a new or reset account, shown once: 16 code characters, 80 bits. */
export function generatePassword(): string {
  const chars = randomCode(16);
  return [0, 4, 8, 12].map((at) => chars.slice(at, at + 4)).join('-');
}
