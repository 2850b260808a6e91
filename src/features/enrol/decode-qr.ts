/**
 * The QR decoder for browsers without a native `BarcodeDetector` (Firefox, Safari, older
 * WebViews): jsQR, bundled with the app (no CDN: the classroom may have no internet). Imported
 * only when such a browser starts scanning, so it is its own chunk and costs nothing otherwise.
 */
import jsQR from 'jsqr';

export interface RgbaImage {
  /** RGBA, 4 bytes a pixel, as `ImageData` holds it. */
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The text of the first QR code found in the image, or null. */
export function decodeQr(image: RgbaImage): string | null {
  // Both polarities: a coordinator's phone in dark mode may show the code light on dark.
  return jsQR(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}
