import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { serialiseKey } from '../../src/core/pack/index';
import { silentLogger } from '../log';
import { startServer } from '../start-server';
import type { Storage } from '../storage/storage';
import { enrolTestDevice, seedSchool } from '../testing/accounts';
import { makeTempDir } from '../testing/temp-dir';
import { makeTestApp } from '../testing/test-app';
import { makeTestPack, publisherKey, testTrust } from '../testing/test-packs';
import { packsDirOf } from './pack-files';
import { publishPack } from './publish-pack';
import type { ServerTrust } from './trusted-keys';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const FILE_URL = '/api/v1/packs/sabil.test.catalogue/1.0.0/file';

/** An in-process app whose catalogue holds `packs`, published in order, asked by an enrolled device. */
async function appWithPacks(packs: Uint8Array<ArrayBuffer>[] = [makeTestPack()], trust: ServerTrust = testTrust) {
  const made = await makeTestApp({ trust });
  for (const bytes of packs) await publishPack(bytes, { storage: made.storage, packsDir: made.packsDir, trustedKeys: trust.keys });
  return { ...made, app: await asDevice(made.app, made.storage) };
}

/** The catalogue needs a credential: requests go out as a device of a test school. */
async function asDevice(app: Hono, storage: Storage) {
  const { schoolId } = await seedSchool(storage, 'Catalogue school');
  const { headers: auth } = await enrolTestDevice(storage, schoolId);
  return {
    request: (path: string, init: RequestInit = {}) => app.request(path, { ...init, headers: { ...auth, ...(init.headers as Record<string, string> | undefined) } }), // tests pass plain objects
  };
}

async function bodyBytes(res: Response): Promise<Uint8Array> {
  return new Uint8Array(await res.arrayBuffer());
}

describe('GET /api/v1/packs', () => {
  it('lists the latest version of each pack with what a device needs to choose and download it', async () => {
    const older = makeTestPack({ version: '1.0.0' });
    const latest = makeTestPack({ version: '1.2.0', title: 'Newer' });
    const prerelease = makeTestPack({ version: '1.10.0-beta.1', title: 'Beta' });
    const other = makeTestPack({ id: 'sabil.test.another', title: 'Another' });
    const { app } = await appWithPacks([latest, older, prerelease, other]);

    const res = await app.request('/api/v1/packs');
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    const { packs } = (await res.json()) as { packs: Record<string, unknown>[] };
    expect(packs.map((pack) => `${String(pack.id)} ${String(pack.version)}`)).toEqual(['sabil.test.another 1.0.0', 'sabil.test.catalogue 1.10.0-beta.1']);
    expect(packs[0]).toEqual({
      id: 'sabil.test.another',
      version: '1.0.0',
      title: { ar: 'Another (ar)', en: 'Another' },
      languages: ['ar', 'en'],
      size: other.length,
      sha256: sha256(other),
      publisherKeyId: publisherKey.keyId,
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      url: '/api/v1/packs/sabil.test.another/1.0.0/file',
    });
  });

  it('answers an empty list when nothing is published', async () => {
    const { app } = await appWithPacks([]);
    expect(await (await app.request('/api/v1/packs')).json()).toEqual({ packs: [] });
  });

  it('leaves out packs whose publisher the server no longer trusts, and will not serve them', async () => {
    const { app, storage, packsDir } = await appWithPacks();
    const made = await makeTestApp({ storage, packsDir, trust: { demo: false, keys: [] } });
    const distrustful = await asDevice(made.app, storage);
    expect((await (await app.request('/api/v1/packs')).json()) as unknown).toMatchObject({ packs: [{ id: 'sabil.test.catalogue' }] });
    expect(await (await distrustful.request('/api/v1/packs')).json()).toEqual({ packs: [] });
    expect((await distrustful.request(FILE_URL)).status).toBe(404);
  });
});

