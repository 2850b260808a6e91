import { describe, expect, it } from 'vitest';
import { SabilError } from '../src/core/errors/index';
import { API_BODY_LIMIT_BYTES } from './app';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './http/security-headers';
import { makeTestApp, TEST_VERSION } from './testing/test-app';
import { makeFileTree } from './testing/temp-dir';

describe('GET /api/v1/health', () => {
  it('answers ok with the version and the database kind', async () => {
    const { app } = await makeTestApp();
    const res = await app.request('/api/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', version: TEST_VERSION, db: { kind: 'sqlite', ok: true } });
    expect(res.headers.get('Cache-Control')).toBe('no-store');
  });

  it('answers 503 degraded when the database does not answer', async () => {
    const { app, storage } = await makeTestApp();
    await storage.close();
    const res = await app.request('/api/v1/health');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'degraded', version: TEST_VERSION, db: { kind: 'sqlite', ok: false } });
  });
});

describe('errors', () => {
  async function appWithFailingRoutes() {
    return makeTestApp({
      extendApi: (api) => {
        api.get('/crash', () => {
          throw new Error('SELECT password FROM /var/lib/sabil/secret.db');
        });
        api.get('/mapped', () => {
          throw new SabilError('storage/unavailable', { kind: 'sqlite' });
        });
        api.get('/unmapped', () => {
          throw new SabilError('storage/data-dir-unwritable', { path: '/home/teacher/private' });
        });
        api.post('/echo', async (c) => c.json({ size: (await c.req.text()).length }));
      },
    });
  }

  it('answers an unknown API path with 404 { code, params }', async () => {
    const { app } = await makeTestApp();
    for (const path of ['/api/v1/nothing-here', '/api/v2/health', '/api']) {
      const res = await app.request(path, { method: path === '/api' ? 'POST' : 'GET' });
      expect(res.status, path).toBe(404);
      expect(await res.json()).toEqual({ code: 'http/not-found', params: {} });
    }
  });

  it('hides an unexpected error behind internal/unexpected and logs its details', async () => {
    const { app, logLines } = await appWithFailingRoutes();
    const res = await app.request('/api/v1/crash');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ code: 'internal/unexpected', params: {} });
    expect(text).not.toMatch(/password|secret|stack|at /);
    expect(logLines.some((line) => line.includes('"level":"error"') && line.includes('SELECT password'))).toBe(true);
  });

  it('answers a SabilError with its mapped status, code and params', async () => {
    const { app } = await appWithFailingRoutes();
    const res = await app.request('/api/v1/mapped');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ code: 'storage/unavailable', params: { kind: 'sqlite' } });
  });

  it('treats a SabilError with no HTTP status as unexpected, so its params stay on the server', async () => {
    const { app } = await appWithFailingRoutes();
    const res = await app.request('/api/v1/unmapped');
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ code: 'internal/unexpected', params: {} });
  });

  it('answers a body over the limit with 413 http/payload-too-large', async () => {
    const { app } = await appWithFailingRoutes();
    const res = await app.request('/api/v1/echo', { method: 'POST', body: 'x'.repeat(API_BODY_LIMIT_BYTES + 1) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ code: 'http/payload-too-large', params: { limitBytes: API_BODY_LIMIT_BYTES } });
  });

  it('passes a body within the limit to the route', async () => {
    const { app } = await appWithFailingRoutes();
    const res = await app.request('/api/v1/echo', { method: 'POST', body: 'hello' });
    expect(await res.json()).toEqual({ size: 5 });
  });
});

describe('security headers', () => {
  it('are on HTML, API, 404, 500 and not-built answers alike', async () => {
    const staticDir = makeFileTree({ 'index.html': '<!doctype html>' });
    const { app: built } = await makeTestApp({ staticDir, extendApi: (api) => api.get('/crash', () => Promise.reject(new Error('x'))) });
    const { app: unbuilt } = await makeTestApp();
    const answers = {
      html: await built.request('/'),
      api: await built.request('/api/v1/health'),
      apiNotFound: await built.request('/api/v1/missing'),
      fileNotFound: await built.request('/missing.png'),
      crash: await built.request('/api/v1/crash'),
      notBuilt: await unbuilt.request('/'),
    };
    for (const [name, res] of Object.entries(answers)) {
      for (const [header, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(header), `${name} ${header}`).toBe(value);
    }
  });

  it('allow scripts, styles and workers only from this origin, never inline', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});

describe('request log', () => {
  it('records method, path, status and duration, never the query string', async () => {
    const { app, logLines } = await makeTestApp();
    await app.request('/api/v1/health?token=s3cret-value');
    await app.request('/api/v1/missing?code=0ther-secret');
    expect(logLines.join('\n')).not.toMatch(/s3cret|0ther-secret|\?/);
    const entry = logLines.map((line) => JSON.parse(line) as Record<string, unknown>).find((e) => e.path === '/api/v1/missing');
    expect(entry).toMatchObject({ msg: 'request', method: 'GET', status: 404, durationMs: expect.any(Number) });
  });
});
