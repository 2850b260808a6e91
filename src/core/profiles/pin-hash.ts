/**
 * A learner's PIN, and a teacher's password on a device, are kept only as a salted, slow hash
 * (PBKDF2-SHA-256 from WebCrypto, present in every supported browser, worker and Node). Four digits
 * are few, so the slowness and the lockout together are what protect them; the salt stops one table
 * serving every device.
 */
import { SabilError } from '../errors/index';

export const PIN_ITERATIONS = 120_000;
export const SALT_BYTES = 16;

export interface PinHash {
  algorithm: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  hash: string;
}

const PIN_PATTERN = /^[0-9]{4}$/;

/** Accepts Western and Eastern Arabic digits, since children may type either. */
export function normalisePin(pin: string): string {
  const western = pin.trim().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  if (!PIN_PATTERN.test(western)) throw new SabilError('pin/invalid-format');
  return western;
}

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

async function derive(secret: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, 256);
  return toHex(new Uint8Array(bits));
}

/** A teacher's password verifier has the same shape and derivation as a PIN's. */
export type SecretHash = PinHash;

/**
 * Hashes any non-empty secret exactly as typed (a password is not normalised: the server compares
 * it byte for byte too). `salt` must come from a secure random source (crypto.getRandomValues).
 */
export async function hashSecret(secret: string, salt: Uint8Array<ArrayBuffer>, iterations = PIN_ITERATIONS): Promise<SecretHash> {
  if (secret.length === 0) throw new RangeError('hashSecret needs a non-empty secret');
  return { algorithm: 'PBKDF2-SHA-256', iterations, salt: toHex(salt), hash: await derive(secret, salt, iterations) };
}

/** An empty secret never matches, so an empty form cannot open anything. */
export async function verifySecret(secret: string, stored: SecretHash): Promise<boolean> {
  if (secret.length === 0) return false;
  const candidate = await derive(secret, fromHex(stored.salt), stored.iterations);
  // Compare every character so the time taken does not reveal how much matched.
  let difference = candidate.length ^ stored.hash.length;
  for (let i = 0; i < candidate.length; i++) difference |= candidate.charCodeAt(i) ^ (stored.hash.charCodeAt(i) || 0);
  return difference === 0;
}

export async function hashPin(pin: string, salt: Uint8Array<ArrayBuffer>, iterations = PIN_ITERATIONS): Promise<PinHash> {
  return hashSecret(normalisePin(pin), salt, iterations);
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  return verifySecret(normalisePin(pin), stored);
}
