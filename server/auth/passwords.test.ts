import { describe, expect, it } from 'vitest';
import { FAST_SCRYPT } from '../testing/accounts';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';

describe('password hashes', () => {
  it('store scheme, parameters, salt and hash, and verify only the right password', async () => {
    const hash = await hashPassword('sésame ouvre-toi', FAST_SCRYPT);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword('sésame ouvre-toi', hash)).toBe(true);
    expect(await verifyPassword('sesame ouvre-toi', hash)).toBe(false);
  });

  it('salt each hash, so one password never gives the same hash twice', async () => {
    expect(await hashPassword('same', FAST_SCRYPT)).not.toBe(await hashPassword('same', FAST_SCRYPT));
  });

  it('uses the default cost when none is given', async () => {
    expect(await hashPassword('x')).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it.each(['', 'bcrypt$x', 'scrypt$0$8$1$AA$AA', `scrypt$${2 ** 24}$8$1$AA$AA`, 'scrypt$1024$8$1$$'])('refuses a hash it cannot read (%s) without throwing', async (stored) => {
    expect(await verifyPassword('x', stored)).toBe(false);
  });

  it('has a dummy hash that matches nothing', async () => {
    expect(await verifyPassword('', DUMMY_HASH)).toBe(false);
  });
});
