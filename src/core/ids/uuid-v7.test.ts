import { describe, expect, it } from 'vitest';
import { uuidV7 } from './index';

describe('uuidV7', () => {
  it('has the version 7 and RFC variant bits and the time in front', () => {
    const id = uuidV7(0x0189_0000_0001, new Uint8Array(10).fill(0xff));
    expect(id).toMatch(/^01890000-0001-7fff-bfff-ffffffffffff$/);
  });

  it('sorts later ids after earlier ones', () => {
    const random = new Uint8Array(10);
    expect(uuidV7(1_700_000_000_001, random) > uuidV7(1_700_000_000_000, random.fill(255))).toBe(true);
  });
});
