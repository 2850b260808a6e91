/** Builds the real app on a real SQLite file in a temp folder, for in-process tests. */
import type { Hono } from 'hono';
import { createApp, type AppOptions } from '../app';
import { createLogger, type Logger } from '../log';
import { packsDirOf } from '../packs/pack-files';
import { openSqliteStorage } from '../storage/sqlite/open-sqlite-storage';
import { makeTempDir } from './temp-dir';

export const TEST_VERSION = '9.8.7-test';

export async function makeTestApp(options: Partial<AppOptions> = {}) {
  const dataDir = makeTempDir();
  const storage = openSqliteStorage({ dataDir });
  await storage.migrate();
  const packsDir = packsDirOf(dataDir);
  const lines: string[] = [];
  const log: Logger = createLogger({ level: 'debug', write: (line) => lines.push(line) });
  const app: Hono = createApp({ storage, staticDir: makeTempDir(), packsDir, version: TEST_VERSION, log, ...options });
  return { app, storage, packsDir, dataDir, logLines: lines };
}
