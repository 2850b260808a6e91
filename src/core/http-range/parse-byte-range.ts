/**
 * Reads a `Range` header for one resource of a known size. Safari will not play audio or video
 * unless byte ranges are answered with 206, and Chromium seeks media only after a 206.
 * Only a single range is honoured; a multi-range or malformed header is ignored and the whole
 * resource is sent, which RFC 9110 §14.2 allows (and no media element asks for several ranges).
 */
export type ByteRange =
  | { kind: 'whole' }
  /** Inclusive bounds, as written in `Content-Range`. */
  | { kind: 'part'; start: number; end: number }
  | { kind: 'unsatisfiable' };

// The range unit is case-insensitive (RFC 9110 §14.1); the spec allows no spaces inside.
const SINGLE_RANGE = /^bytes=(\d*)-(\d*)$/i;

export function parseByteRange(header: string | null | undefined, size: number): ByteRange {
  const match = header == null ? null : SINGLE_RANGE.exec(header.trim());
  if (!match) return { kind: 'whole' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'whole' };

  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 || size === 0 ? { kind: 'unsatisfiable' } : { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? Infinity : Number(last);
  // An inverted range is invalid and ignored; a valid one past the end cannot be satisfied.
  if (end < start) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end: Math.min(end, size - 1) };
}
