import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SabilError } from '../../core/errors/index';
import { downloadPack } from './download-pack';

// A real HTTP server that cuts the first answer half-way, as a 3G link does, and honours
// `Range` + `If-Range` like the Sabil server's pack route.
// Over 4 MiB, so the download is gathered in more than one Blob segment, on both sides of the cut.
const FILE = new Uint8Array(9_000_000).map((_, i) => (i * 31) % 251);
const ETAG = '"file-v1"';
let server: Server;
const seen: Array<string | undefined> = [];

async function serve(cutFirstAfter: number | null): Promise<string> {
  let requests = 0;
  server = createServer((req, res) => {
    requests++;
    seen.push(req.headers.range);
    const match = /^bytes=(\d+)-$/.exec(req.headers.range ?? '');
    const honoursRange = match && req.headers['if-range'] === ETAG;
    const start = honoursRange ? Number(match[1]) : 0;
    res.writeHead(honoursRange ? 206 : 200, {
      etag: ETAG,
      'content-length': FILE.length - start,
      ...(honoursRange ? { 'content-range': `bytes ${start}-${FILE.length - 1}/${FILE.length}` } : {}),
    });
    if (requests === 1 && cutFirstAfter !== null) {
      res.write(FILE.subarray(0, cutFirstAfter), () => res.destroy());
      return;
    }
    res.end(FILE.subarray(start));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/pack.zip`;
}

afterEach(async () => {
  seen.length = 0;
  await new Promise((resolve) => server.close(resolve));
});

describe('downloadPack', () => {
  it('resumes a download cut half-way from where it stopped and gets every byte right', async () => {
    const url = await serve(5_000_000);
    const progress: number[] = [];
    const bytes = await downloadPack(url, FILE.length, { signal: new AbortController().signal, onProgress: (r) => progress.push(r), retryDelayMs: 1 });
    // Buffer.equals: a deep equality over 9 million elements would take the test a minute.
    expect(Buffer.from(await bytes.arrayBuffer()).equals(Buffer.from(FILE))).toBe(true);
    expect(seen[0]).toBeUndefined();
    expect(seen[1]).toMatch(/^bytes=\d+-$/);
    expect(Number(seen[1]!.slice(6, -1))).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(FILE.length);
  });

  it('asks through the given fetch, and does not retry a refusal from the server', async () => {
    const url = await serve(null);
    let calls = 0;
    const refusing = () => {
      calls++;
      return Promise.reject(new SabilError('auth/revoked'));
    };
    await expect(downloadPack(url, FILE.length, { signal: new AbortController().signal, onProgress: () => undefined, retryDelayMs: 1, fetch: refusing }))
      .rejects.toMatchObject({ code: 'auth/revoked' });
    expect(calls).toBe(1);
  });

  it('stops at once when cancelled', async () => {
    const url = await serve(5_000_000);
    const controller = new AbortController();
    const download = downloadPack(url, FILE.length, { signal: controller.signal, onProgress: () => controller.abort(new Error('stopped')), retryDelayMs: 1 });
    await expect(download).rejects.toThrow('stopped');
  });
});
