import { describe, expect, it } from 'vitest';
import { decodeQr } from './decode-qr';
import { qrRgba } from './qr-test-image';

describe('decodeQr', () => {
  it('reads an enrolment link from a noisy grey picture of a QR code', () => {
    const text = 'http://192.168.1.10:8080/enrol#code=7KQ2MXH4RD';
    expect(decodeQr(qrRgba(text, { scale: 4, quietZone: 4, noise: 30, seed: 7 }))).toBe(text);
  });

  it('reads a code shown light on dark', () => {
    const { data, width, height } = qrRgba('7KQ2MXH4RD', { noise: 10 });
    const inverted = data.map((value, i) => (i % 4 === 3 ? value : 255 - value));
    expect(decodeQr({ data: inverted, width, height })).toBe('7KQ2MXH4RD');
  });

  it('answers null for a picture with no QR code', () => {
    const width = 120;
    expect(decodeQr({ data: new Uint8ClampedArray(width * width * 4).fill(180), width, height: width })).toBeNull();
  });
});
