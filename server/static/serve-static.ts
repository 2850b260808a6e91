/**
 * Serves the built PWA from `root` (normally dist/): files with their content type and cache
 * policy, ETag revalidation, byte ranges for media, and the single-page-app fallback — a GET
 * for a path with no file extension and no file answers index.html, so deep links work.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context, MiddlewareHandler } from 'hono';
import { parseByteRange } from './byte-range';
import { cacheControlFor } from './cache-policy';
import { contentTypeFor } from './content-types';
import { resolveStaticPath } from './resolve-static-path';

export const NOT_BUILT_MESSAGE =
  'Sabil is not built yet: run npm run build (npm start builds it for you), then reload this page.\n';

interface StaticFile {
  absolutePath: string;
  relativePath: string;
  size: number;
  mtime: Date;
}

export function serveStatic(options: { root: string }): MiddlewareHandler {
  const root = resolve(options.root);
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const rawPath = new URL(c.req.url).pathname;
    const relativePath = rawPath === '/' ? 'index.html' : resolveStaticPath(root, rawPath);
    const file = relativePath === undefined ? undefined : await findFile(root, relativePath);
    if (file) return sendFile(c, file);
    if (relativePath !== 'index.html' && !isAppRoute(rawPath)) return next();

    const index = await findFile(root, 'index.html');
    if (index) return sendFile(c, index);
    c.header('Cache-Control', 'no-store');
    return c.text(NOT_BUILT_MESSAGE, 503);
  };
}

/** An app route is a path whose last segment has no extension (`/learners/3`, not `/x.png`). */
function isAppRoute(rawPath: string): boolean {
  return !(rawPath.split('/').at(-1) ?? '').includes('.');
}

async function findFile(root: string, relativePath: string): Promise<StaticFile | undefined> {
  const absolutePath = resolve(root, relativePath);
  try {
    const stats = await stat(absolutePath);
    if (!stats.isFile()) return undefined;
    // A symbolic link inside dist/ must not lead outside it.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(absolutePath)]);
    if (!realFile.startsWith(realRoot + sep)) return undefined;
    return { absolutePath, relativePath, size: stats.size, mtime: stats.mtime };
  } catch {
    return undefined;
  }
}

function sendFile(c: Context, file: StaticFile): Response {
  const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtime.getTime()).toString(16)}"`;
  c.header('Content-Type', contentTypeFor(file.relativePath));
  c.header('Cache-Control', cacheControlFor(file.relativePath));
  c.header('ETag', etag);
  c.header('Last-Modified', file.mtime.toUTCString());
  c.header('Accept-Ranges', 'bytes');
  if (matchesEtag(c.req.header('If-None-Match'), etag)) return c.body(null, 304);

  const ifRange = c.req.header('If-Range');
  const range = ifRange === undefined || ifRange === etag ? parseByteRange(c.req.header('Range'), file.size) : { kind: 'whole' as const };
  if (range.kind === 'unsatisfiable') {
    c.header('Content-Range', `bytes */${file.size}`);
    return c.body(null, 416);
  }
  const [start, end, status] = range.kind === 'part' ? [range.start, range.end, 206 as const] : [0, file.size - 1, 200 as const];
  if (range.kind === 'part') c.header('Content-Range', `bytes ${start}-${end}/${file.size}`);
  c.header('Content-Length', String(end - start + 1));
  // HEAD must not open the file: Hono drops the body, and an unread stream would hold its descriptor.
  if (c.req.method === 'HEAD' || end < start) return c.body(null, status);
  return c.body(streamFile(file.absolutePath, start, end), status);
}

function streamFile(path: string, start: number, end: number): ReadableStream<Uint8Array> {
  // Node's web ReadableStream and the DOM one are the same object at run time; only their typings differ.
  return Readable.toWeb(createReadStream(path, { start, end })) as unknown as ReadableStream<Uint8Array>;
}

/** Weak comparison (RFC 9110 §13.1.2): the ETag is weak, so `W/` is ignored on both sides. */
function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
