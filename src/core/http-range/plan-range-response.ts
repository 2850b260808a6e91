/**
 * What to answer to a GET for a resource of `size` bytes: status, range headers and which bytes.
 * Shared by everything that serves media (the service worker answers from stored Blobs), so
 * seeking behaves the same online and offline.
 */
import { parseByteRange } from './parse-byte-range';

export type RangePlan =
  /** `slice` is `[start, endExclusive]`, ready for `Blob.slice` or `Uint8Array.subarray`. */
  | { status: 200 | 206; headers: Record<string, string>; slice: [number, number] }
  | { status: 416; headers: Record<string, string> };

export interface RangeRequest {
  range: string | null | undefined;
  /** `If-Range`: a range is honoured only when it names the current `etag` (RFC 9110 §13.1.5). */
  ifRange?: string | null;
  etag?: string;
}

export function planRangeResponse(request: RangeRequest, size: number): RangePlan {
  const stale = request.ifRange != null && request.ifRange !== request.etag;
  const range = stale ? { kind: 'whole' as const } : parseByteRange(request.range, size);
  const headers: Record<string, string> = { 'Accept-Ranges': 'bytes' };
  if (request.etag) headers.ETag = request.etag;

  if (range.kind === 'unsatisfiable') {
    return { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` } };
  }
  if (range.kind === 'whole') {
    return { status: 200, headers: { ...headers, 'Content-Length': String(size) }, slice: [0, size] };
  }
  return {
    status: 206,
    headers: {
      ...headers,
      'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
      'Content-Length': String(range.end - range.start + 1),
    },
    slice: [range.start, range.end + 1],
  };
}
