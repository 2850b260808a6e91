import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger, silentLogger } from './log';
import { displayHost, startServer, type StartServerOptions } from './start-server';
import { makeTempDir } from './testing/temp-dir';

function options(extra: Partial<StartServerOptions> = {}): StartServerOptions {
  return { host: '127.0.0.1', port: 0, dataDir: makeTempDir(), staticDir: makeTempDir(), version: '1.2.3', log: silentLogger, announce: () => undefined, ...extra };
}

/** A route that answers only when the test says so, to hold a request in flight. */
function gatedRoute() {
  let markStarted!: () => void;
  let release!: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const extendApi: StartServerOptions['extendApi'] = (api) => {
    api.get('/slow', async (c) => {
      markStarted();
      await released;
      return c.json({ finished: true });
    });
  };
  return { extendApi, started, release };
}

describe('startServer', () => {
  it('announces the first-start secrets on the terminal, never in the log, and only on a new database', async () => {
    const said: string[] = [];
    const logged: string[] = [];
    const log = createLogger({ level: 'debug', write: (line) => logged.push(line) });
    const first = options({ demo: true, log, announce: (text) => said.push(text) });
    await (await startServer(first)).close();
    await (await startServer({ ...first })).close();
    expect(said).toHaveLength(1);
    const password = /login: teacher\s+password: (\S+)/.exec(said[0] ?? '')?.[1] ?? 'missing';
    expect(logged.join('\n')).not.toContain(password);

    const production: string[] = [];
    await (await startServer(options({ announce: (text) => production.push(text) }))).close();
    expect(production[0]).toMatch(/setup code: [0-9A-Z]{5}-[0-9A-Z]{5}/);
  });

  it('serves on the port it reports', async () => {
    const running = await startServer(options());
    expect(running.url).toBe(`http://localhost:${running.port}`);
    const res = await fetch(`http://127.0.0.1:${running.port}/api/v1/health`);
    expect(await res.json()).toMatchObject({ status: 'ok', version: '1.2.3' });
    await running.close();
  });

  it('lets a request in flight finish on close, refuses new ones, then closes the database', async () => {
    const gate = gatedRoute();
    const running = await startServer(options({ extendApi: gate.extendApi, shutdownTimeoutMs: 5_000 }));
    const base = `http://127.0.0.1:${running.port}`;
    const inFlight = fetch(`${base}/api/v1/slow`);
    await gate.started;

    let isClosed = false;
    const closing = running.close().then(() => (isClosed = true));
    await expect(fetch(`${base}/api/v1/health`)).rejects.toThrow();
    expect(isClosed).toBe(false);
    await expect(running.storage.checkHealth()).resolves.toBeUndefined();

    gate.release();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ finished: true });

    const started = Date.now();
    await closing;
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(running.storage.checkHealth()).rejects.toMatchObject({ code: 'storage/unavailable' });
  });

  it('cuts a request that outlasts the shutdown timeout, and still closes the database', async () => {
    const gate = gatedRoute();
    const running = await startServer(options({ extendApi: gate.extendApi, shutdownTimeoutMs: 200 }));
    const stuck = fetch(`http://127.0.0.1:${running.port}/api/v1/slow`).catch((error: unknown) => error);
    await gate.started;
    await running.close();
    expect(await stuck).toBeInstanceOf(Error);
    await expect(running.storage.checkHealth()).rejects.toMatchObject({ code: 'storage/unavailable' });
    gate.release();
  });

  it('refuses a port that is already in use with server/port-in-use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo; // listening TCP server
    await expect(startServer(options({ port }))).rejects.toMatchObject({ code: 'server/port-in-use', params: { port } });
    blocker.close();
  });
});

describe('displayHost', () => {
  it.each([
    ['127.0.0.1', 'localhost'],
    ['127.0.1.1', 'localhost'],
    ['0.0.0.0', 'localhost'],
    ['::', 'localhost'],
    ['::1', 'localhost'],
    ['localhost', 'localhost'],
    ['192.168.1.20', '192.168.1.20'],
    ['fe80::1', '[fe80::1]'],
  ])('shows HOST %s as %s', (host, shown) => {
    expect(displayHost(host)).toBe(shown);
  });
});
