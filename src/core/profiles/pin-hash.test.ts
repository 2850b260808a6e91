import { describe, expect, it } from 'vitest';
import { hashPin, hashSecret, normalisePin, verifyPin, verifySecret } from './pin-hash';

const salt = () => new Uint8Array(16).map((_, i) => i * 7);

describe('PIN hashing', () => {
  it('never stores the PIN itself and verifies the right one', async () => {
    const stored = await hashPin('2468', salt(), 1000);
    expect(JSON.stringify(stored)).not.toContain('2468');
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
  });

  it('gives different hashes for the same PIN with different salts', async () => {
    const a = await hashPin('1111', salt(), 1000);
    const b = await hashPin('1111', new Uint8Array(16).fill(9), 1000);
    expect(a.hash).not.toBe(b.hash);
  });

  it('accepts Eastern Arabic digits as the same PIN', async () => {
    const stored = await hashPin('1357', salt(), 1000);
    expect(await verifyPin('١٣٥٧', stored)).toBe(true);
  });

  it.each(['123', '12345', 'abcd', '12 4', ''])('refuses %j as a PIN', (pin) => {
    expect(() => normalisePin(pin)).toThrow('pin/invalid-format');
  });
});

describe('password hashing', () => {
  it('verifies a teacher password of any length, exactly as typed', async () => {
    const stored = await hashSecret('7KQ2-MXH4-RD9B-PZ3T', salt(), 1000);
    expect(JSON.stringify(stored)).not.toContain('7KQ2');
    expect(await verifySecret('7KQ2-MXH4-RD9B-PZ3T', stored)).toBe(true);
    expect(await verifySecret('7kq2-mxh4-rd9b-pz3t', stored)).toBe(false);
    expect(await verifySecret(' 7KQ2-MXH4-RD9B-PZ3T', stored)).toBe(false);
  });

  it('derives a PIN the same way as the same digits given as a password', async () => {
    expect(await hashPin('2468', salt(), 1000)).toEqual(await hashSecret('2468', salt(), 1000));
  });

  it('never matches an empty password and refuses to hash one', async () => {
    const stored = await hashSecret('secret', salt(), 1000);
    expect(await verifySecret('', stored)).toBe(false);
    await expect(hashSecret('', salt(), 1000)).rejects.toThrow(RangeError);
  });
});
