import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, codeFromQrText, enrolmentQrText, formatCode, normaliseCode } from './index';

describe('enrolment code text', () => {
  it('uses 32 characters without I, L, O or U', () => {
    expect(CODE_ALPHABET).toHaveLength(32);
    expect(CODE_ALPHABET).not.toMatch(/[ILOU]/);
  });

  it.each([
    ['7kq2m-xh4rd', '7KQ2MXH4RD'],
    [' 7KQ2M XH4RD ', '7KQ2MXH4RD'],
    ['OOOOOIIIII', '0000011111'],
    ['lllll-00000', '1111100000'],
  ])('reads %j as %s', (typed, code) => {
    expect(normaliseCode(typed)).toBe(code);
  });

  it.each(['', '7KQ2MXH4R', '7KQ2MXH4RDX', '7KQ2MXH4RU', '7KQ2M+XH4R', 'ABCDÉFGHJK'])('refuses %j', (typed) => {
    expect(normaliseCode(typed)).toBeUndefined();
  });

  it('groups a code in two fives for reading aloud', () => {
    expect(formatCode('7KQ2MXH4RD')).toBe('7KQ2M-XH4RD');
  });

  it('reads back the code from the link it put in a QR code, and a bare code', () => {
    const text = enrolmentQrText('http://localhost:8080', '7KQ2MXH4RD');
    expect(text).toBe('http://localhost:8080/enrol#code=7KQ2MXH4RD');
    expect(codeFromQrText(text)).toBe('7KQ2MXH4RD');
    expect(codeFromQrText('7kq2m-xh4rd')).toBe('7KQ2MXH4RD');
  });

  it.each(['https://example.org/', 'http://x/enrol#code=SHORT', 'WIFI:S:school;T:WPA;P:secret;;'])('finds no code in %j', (text) => {
    expect(codeFromQrText(text)).toBeUndefined();
  });
});
