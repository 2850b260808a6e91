/**
 * A server of the test's own, started as `npm start` does (demo packs included), so an offline
 * test can stop it: with the origin really gone, nothing but the service worker's cache can
 * answer, whatever the browser's offline emulation covers.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface OwnServer {
  url: string;
  /** Its data folder, for `resetPassword(login, dataDir)`. */
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * `demoData`: the demo class comes with its 30 sample learners and their work, as for a new user;
 * off by default, so a spec's class holds only the learners it adds.
 */
export async function startOwnServer({ demoData = false }: { demoData?: boolean } = {}): Promise<OwnServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'sabil-own-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', SABIL_DEMO_DATA: demoData ? '1' : '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: false,
  });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('own server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    dataDir,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
