/** Builds the real app on a fresh test storage (SQLite in a temp folder, or PostgreSQL), for in-process tests. */
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../app';
import { createLogger, type Logger } from '../log';
import { packsDirOf } from '../packs/pack-files';
import { makeTempDir } from './temp-dir';
import { openTestStorage } from './test-storage';

export const TEST_VERSION = '9.8.7-test';

export async function makeTestApp(options: Partial<AppOptions> = {}) {
  const dataDir = makeTempDir();
  const storage = options.storage ?? (await openTestStorage());
  const packsDir = packsDirOf(dataDir);
  const lines: string[] = [];
  const log: Logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
  const app: Hono = createApp({ storage, staticDir: makeTempDir(), packsDir, version: TEST_VERSION, log, ...options });
  return { app, storage, packsDir, dataDir, logLines: lines };
}
