/**
 * The server's settings, read once from the environment at start-up.
 * HOST defaults to loopback so a fresh install is reachable only from this computer;
 * set HOST=0.0.0.0 to let the classroom's devices connect over the local network.
 * SABIL_DEMO (default 1) trusts the public demo key and builds the demo packs; a production
 * server sets SABIL_DEMO=0 and lists its publishers' key files in SABIL_TRUSTED_KEYS.
 * SABIL_DEMO_DATA=0 keeps demo mode's first start from adding the sample class (30 learners, 4 weeks).
 * DATABASE_URL=postgres://… moves the database to PostgreSQL (docs/postgres.md); pack files stay in DATA_DIR.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SabilError } from '../src/core/errors/index';
import { LOG_LEVELS, type LogLevel } from './log';
import { isIP } from 'node:net';

/** What the pack catalogue needs; `npm run pack -- publish` reads only these. */
export interface CatalogueConfig {
  /** Absolute; a relative DATA_DIR is taken from the current working directory. */
  dataDir: string;
  /** Demo mode: the demo key is trusted and the demo packs are built at `npm start`. */
  demo: boolean;
  /** Absolute paths of the public key files in SABIL_TRUSTED_KEYS (comma-separated). */
  trustedKeyPaths: string[];
  /** PostgreSQL's connection string; unset means SQLite in DATA_DIR. Holds a password: never log it. */
  databaseUrl?: string;
}

export interface Config extends CatalogueConfig {
  /** 0 asks the operating system for any free port (tests use it). */
  port: number;
  host: string;
  logLevel: LogLevel;
  version: string;
  /** SABIL_FAULTS, for the sync fault tests only; honoured in demo mode (server/sync/sync-faults.ts). */
  faultSpec?: string;
  /** SABIL_DEMO_DATA=0: demo mode's first start leaves the demo class empty (server/demo/). */
  demoData: boolean;
  /** SABIL_PUSH_CONCURRENCY: pushes this process runs at once (server/sync/push-gate.ts); unset, a default per storage kind. */
  pushConcurrency?: number;
  /** SABIL_TRUSTED_PROXIES: comma-separated addresses of reverse proxies (server/api/client-address.ts). */
  trustedProxies?: string[];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const faultSpec = valueOf(env.SABIL_FAULTS);
  const pushConcurrency = valueOf(env.SABIL_PUSH_CONCURRENCY);
  const trustedProxies = valueOf(env.SABIL_TRUSTED_PROXIES);
  return {
    ...(faultSpec ? { faultSpec } : {}),
    ...(pushConcurrency ? { pushConcurrency: parsePushConcurrency(pushConcurrency) } : {}),
    ...(trustedProxies ? { trustedProxies: parseTrustedProxies(trustedProxies) } : {}),
    port: parsePort(valueOf(env.PORT) ?? '8080'),
    host: valueOf(env.HOST) ?? '127.0.0.1',
    logLevel: parseLogLevel(valueOf(env.LOG_LEVEL) ?? 'info'),
    version: readAppVersion(),
    demoData: valueOf(env.SABIL_DEMO_DATA) !== '0',
    ...readCatalogueConfig(env),
  };
}

export function readCatalogueConfig(env: NodeJS.ProcessEnv = process.env): CatalogueConfig {
  const databaseUrl = parseDatabaseUrl(valueOf(env.DATABASE_URL));
  return {
    ...(databaseUrl ? { databaseUrl } : {}),
    dataDir: resolve(valueOf(env.DATA_DIR) ?? './data'),
    demo: parseDemo(valueOf(env.SABIL_DEMO) ?? '1'),
    trustedKeyPaths: (env.SABIL_TRUSTED_KEYS ?? '')
      .split(',')
      .map((path) => path.trim())
      .filter(Boolean)
      .map((path) => resolve(path)),
  };
}

/** An empty variable (`PORT= npm start`) means "not set", as most shells users expect. */
function valueOf(raw: string | undefined): string | undefined {
  const trimmed = raw?.trim();
  return trimmed ? trimmed : undefined;
}

function parseDatabaseUrl(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  // The value is not echoed back: it may hold a password.
  if (!/^postgres(ql)?:\/\//i.test(raw)) throw new SabilError('config/invalid-database-url');
  return raw;
}

/** IP addresses only (v4 or v6), so a typo cannot silently trust nothing or everything. */
function parseTrustedProxies(raw: string): string[] {
  const addresses = raw.split(',').map((part) => part.trim()).filter(Boolean);
  const bad = addresses.find((address) => isIP(address) === 0);
  if (bad !== undefined) throw new SabilError('config/invalid-trusted-proxies', { value: bad });
  return addresses;
}

function parsePushConcurrency(raw: string): number {
  const value = /^\d{1,4}$/.test(raw) ? Number(raw) : NaN;
  if (!(value >= 1 && value <= 1000)) throw new SabilError('config/invalid-push-concurrency', { value: raw });
  return value;
}

function parsePort(raw: string): number {
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new SabilError('config/invalid-port', { value: raw });
  return port;
}

function parseDemo(raw: string): boolean {
  if (raw === '1') return true;
  if (raw === '0') return false;
  // Anything else is refused rather than guessed: "SABIL_DEMO=off" must not leave the demo key trusted.
  throw new SabilError('config/invalid-demo', { value: raw });
}

function parseLogLevel(raw: string): LogLevel {
  const level = LOG_LEVELS.find((known) => known === raw.toLowerCase());
  if (!level) throw new SabilError('config/invalid-log-level', { value: raw, allowed: LOG_LEVELS.join(', ') });
  return level;
}

/** The version in package.json is the one the health route and the logs report. */
export function readAppVersion(): string {
  const raw: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const version = typeof raw === 'object' && raw !== null && 'version' in raw ? raw.version : undefined;
  if (typeof version !== 'string') throw new Error('package.json has no "version" string');
  return version;
}
