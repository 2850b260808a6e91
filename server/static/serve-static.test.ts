import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../testing/test-app';
import { makeFileTree } from '../testing/temp-dir';
import { IMMUTABLE } from './cache-policy';

const INDEX = '<!doctype html><title>Sabil</title>';

async function makeStaticApp() {
  const tree = makeFileTree({
    'dist/index.html': INDEX,
    'dist/sw.js': 'self.addEventListener("fetch", () => {});',
    'dist/registerSW.js': 'navigator.serviceWorker.register("/sw.js");',
    'dist/manifest.webmanifest': '{"name":"Sabil"}',
    'dist/assets/index-3f2a1b.js': 'console.log(1);',
    'dist/assets/index-9c8d7e.css': 'body{}',
    'dist/assets/noto-sans-arabic-1a2b.woff2': 'wOF2',
    'dist/icons/icon.svg': '<svg/>',
    'dist/icons/icon-192.png': 'PNG',
    'dist/avatars/owl.webp': 'RIFF',
    'dist/locales/ar/app.json': '{}',
    'dist/media/clip.mp4': '0123456789',
    'dist/media/bell.mp3': 'ID3',
    'dist/.build-stamp': '2030-01-01',
    'secret.txt': 'TOP SECRET',
  });
  symlinkSync(join(tree, 'secret.txt'), join(tree, 'dist', 'linked.txt'));
  const { app } = await makeTestApp({ staticDir: join(tree, 'dist') });
  return app;
}

describe('static files', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/index.html', 'text/html; charset=utf-8', 'no-cache'],
    ['/sw.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/registerSW.js', 'text/javascript; charset=utf-8', 'no-cache'],
    ['/manifest.webmanifest', 'application/manifest+json', 'no-cache'],
    ['/assets/index-3f2a1b.js', 'text/javascript; charset=utf-8', IMMUTABLE],
    ['/assets/index-9c8d7e.css', 'text/css; charset=utf-8', IMMUTABLE],
    ['/assets/noto-sans-arabic-1a2b.woff2', 'font/woff2', IMMUTABLE],
    ['/icons/icon.svg', 'image/svg+xml', 'no-cache'],
    ['/icons/icon-192.png', 'image/png', 'no-cache'],
    ['/avatars/owl.webp', 'image/webp', 'no-cache'],
    ['/locales/ar/app.json', 'application/json; charset=utf-8', 'no-cache'],
    ['/media/clip.mp4', 'video/mp4', 'no-cache'],
    ['/media/bell.mp3', 'audio/mpeg', 'no-cache'],
  ])('serves %s as %s with Cache-Control %s', async (path, contentType, cacheControl) => {
    const app = await makeStaticApp();
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe(contentType);
    expect(res.headers.get('Cache-Control')).toBe(cacheControl);
  });

  it('answers index.html for an app route with no file extension', async () => {
    const app = await makeStaticApp();
    for (const path of ['/learners/42', '/teacher', '/quiz/abc/', '/library?pack=1']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
      expect(await res.text()).toBe(INDEX);
    }
  });

  it('answers 404, not index.html, for a missing file with an extension', async () => {
    const app = await makeStaticApp();
    for (const path of ['/missing.png', '/assets/index-old0000.js', '/icons/none.svg']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ code: 'http/not-found', params: {} });
    }
  });

  it('answers 404 for other methods than GET and HEAD', async () => {
    const app = await makeStaticApp();
    expect((await app.request('/learners/42', { method: 'POST' })).status).toBe(404);
  });

  it.each([
    '/..%2fsecret.txt',
    '/..%2f..%2fpackage.json',
    '/..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/secret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2fetc%2fpasswd',
    '/linked.txt',
    '/.build-stamp',
  ])('never serves a file outside the root or hidden for %s', async (path) => {
    const app = await makeStaticApp();
    const res = await app.request(path);
    const body = await res.text();
    expect(body).not.toMatch(/TOP SECRET|"name": "sabil"|root:/);
    // A path with no extension is an app route: it may only ever get index.html.
    if (res.status !== 404) expect(body).toBe(INDEX);
  });

  it('answers 304 when the browser already has the current version', async () => {
    const app = await makeStaticApp();
    const first = await app.request('/sw.js');
    const etag = first.headers.get('ETag');
    expect(etag).toBeTruthy();
    const again = await app.request('/sw.js', { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('answers a byte range with 206, so Safari can play media', async () => {
    const app = await makeStaticApp();
    const res = await app.request('/media/clip.mp4', { headers: { Range: 'bytes=2-5' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('Content-Range')).toBe('bytes 2-5/10');
    expect(await res.text()).toBe('2345');
    const tooFar = await app.request('/media/clip.mp4', { headers: { Range: 'bytes=50-' } });
    expect(tooFar.status).toBe(416);
    expect(tooFar.headers.get('Content-Range')).toBe('bytes */10');
  });

  it('answers HEAD with the headers and no body', async () => {
    const app = await makeStaticApp();
    const res = await app.request('/assets/index-3f2a1b.js', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Length')).toBe('15');
    expect(await res.text()).toBe('');
  });

  it('answers 503 saying to run npm run build when index.html is missing', async () => {
    const { app } = await makeTestApp({ staticDir: makeFileTree({}) });
    for (const path of ['/', '/learners/42']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(503);
      expect(res.headers.get('Content-Type')).toMatch(/^text\/plain/);
      expect(await res.text()).toContain('npm run build');
    }
    expect((await app.request('/api/v1/health')).status).toBe(200);
  });
});
