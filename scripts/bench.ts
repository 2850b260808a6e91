/**
 * `npm run bench` (issue #8, point 4): measures, side by side in one run on this machine, the
 * server's ingest against raw database inserts (SQLite and PostgreSQL), a replay against fresh
 * ingest, wire bytes against bare gzip, a reconnect storm against the single-client rate, and the
 * first-screen JavaScript; prints a table and writes bench/results.json. Not part of npm test:
 * nothing here asserts a timing. Sizes are set by BENCH_* variables (docs/performance.md).
 */
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { startTestCluster } from '../tests/support/postgres-cluster';
import { measureBrowserStorage, type BrowserStorage } from './bench/browser-storage';
import { measureFirstScreen, type FirstScreen } from './bench/first-screen';
import { benchIngest, type IngestFigures } from './bench/ingest-bench';
import { describeMachine } from './bench/machine';
import { openRawPostgres, openRawSqlite } from './bench/raw-baselines';
import { startBenchServer } from './bench/server-world';
import { benchStorm, type StormFigures } from './bench/storm';
import { bytes, fmt, perSec, renderTable, type Figure } from './bench/table';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const num = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
const skip = new Set((process.env.BENCH_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean));
const config = {
  batches: num('BENCH_BATCHES', 40),
  runs: num('BENCH_RUNS', 3),
  learners: num('BENCH_LEARNERS', 30),
  appends: num('BENCH_APPENDS', 2_000),
  packImports: num('BENCH_PACK_IMPORTS', 20),
  // Issue #8's size by default (2.5 million events); BENCH_STORM_BACKLOG=250 for a quick run.
  storm: { devices: num('BENCH_STORM_DEVICES', 1_000), backlog: num('BENCH_STORM_BACKLOG', 2_500), maxAttempts: 200, baseDelayMs: 250, capDelayMs: 15_000 },
};
const log = (line: string) => console.error(`[bench] ${line}`);

type Stored = IngestFigures & { storedBytesPerEvent: number };

/** The server's database files (WAL included) over the events it holds: rows, indexes and all. */
function sqliteStoredBytesPerEvent(dataDir: string): number {
  const files = readdirSync(dataDir).filter((name) => name.startsWith('sabil.db'));
  const size = files.reduce((sum, name) => sum + statSync(join(dataDir, name)).size, 0);
  const db = new Database(join(dataDir, 'sabil.db'), { readonly: true, fileMustExist: true });
  try {
    return size / Number(db.prepare('SELECT count(*) FROM events').pluck().get()); // one integer
  } finally {
    db.close();
  }
}

async function sqliteIngest(): Promise<Stored> {
  const server = await startBenchServer({ learners: config.learners });
  const rawDir = mkdtempSync(join(tmpdir(), 'sabil-bench-raw-'));
  const raw = openRawSqlite(rawDir);
  try {
    const figures = await benchIngest(server, (rows) => raw.insert(rows), config);
    return { ...figures, storedBytesPerEvent: sqliteStoredBytesPerEvent(server.dataDir) };
  } finally {
    raw.close();
    rmSync(rawDir, { recursive: true, force: true });
    await server.close();
  }
}

async function postgresStoredBytesPerEvent(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ bytes: string; n: string }>("SELECT pg_total_relation_size('public.events') AS bytes, (SELECT count(*) FROM public.events) AS n");
    return Number(rows[0]?.bytes) / Number(rows[0]?.n);
  } finally {
    await client.end();
  }
}

async function postgresIngest(): Promise<Stored> {
  const cluster = await startTestCluster();
  try {
    const server = await startBenchServer({ learners: config.learners, env: { DATABASE_URL: cluster.url } });
    const raw = await openRawPostgres(cluster.url);
    const copy = await openRawPostgres(cluster.url, 'bench_copy');
    try {
      const figures = await benchIngest(server, (rows) => raw.insert(rows), config, (rows) => copy.copy(rows));
      return { ...figures, storedBytesPerEvent: await postgresStoredBytesPerEvent(cluster.url) };
    } finally {
      await copy.close();
      await raw.close();
      await server.close();
    }
  } finally {
    await cluster.stop();
  }
}

async function storm(): Promise<StormFigures> {
  const server = await startBenchServer({ learners: config.learners });
  try {
    const heldIds = () => {
      const db = new Database(join(server.dataDir, 'sabil.db'), { readonly: true, fileMustExist: true });
      try {
        return db.prepare('SELECT id FROM events').pluck().all() as string[]; // one TEXT column
      } finally {
        db.close();
      }
    };
    return await benchStorm(server, config.storm, heldIds);
  } finally {
    await server.close();
  }
}

