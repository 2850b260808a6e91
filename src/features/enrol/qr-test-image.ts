/**
 * Test support, never bundled: draws a QR code as a camera would see it (grey paper, some noise)
 * for the decoder's unit test, the enrolment integration test and the e2e camera video.
 */
import { create } from 'qrcode';

export interface QrImageOptions {
  /** Pixels per module. */
  scale?: number;
  /** Light modules around the code (the standard asks for 4). */
  quietZone?: number;
  /** Paper and ink are not pure white and black; pixels vary by up to ± this much. */
  noise?: number;
  /** Seeds the noise, so a failing image is the same image next time. */
  seed?: number;
}

/** One luma byte per pixel: dark ink on light grey paper. */
export function qrLuma(text: string, options: QrImageOptions = {}): { luma: Uint8Array; width: number; height: number } {
  const { scale = 4, quietZone = 4, noise = 24, seed = 1 } = options;
  const modules = create(text, { errorCorrectionLevel: 'M' }).modules;
  const width = (modules.size + 2 * quietZone) * scale;
  const luma = new Uint8Array(width * width);
  let state = seed >>> 0 || 1;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) >>> 0; // a small LCG: deterministic, good enough for noise
    return state / 2 ** 32;
  };
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      const row = Math.floor(y / scale) - quietZone;
      const col = Math.floor(x / scale) - quietZone;
      const isDark = row >= 0 && col >= 0 && row < modules.size && col < modules.size && modules.get(row, col) === 1;
      const base = isDark ? 40 : 200;
      luma[y * width + x] = Math.max(0, Math.min(255, Math.round(base + (random() * 2 - 1) * noise)));
    }
  }
  return { luma, width, height: width };
}

/** The same picture as RGBA, as a canvas's `ImageData` holds it. */
export function qrRgba(text: string, options: QrImageOptions = {}): { data: Uint8ClampedArray; width: number; height: number } {
  const { luma, width, height } = qrLuma(text, options);
  const data = new Uint8ClampedArray(width * height * 4);
  luma.forEach((value, i) => data.set([value, value, Math.min(255, value + 6), 255], i * 4));
  return { data, width, height };
}
