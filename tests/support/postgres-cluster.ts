/**
 * A real PostgreSQL for the tests, with no manual step: SABIL_TEST_DATABASE_URL when it is set;
 * otherwise a throwaway cluster (initdb in a temp folder, a free port on 127.0.0.1 and a unix
 * socket in that folder), installing Debian's `postgresql` first when it is missing and we are
 * root (CI). As root, PostgreSQL refuses to run, so its binaries run as the `postgres` user.
 * Durability settings stay PostgreSQL's defaults: the tests measure what production does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

export interface TestCluster {
  /** Connects as a superuser to a database the tests may fill with schemas. */
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'sabil_test';

export async function startTestCluster(env: NodeJS.ProcessEnv = process.env): Promise<TestCluster> {
  const given = env.SABIL_TEST_DATABASE_URL?.trim();
  if (given) {
    await waitUntilReachable(given);
    return { url: given, stop: async () => undefined };
  }
  const bin = findBinaries() ?? installBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'sabil-pg-'));
  const asPostgres = prepareOwner(dir);
  const data = join(dir, 'data');
  try {
    const run = (tool: string, args: string[]) => runTool(asPostgres, join(bin, tool), args);
    // --no-sync only skips flushing initdb's own files: the server itself keeps fsync on.
    run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const port = await freePort();
    run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']);
    const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
    await withClient(admin, (client) => client.query(`CREATE DATABASE ${DATABASE}`));
    return {
      url: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`,
      stop: async () => {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    runTool(asPostgres, join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', 'stop'], false);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** The folder of `initdb` and `pg_ctl`: on PATH, else the newest /usr/lib/postgresql/<v>/bin. */
export function findBinaries(path = process.env.PATH ?? ''): string | undefined {
  const hasBoth = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  const onPath = path.split(delimiter).filter(Boolean).find(hasBoth);
  if (onPath) return onPath;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => join(root, v, 'bin')).find(hasBoth);
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

function installBinaries(): string {
  if (!isRoot()) {
    throw new Error('The PostgreSQL tests need initdb and pg_ctl. Install PostgreSQL (Debian: apt-get install postgresql) or set SABIL_TEST_DATABASE_URL.');
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (install().status !== 0) {
    // A fresh CI image has no package lists yet.
    execFileSync('apt-get', ['update'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    if (install().status !== 0) throw new Error('apt-get install postgresql failed');
  }
  const bin = findBinaries();
  if (!bin) throw new Error('postgresql is installed but initdb and pg_ctl were not found under /usr/lib/postgresql');
  return bin;
}

/** As root, hands the folder to `postgres` and returns true: the binaries must run as that user. */
function prepareOwner(dir: string): boolean {
  if (!isRoot()) return false;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(dir, uid, gid);
  chmodSync(dir, 0o700);
  return true;
}

function runTool(asPostgres: boolean, tool: string, args: string[], mustSucceed = true): void {
  const [command, fullArgs] = asPostgres ? ['runuser', ['-u', 'postgres', '--', tool, ...args]] : [tool, args];
  // stdin ignored: CI has none, and nothing here may wait for a password.
  const result = spawnSync(command, fullArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
  if (mustSucceed && result.status !== 0) {
    throw new Error(`${tool} ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}${result.error?.message ?? ''}`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo; // a TCP server that is listening has an AddressInfo
      server.close(() => resolve(port));
    });
  });
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function waitUntilReachable(url: string): Promise<void> {
  try {
    await withClient(url, (client) => client.query('SELECT 1'));
  } catch (error) {
    throw new Error(`SABIL_TEST_DATABASE_URL is set, but PostgreSQL there does not answer: ${error instanceof Error ? error.message : String(error)}`);
  }
}
