/**
 * Answers a GET or HEAD with a file from disk, streamed, honouring `If-None-Match` (304),
 * a single `Range` (206, or 416 when unsatisfiable) and `If-Range`. Shared by the static app
 * files and the pack downloads, so both resume and revalidate the same way. Callers set
 * Content-Type, Cache-Control and the like first; this adds ETag, Accept-Ranges and lengths.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { parseByteRange } from '../../src/core/http-range/index';

export interface FileToSend {
  absolutePath: string;
  size: number;
  etag: string;
}

export function sendFile(c: Context, file: FileToSend): Response {
  const { absolutePath, size, etag } = file;
  c.header('ETag', etag);
  c.header('Accept-Ranges', 'bytes');
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);

  // If-Range holds the ETag of the copy the client has part of; another one means the file
  // changed, so the part is useless and the whole file is sent (RFC 9110 §13.1.5).
  const ifRange = c.req.header('If-Range');
  const range = ifRange === undefined || ifRange.trim() === etag ? parseByteRange(c.req.header('Range'), size) : { kind: 'whole' as const };
  if (range.kind === 'unsatisfiable') {
    c.header('Content-Range', `bytes */${size}`);
    return c.body(null, 416);
  }
  const [start, end, status] = range.kind === 'part' ? [range.start, range.end, 206 as const] : [0, size - 1, 200 as const];
  if (range.kind === 'part') c.header('Content-Range', `bytes ${start}-${end}/${size}`);
  c.header('Content-Length', String(end - start + 1));
  // HEAD must not open the file: Hono drops the body, and an unread stream would hold its descriptor.
  if (c.req.method === 'HEAD' || end < start) return c.body(null, status);
  return c.body(streamFile(absolutePath, start, end), status);
}

function streamFile(path: string, start: number, end: number): ReadableStream<Uint8Array> {
  // Node's web ReadableStream and the DOM one are the same object at run time; only their typings differ.
  return Readable.toWeb(createReadStream(path, { start, end })) as unknown as ReadableStream<Uint8Array>;
}

/** Weak comparison (RFC 9110 §13.1.2), as If-None-Match asks: `W/` is ignored on both sides. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
