/**
 * Opens storage, migrates it, and serves the app on a real socket. Returned `close()` stops
 * accepting connections, lets requests in flight finish (bounded), then closes the database.
 * main.ts, scripts/start.ts and the tests all start the server through here.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import { prepareFirstStart } from './accounts/first-start';
import { createApp, type AppOptions } from './app';
import { addDemoDataStep } from './demo/add-demo-data';
import { prepareGracefulClose } from './graceful-close';
import { createLogger, type Logger } from './log';
import { toListenError } from './listen-errors';
import { packsDirOf } from './packs/pack-files';
import { loadServerTrust } from './packs/trusted-keys';
import { openStorage } from './storage/open-storage';
import type { Storage } from './storage/storage';
import { NO_FAULTS, parseSyncFaults, type SyncFaults } from './sync/sync-faults';

export const DEFAULT_STATIC_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

export interface StartServerOptions {
  host: string;
  /** 0 picks any free port; the chosen one is in the result. */
  port: number;
  dataDir: string;
  /** postgres://… to keep the database in PostgreSQL; unset, SQLite in `dataDir`. */
  databaseUrl?: string;
  version: string;
  /** Demo mode trusts the demo key (config.ts reads SABIL_DEMO; off unless asked for here). */
  demo?: boolean;
  /** In demo mode, a new database gets the sample class (SABIL_DEMO_DATA; on unless false). */
  demoData?: boolean;
  /** Public key files of the publishers whose packs the catalogue serves (SABIL_TRUSTED_KEYS). */
  trustedKeyPaths?: readonly string[];
  staticDir?: string;
  log?: Logger;
  /** How long `close()` waits for requests in flight before cutting their connections. */
  shutdownTimeoutMs?: number;
  extendApi?: AppOptions['extendApi'];
  /**
   * Where first-start secrets go (demo passwords, the setup code): the terminal by default,
   * never the log, which a log collector may keep and share.
   */
  announce?: (text: string) => void;
  /** SABIL_TRUSTED_PROXIES: the reverse proxies whose X-Forwarded-For the rate limits believe. */
  trustedProxies?: readonly string[];
  /** SABIL_FAULTS: fault points for the sync fault tests, armed in demo mode only. */
  faultSpec?: string;
  /** SABIL_PUSH_CONCURRENCY: pushes this process runs at once; a default per storage kind when unset. */
  pushConcurrency?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  storage: Storage;
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const log = options.log ?? createLogger();
  const trust = await loadServerTrust({ demo: options.demo ?? false, trustedKeyPaths: options.trustedKeyPaths ?? [] });
  const storage = openStorage({
    dataDir: options.dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    onIdleError: (error) => log.warn('database connection lost; it will be replaced', { error }),
  });
  let server: Server;
  let stopServer: (timeoutMs: number) => Promise<void>;
  let instanceId: string;
  try {
    const applied = await storage.migrate();
    if (applied.length > 0) log.info('database migrated', { applied: applied.map((m) => m.version) });
    instanceId = await storage.ensureInstanceId(randomUUID());
    const announce = options.announce ?? ((text: string) => process.stdout.write(text + '\n'));
    const now = new Date();
    const addDemoData = options.demoData === false ? undefined : addDemoDataStep(storage, { now, log, announce });
    await prepareFirstStart(storage, { demo: options.demo ?? false, now, announce, ...(addDemoData ? { addDemoData } : {}) });
    const staticDir = options.staticDir ?? DEFAULT_STATIC_DIR;
    const packsDir = packsDirOf(options.dataDir);
    const faults = armFaults(options, log);
    const app = createApp({ storage, staticDir, packsDir, trust, version: options.version, log, extendApi: options.extendApi, faults, ...(options.pushConcurrency ? { pushConcurrency: options.pushConcurrency } : {}), ...(options.trustedProxies ? { trustedProxies: options.trustedProxies } : {}) });
    server = createServer(getRequestListener(app.fetch));
    stopServer = prepareGracefulClose(server);
    await listen(server, options.port, options.host);
  } catch (error) {
    await storage.close();
    throw error;
  }

  const port = (server.address() as AddressInfo).port; // a TCP server that is listening has an AddressInfo
  const url = `http://${displayHost(options.host)}:${port}`;
  const { host, version, dataDir } = options;
  const trustedKeyIds = trust.keys.map((key) => key.keyId);
  log.info('server started', { url, host, port, version, dataDir, storage: storage.kind, instanceId, demo: trust.demo, trustedKeyIds });

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= stopServer(options.shutdownTimeoutMs ?? 10_000).then(() => storage.close());
    return closing;
  };
  return { url, port, storage, close };
}

/** Fault points exist only for tests: a production server (SABIL_DEMO=0) ignores them, loudly. */
function armFaults(options: StartServerOptions, log: Logger): SyncFaults {
  if (!options.faultSpec) return NO_FAULTS;
  if (!options.demo) {
    log.warn('SABIL_FAULTS ignored: fault points exist only in demo mode');
    return NO_FAULTS;
  }
  const faults = parseSyncFaults(options.faultSpec);
  log.warn('SABIL_FAULTS armed: this server will crash on purpose', { faults: options.faultSpec });
  return faults;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: unknown) => reject(toListenError(error, { port, host }));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

/** Loopback and "every interface" are both reachable from this computer as localhost. */
export function displayHost(host: string): string {
  const isLocal = host === 'localhost' || host === '0.0.0.0' || host === '::' || host === '::1' || host.startsWith('127.');
  if (isLocal) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
