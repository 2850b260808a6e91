/**
 * The answer to `GET /media/<sha256>` from a stored pack file, with byte ranges: media elements
 * seek by asking for ranges, and Chromium seeks only when it gets a 206 back.
 */
import { planRangeResponse } from '../src/core/http-range/index';

export interface StoredMedia {
  blob: Blob;
  /** The type from the pack's manifest: Safari has lost Blob types on the way through IndexedDB. */
  type: string;
}

export function mediaResponse(request: Request, sha256: string, media: StoredMedia | undefined): Response {
  if (!media) return new Response(null, { status: 404 });
  // The content is named by its hash, so the hash is a strong ETag that never goes stale.
  const etag = `"${sha256}"`;
  const plan = planRangeResponse(
    { range: request.headers.get('Range'), ifRange: request.headers.get('If-Range'), etag },
    media.blob.size,
  );
  const headers = { ...plan.headers, 'Content-Type': media.type, 'X-Content-Type-Options': 'nosniff' };
  if (plan.status === 416) return new Response(null, { status: 416, headers });
  const [start, end] = plan.slice;
  const body = start === 0 && end === media.blob.size ? media.blob : media.blob.slice(start, end, media.type);
  return new Response(body, { status: plan.status, headers });
}
