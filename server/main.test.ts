/**
 * Runs server/main.ts as a real process, the way an operator does, and checks what they see:
 * the URL line, a clean exit on SIGTERM and SIGINT, and one plain line for each fault.
 * It runs `node --import tsx`, not the `tsx` command: that command relays a signal to its
 * child and SIGKILLs it if the child has not confirmed within 30 ms, which happens on a busy
 * machine and would turn a graceful stop into exit 143.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { makeTempDir } from './testing/temp-dir';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const URL_LINE = /Sabil is running at http:\/\/localhost:(\d+)\n/;

function launch(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DATA_DIR: makeTempDir(), LOG_LEVEL: 'info', ...env },
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  // 'close', not 'exit': it waits for stdout and stderr to drain, so the output is complete.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const ready = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = URL_LINE.exec(output.stdout);
      if (match) resolve(Number(match[1]));
    });
    void exited.then(() => reject(new Error(`exited before ready:\n${output.stderr}`)));
  });
  ready.catch(() => undefined); // tests of start-up faults never wait for readiness

  return { child, output, exited, ready };
}

// Concurrent: each case is a separate process, and starting tsx dominates the run time.
describe.concurrent('server/main.ts', () => {
  it.for(['SIGTERM', 'SIGINT'] as const)('prints the URL, serves, and exits 0 on %s', async (signal, { expect }) => {
    const server = launch({});
    const port = await server.ready;
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(res.status).toBe(200);

    server.child.kill(signal);
    expect(await server.exited).toBe(0);
    expect(server.output.stdout).toMatch(/"msg":"server started"/);
    expect(server.output.stdout).toMatch(/"msg":"stopped"/);
  });

  it('exits 1 with one clear line when the port is already in use', async ({ expect }) => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo; // listening TCP server
    const server = launch({ PORT: String(port) });
    expect(await server.exited).toBe(1);
    blocker.close();
    expect(server.output.stderr).toBe(`Port ${port} is already in use. Stop the other program or set PORT to another number.\n`);
  });

  it('exits 1 with one clear line when DATA_DIR cannot be created', async ({ expect }) => {
    const file = join(makeTempDir(), 'a-file');
    writeFileSync(file, 'not a folder');
    const server = launch({ DATA_DIR: join(file, 'data') });
    expect(await server.exited).toBe(1);
    expect(server.output.stderr).toBe(
      `Sabil cannot create or write its data folder "${join(file, 'data')}". Set DATA_DIR to a folder Sabil may write to.\n`,
    );
  });

  it('exits 1 with one clear line when PORT is not a number', async ({ expect }) => {
    const server = launch({ PORT: 'eighty' });
    expect(await server.exited).toBe(1);
    expect(server.output.stderr).toBe('PORT must be a whole number from 0 to 65535, but it is "eighty".\n');
  });
});
