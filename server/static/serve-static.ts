/**
 * Serves the built PWA from `root` (normally dist/): files with their content type and cache
 * policy, ETag revalidation, byte ranges for media, and the single-page-app fallback — a GET
 * for a path with no file extension and no file answers index.html, so deep links work.
 */
import { realpath, stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import type { Context, MiddlewareHandler } from 'hono';
import { sendFile } from '../http/send-file';
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
    if (file) return sendStaticFile(c, file);
    if (relativePath !== 'index.html' && !isAppRoute(rawPath)) return next();

    const index = await findFile(root, 'index.html');
    if (index) return sendStaticFile(c, index);
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

function sendStaticFile(c: Context, file: StaticFile): Response {
  c.header('Content-Type', contentTypeFor(file.relativePath));
  c.header('Cache-Control', cacheControlFor(file.relativePath));
  c.header('Last-Modified', file.mtime.toUTCString());
  const etag = `W/"${file.size.toString(16)}-${Math.floor(file.mtime.getTime()).toString(16)}"`;
  return sendFile(c, { absolutePath: file.absolutePath, size: file.size, etag });
}