async function firstScreen(): Promise<FirstScreen> {
  if (process.env.BENCH_BUILD !== '0') {
    log('building the app (npx vite build)…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await startBenchServer({ learners: 0 });
  try {
    return await measureFirstScreen(server.server.port, join(ROOT, 'dist'));
  } finally {
    await server.close();
  }
}

async function browserStorage(): Promise<BrowserStorage> {
  const dir = mkdtempSync(join(tmpdir(), 'sabil-bench-pack-'));
  try {
    const packZip = join(dir, 'arithmetic.zip');
    // The demo pack, built and signed with the demo key by the project's own pack tool.
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/pack.ts', 'build', 'packs/arithmetic', '--out', packZip, '--key', 'packs/keys/demo-publisher.json'], { cwd: ROOT, stdio: 'ignore' });
    return await measureBrowserStorage(ROOT, { appends: config.appends, packZip, packImports: config.packImports });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function section<T>(name: string, work: () => Promise<T>): Promise<T | { skipped: string }> {
  if (skip.has(name)) return { skipped: 'BENCH_SKIP' };
  log(`${name}…`);
  const started = performance.now();
  try {
    const result = await work();
    log(`${name} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return result;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
    log(`${name} failed: ${reason}`);
    return { skipped: reason };
  }
}

const done = <T extends object>(r: T | { skipped: string }): r is T => !('skipped' in r);

function ingestFigures(name: string, r: Stored | { skipped: string }, rawLabel: string): Figure[] {
  if (!done(r)) return [{ figure: `${name} ingest ÷ raw`, ratio: null, a: 'not measured', b: '', target: 'reported', met: null, note: r.skipped }];
  const m = r.median;
  const copy = m.copyPerSec;
  return [
    { figure: `${name} ingest (HTTP, gzip 500) ÷ ${rawLabel}`, ratio: m.freshPerSec / m.rawPerSec, a: perSec(m.freshPerSec), b: perSec(m.rawPerSec), target: copy === undefined ? '≥ 0.5×' : 'reported', met: copy === undefined ? m.freshPerSec / m.rawPerSec >= 0.5 : null },
    ...(copy === undefined
      ? []
      : [{ figure: `${name} ingest (HTTP, gzip 500) ÷ raw COPY … FROM STDIN (pg-copy-streams), 1 tx`, ratio: m.freshPerSec / copy, a: perSec(m.freshPerSec), b: perSec(copy), target: '≥ 0.35×', met: m.freshPerSec / copy >= 0.35 }]),
    { figure: `${name} replay of held batches ÷ fresh ingest`, ratio: m.replayPerSec / m.freshPerSec, a: perSec(m.replayPerSec), b: perSec(m.freshPerSec), target: '≥ 1× (a retry costs less)', met: m.replayPerSec >= m.freshPerSec },
    { figure: `${name} stored bytes/event (rows + indexes) ÷ request bytes/event`, ratio: r.storedBytesPerEvent / m.requestBytesPerEvent, a: bytes(r.storedBytesPerEvent), b: bytes(m.requestBytesPerEvent), target: 'reported', met: null },
  ];
}

async function main() {
  const machine = describeMachine();
  const startedAt = new Date().toISOString();
  const sqlite = await section('sqlite', sqliteIngest);
  const postgres = await section('postgres', postgresIngest);
  const stormResult = await section('storm', storm);
  const screen = await section('browser', firstScreen);
  const device = await section('device', browserStorage);

  const figures: Figure[] = [
    ...ingestFigures('SQLite', sqlite, 'raw better-sqlite3 multi-row INSERT OR IGNORE, 1 tx'),
    ...ingestFigures('PostgreSQL', postgres, 'raw multi-row INSERT … ON CONFLICT DO NOTHING, 1 tx'),
  ];
  if (done(sqlite)) {
    const m = sqlite.median;
    const wire = m.wireBytesPerEvent / m.bareGzipBytesPerEvent;
    figures.push({ figure: 'Wire bytes/event (gzip request + JSON answer) ÷ gzip of bare events', ratio: wire, a: bytes(m.wireBytesPerEvent), b: bytes(m.bareGzipBytesPerEvent), target: '≤ 1.15×', met: wire <= 1.15 });
    figures.push({ figure: 'Request bytes/event (gzip push body) ÷ gzip of bare events', ratio: m.requestBytesPerEvent / m.bareGzipBytesPerEvent, a: bytes(m.requestBytesPerEvent), b: bytes(m.bareGzipBytesPerEvent), target: 'reported', met: null });
  }
  if (done(stormResult)) {
    const s = stormResult;
    const single = done(sqlite) ? sqlite.median.freshPerSec : NaN;
    const shape = `${fmt(s.devices)} devices × ${fmt(s.backlog)} events`;
    figures.push(
      { figure: `Storm sustained (${shape}) ÷ single client`, ratio: s.eventsPerSec / single, a: perSec(s.eventsPerSec), b: perSec(single), target: '≥ 0.8× at 1,000 × 2,500', met: s.eventsPerSec / single >= 0.8 },
      { figure: 'Storm ack latency p99 (p50), accepted requests: send → 200', ratio: null, a: `${fmt(s.requestP99Ms)} ms`, b: `p50 ${fmt(s.requestP50Ms)} ms`, target: '≤ 2,000 ms', met: s.requestP99Ms <= 2_000 },
      { figure: 'Storm batch latency p99 (p50), end to end: first try → ack, 429 waits included', ratio: null, a: `${fmt(s.ackP99Ms)} ms`, b: `p50 ${fmt(s.ackP50Ms)} ms`, target: 'reported', met: null },
      { figure: 'Storm requests refused 429 (of all attempts)', ratio: null, a: fmt(s.refusals['HTTP 429'] ?? 0), b: `of ${fmt(s.attempts)}`, target: 'reported', met: null },
      { figure: 'Storm server RSS peak (idle)', ratio: null, a: `${fmt(s.peakRssMiB)} MiB`, b: `idle ${fmt(s.idleRssMiB)} MiB`, target: 'reported', met: null },
      { figure: 'Storm lost / duplicated', ratio: null, a: `${s.lost} / ${s.duplicated}`, b: `of ${fmt(s.events)} events`, target: '0 / 0', met: s.lost === 0 && s.duplicated === 0 && s.unexpected === 0 },
    );
  } else {
    figures.push({ figure: 'Reconnect storm', ratio: null, a: 'not measured', b: '', target: '1,000 × 2,500 events', met: null, note: stormResult.skipped });
  }
  if (done(screen)) {
    figures.push({ figure: 'First-screen JS, gzipped', ratio: null, a: `${fmt(screen.totalKiB, 1)} KB`, b: `${screen.files.length} files`, target: '≤ 100 KB', met: screen.totalKiB <= 100 });
    figures.push({ figure: 'JS loaded once the page is idle (sync engine), gzipped', ratio: null, a: `${fmt(screen.afterIdleKiB, 1)} KB`, b: `${screen.afterIdle.length} files`, target: 'reported', met: null });
  } else {
    figures.push({ figure: 'First-screen JS, gzipped', ratio: null, a: 'not measured', b: '', target: '≤ 100 KB', met: null, note: screen.skipped });
  }
  if (done(device)) {
    const d = device;
    figures.push(
      { figure: 'Outbox append (appendEvent) in Chromium ÷ raw IndexedDB put', ratio: d.appendPerSec / d.rawPutPerSec, a: perSec(d.appendPerSec), b: perSec(d.rawPutPerSec), target: '≥ 0.85×', met: d.appendPerSec / d.rawPutPerSec >= 0.85 },
      { figure: '(informative) raw IndexedDB doing appendEvent\'s read + 3 writes, app indexes ÷ raw put', ratio: d.rawSameWorkPerSec / d.rawPutPerSec, a: perSec(d.rawSameWorkPerSec), b: perSec(d.rawPutPerSec), target: 'reported', met: null },
      { figure: `Pack import (unzip → verify → store) ÷ raw IndexedDB Blob put, ${fmt(d.packBytes / 1e3)} KB × ${d.packImports}`, ratio: d.importMBps / d.rawBlobMBps, a: `${fmt(d.importMBps, 2)} MB/s`, b: `${fmt(d.rawBlobMBps, 2)} MB/s`, target: '≥ 0.7×', met: d.importMBps / d.rawBlobMBps >= 0.7, note: `${fmt(d.verifyShare * 100)} % of the import is unzip + verify` },
      { figure: '(informative) raw IndexedDB put of the pack\'s files as Blobs, 1 tx ÷ raw Blob put', ratio: d.rawFileBlobsMBps / d.rawBlobMBps, a: `${fmt(d.rawFileBlobsMBps, 2)} MB/s`, b: `${fmt(d.rawBlobMBps, 2)} MB/s`, target: 'reported', met: null },
    );
  } else {
    figures.push({ figure: 'Outbox append and pack import in Chromium', ratio: null, a: 'not measured', b: '', target: 'reported', met: null, note: device.skipped });
  }

  console.log(renderTable(figures));
  for (const f of figures) if (f.note) console.log(`- ${f.figure}: ${f.note}`);
  console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, Node ${machine.node}, ${machine.os}; load average ${machine.load1} at start, ${describeMachine().load1} at end`);
  console.log(`Sizes: ${config.runs} runs × ${fmt(config.batches * 500)} events per ingest figure (median shown); storm ${fmt(config.storm.devices)} devices × ${fmt(config.storm.backlog)} events.`);

  // BENCH_RESULTS=<file> keeps a partial or profiling run from replacing the committed results.
  const out = process.env.BENCH_RESULTS ?? join(ROOT, 'bench', 'results.json');
  mkdirSync(dirname(out), { recursive: true });
  const results = { startedAt, machine, config, figures, raw: { sqlite, postgres, storm: stormResult, firstScreen: screen, device } };
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${out}`);
}

await main();