describe('GET /api/v1/packs/:id/:version/file', () => {
  it('sends the whole zip with its type, length, strong ETag, ranges, no-cache and a file name', async () => {
    const bytes = makeTestPack();
    const { app } = await appWithPacks([bytes]);
    const res = await app.request(FILE_URL);
    expect(res.status).toBe(200);
    expect(Object.fromEntries(['Content-Type', 'Content-Length', 'ETag', 'Accept-Ranges', 'Cache-Control', 'Content-Disposition'].map((name) => [name, res.headers.get(name)]))).toEqual({
      'Content-Type': 'application/zip',
      'Content-Length': String(bytes.length),
      ETag: `"${sha256(bytes)}"`,
      'Accept-Ranges': 'bytes',
      'Cache-Control': 'no-cache',
      'Content-Disposition': 'attachment; filename="sabil.test.catalogue-1.0.0.sabilpack.zip"',
    });
    expect(sha256(await bodyBytes(res))).toBe(sha256(bytes));
  });

  it('answers 304 to If-None-Match with the current ETag', async () => {
    const bytes = makeTestPack();
    const { app } = await appWithPacks([bytes]);
    const res = await app.request(FILE_URL, { headers: { 'If-None-Match': `"${sha256(bytes)}"` } });
    expect(res.status).toBe(304);
    expect(res.headers.get('ETag')).toBe(`"${sha256(bytes)}"`);
    expect(await res.text()).toBe('');
    expect((await app.request(FILE_URL, { headers: { 'If-None-Match': '"something-else"' } })).status).toBe(200);
  });

  it('answers a byte range with 206 and exactly those bytes', async () => {
    const bytes = makeTestPack();
    const { app } = await appWithPacks([bytes]);
    const res = await app.request(FILE_URL, { headers: { Range: 'bytes=1000-1999' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('Content-Range')).toBe(`bytes 1000-1999/${bytes.length}`);
    expect(res.headers.get('Content-Length')).toBe('1000');
    expect(await bodyBytes(res)).toEqual(bytes.subarray(1000, 2000));
  });

  it('resumes: the first half, then the rest with If-Range, together are the file', async () => {
    const bytes = makeTestPack();
    const { app } = await appWithPacks([bytes]);
    const half = Math.floor(bytes.length / 2);
    const first = await app.request(FILE_URL, { headers: { Range: `bytes=0-${half - 1}` } });
    const etag = first.headers.get('ETag') ?? '';
    const head = await bodyBytes(first);

    const rest = await app.request(FILE_URL, { headers: { Range: `bytes=${head.length}-`, 'If-Range': etag } });
    expect(rest.status).toBe(206);
    expect(rest.headers.get('Content-Range')).toBe(`bytes ${half}-${bytes.length - 1}/${bytes.length}`);
    const joined = new Uint8Array([...head, ...(await bodyBytes(rest))]);
    expect(sha256(joined)).toBe(sha256(bytes));
    expect(`"${sha256(joined)}"`).toBe(etag);
  });

  it('sends the whole file when If-Range names another version of the file', async () => {
    const bytes = makeTestPack();
    const { app } = await appWithPacks([bytes]);
    const res = await app.request(FILE_URL, { headers: { Range: 'bytes=100-', 'If-Range': `"${'0'.repeat(64)}"` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Range')).toBeNull();
    expect(sha256(await bodyBytes(res))).toBe(sha256(bytes));
  });

  it('answers 416 with the size for a range past the end', async () => {
    const bytes = makeTestPack();
    const { app } = await appWithPacks([bytes]);
    const res = await app.request(FILE_URL, { headers: { Range: `bytes=${bytes.length}-` } });
    expect(res.status).toBe(416);
    expect(res.headers.get('Content-Range')).toBe(`bytes */${bytes.length}`);
  });

  it('answers HEAD with the headers and no body', async () => {
    const bytes = makeTestPack();
    const { app } = await appWithPacks([bytes]);
    const res = await app.request(FILE_URL, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Length')).toBe(String(bytes.length));
    expect(await res.text()).toBe('');
  });

  it('answers 404 pack/not-found for an unknown pack or version', async () => {
    const { app } = await appWithPacks();
    for (const path of ['/api/v1/packs/sabil.test.nothing/1.0.0/file', '/api/v1/packs/sabil.test.catalogue/9.9.9/file']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'pack/not-found' });
    }
  });

  it.each([
    '/api/v1/packs/..%2F..%2Fsabil.db/1.0.0/file',
    '/api/v1/packs/.hidden/1.0.0/file',
    '/api/v1/packs/sabil.test.catalogue/..%2F1.0.0/file',
    '/api/v1/packs/sabil.test.catalogue/1.0/file',
    '/api/v1/packs/sabil.test.catalogue/01.0.0/file',
    '/api/v1/packs/sabil.test.catalogue%00/1.0.0/file',
    '/api/v1/packs/a%5C..%5Cb/1.0.0/file',
    `/api/v1/packs/${'a'.repeat(129)}/1.0.0/file`,
  ])('refuses %s with 404 pack/not-found and no parameters', async (path) => {
    const { app } = await appWithPacks();
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: 'pack/not-found', params: {} });
  });

  it('never reaches the route with dot segments, which URLs resolve before routing', async () => {
    const { app } = await appWithPacks();
    for (const path of ['/api/v1/packs/%2E%2E/1.0.0/file', '/api/v1/packs/sabil.test.catalogue/1.0.0/../../../../sabil.db']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('Content-Type'), path).toMatch(/^application\/json/);
    }
  });

  it('streams a larger pack through a real socket, whole and resumed after a cut', async () => {
    const keyFile = join(makeTempDir(), 'publisher.pub.json');
    writeFileSync(keyFile, JSON.stringify(serialiseKey(publisherKey)));
    const dataDir = makeTempDir();
    const options = { host: '127.0.0.1', port: 0, dataDir, staticDir: makeTempDir(), version: '1.0.0', log: silentLogger };
    // After a dropped download, the next keep-alive connection can look busy to Node for a few
    // seconds (observed with undici); a short shutdown bound keeps the test quick.
    const running = await startServer({ ...options, demo: false, trustedKeyPaths: [keyFile], shutdownTimeoutMs: 200 });
    try {
      const bytes = makeTestPack({ mediaBytes: 700 * 1024 });
      await publishPack(bytes, { storage: running.storage, packsDir: packsDirOf(dataDir), trustedKeys: testTrust.keys });
      const url = `http://127.0.0.1:${running.port}${FILE_URL}`;
      const { schoolId } = await seedSchool(running.storage, 'Socket school');
      const { headers: auth } = await enrolTestDevice(running.storage, schoolId);

      const whole = await fetch(url, { headers: auth });
      expect(whole.headers.get('Content-Length')).toBe(String(bytes.length));
      expect(sha256(await bodyBytes(whole))).toBe(sha256(bytes));

      // The connection drops part-way: keep what arrived, then ask for the rest of the same file.
      const connection = new AbortController();
      const cut = await fetch(url, { headers: auth, signal: connection.signal });
      const etag = cut.headers.get('ETag') ?? '';
      const head = await readAtLeast(cut, bytes.length / 2, connection);
      const rest = await fetch(url, { headers: { ...auth, Range: `bytes=${head.length}-`, 'If-Range': etag } });
      expect(rest.status).toBe(206);
      expect(sha256(new Uint8Array([...head, ...(await bodyBytes(rest))]))).toBe(sha256(bytes));
    } finally {
      await running.close();
    }
  });
});

/** Reads chunks until at least `count` bytes have come, then drops the connection. */
async function readAtLeast(res: Response, count: number, connection: AbortController): Promise<Uint8Array> {
  const reader = res.body!.getReader(); // a 200 with a file always has a body
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < count) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  connection.abort();
  await reader.cancel().catch(() => undefined); // already aborted
  return new Uint8Array(chunks.flatMap((chunk) => [...chunk]));
}
