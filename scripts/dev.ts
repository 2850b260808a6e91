/**
 * `npm run dev`: the API server on 127.0.0.1:8081 (data in data/dev), restarted by `tsx watch`
 * whenever server code changes, and the Vite dev server with hot reload in front of it,
 * passing /api on to the API. Open the Vite URL it prints, not 8081.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { preparePacks } from './prepare-packs';

const API_PORT = 8081;
const root = fileURLToPath(new URL('..', import.meta.url));
const tsxCli = fileURLToPath(import.meta.resolve('tsx/cli'));

const DEV_DATA_DIR = join(root, 'data', 'dev');
// The demo packs, as npm start prepares them, so the library has something to download in dev too.
await preparePacks({ dataDir: DEV_DATA_DIR, demo: process.env.SABIL_DEMO !== '0' });

const api = spawn(process.execPath, [tsxCli, 'watch', '--clear-screen=false', 'server/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  // Its own process group: Ctrl-C reaches only this script, which stops the API exactly once.
  // Otherwise tsx watch gets the terminal's SIGINT and our SIGTERM, and SIGKILLs the server.
  detached: true,
  env: { ...process.env, PORT: String(API_PORT), HOST: '127.0.0.1', DATA_DIR: DEV_DATA_DIR },
});

const apiExited = new Promise<void>((resolve) => api.once('exit', () => resolve()));

let vite: ViteDevServer | undefined;
let isStopping = false;
async function stop(exitCode: number): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  if (api.exitCode === null) api.kill('SIGTERM');
  // The API is in its own process group, so this script must not exit before it does.
  await Promise.all([vite?.close(), apiExited]);
  process.exit(exitCode);
}

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
// tsx watch survives crashes of the server it runs; if it ends, something is badly wrong.
api.on('exit', (code) => {
  if (isStopping) return;
  process.stderr.write(`The API server stopped (exit code ${code ?? 'none'}); stopping the dev server too.\n`);
  void stop(1);
});

try {
  vite = await createServer({
    root,
    server: { proxy: { '/api': { target: `http://127.0.0.1:${API_PORT}` } } },
  });
  await vite.listen();
} catch (error) {
  process.stderr.write(`The Vite dev server could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  await stop(1);
}
vite?.printUrls();
process.stdout.write(`\nSabil (development) is running: open the Local URL above. The API answers on port ${API_PORT}.\n\n`);
