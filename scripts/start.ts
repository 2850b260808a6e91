/**
 * `npm start`: builds the app when dist/ is missing or older than its sources, prepares the
 * demo packs (unless SABIL_DEMO=0), then runs the server (settings from PORT, HOST, DATA_DIR,
 * LOG_LEVEL, SABIL_DEMO, SABIL_TRUSTED_KEYS; see server/config.ts). Everything after the build
 * is server/run-server-cli.ts, shared with main.ts; the demo packs run as its before-start step,
 * so a bad setting or data folder is explained in the same one line.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { runServerCli } from '../server/run-server-cli';
import { preparePacks } from './prepare-packs';
import { buildIfStale } from './start/build-if-stale';

const root = fileURLToPath(new URL('..', import.meta.url));
const say = (line: string) => process.stdout.write(line + '\n');

try {
  // Vite finds vite.config.ts in `root`, exactly as `npm run build` does.
  await buildIfStale(root, () => build({ root }), say);
} catch (error) {
  // Vite has already printed what failed, with file and line; a second copy only buries it.
  process.stderr.write(`The app could not be built (${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Fix the error above, then run npm start again.\n`);
  process.exit(1);
}

await runServerCli({}, process.env, async (config) => {
  await preparePacks({ dataDir: config.dataDir, demo: config.demo, ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}) });
});
