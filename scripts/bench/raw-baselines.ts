/**
 * The raw-database baselines the server's ingest is divided by: the same rows, in a table made
 * from the same DDL as the server's `events` (migration 004), inserted with multi-row statements
 * in ONE transaction, with the same durability the server runs with (SQLite WAL +
 * synchronous=FULL; PostgreSQL defaults). No validation, no dedupe lookups, no sequence, no HTTP.
 * PostgreSQL has two: multi-row INSERT … ON CONFLICT DO NOTHING, and raw `COPY … FROM STDIN`
 * (pg-copy-streams), the fastest way in that issue #8 names.
 */
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { EVENT_COLUMNS, type EventRow } from './bench-events';

const MIGRATION = new URL('../../server/storage/migrations/004-sync.sql', import.meta.url);
const ROWS_PER_STATEMENT = 500;

/** `CREATE TABLE events …` and its indexes, exactly as the server's migration writes them. */
export function eventsTableDdl(): string[] {
  const sql = readFileSync(MIGRATION, 'utf8');
  const table = /CREATE TABLE events \([\s\S]*?\n\);/.exec(sql)?.[0];
  const indexes = sql.match(/CREATE (?:UNIQUE )?INDEX events_\w+ ON events \([^)]*\);/g) ?? [];
  if (!table || indexes.length === 0) throw new Error('events DDL not found in migration 004');
  return [table, ...indexes];
}

function placeholders(rows: number, style: 'sqlite' | 'pg'): string {
  const cols = 13;
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const one: string[] = [];
    for (let c = 0; c < cols; c++) one.push(style === 'sqlite' ? '?' : `$${r * cols + c + 1}`);
    out.push(`(${one.join(', ')})`);
  }
  return out.join(', ');
}

export interface RawSqlite {
  /** Inserts all rows in one transaction; returns the seconds it took. */
  insert(rows: readonly EventRow[]): number;
  close(): void;
}

export function openRawSqlite(dir: string): RawSqlite {
  const db = new Database(join(dir, 'raw.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  for (const statement of eventsTableDdl()) db.exec(statement);
  const statements = new Map<number, Database.Statement>();
  const statementFor = (n: number) => {
    let s = statements.get(n);
    if (!s) statements.set(n, (s = db.prepare(`INSERT OR IGNORE INTO events (${EVENT_COLUMNS}) VALUES ${placeholders(n, 'sqlite')}`)));
    return s;
  };
  const all = db.transaction((rows: readonly EventRow[]) => {
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
      statementFor(chunk.length).run(...chunk.flat());
    }
  });
  return {
    insert(rows) {
      const started = performance.now();
      all.immediate(rows);
      return (performance.now() - started) / 1000;
    },
    close: () => db.close(),
  };
}

export interface RawPostgres {
  insert(rows: readonly EventRow[]): Promise<number>;
  /** The same rows with `COPY events FROM STDIN` (text format) in one transaction; seconds. */
  copy(rows: readonly EventRow[]): Promise<number>;
  close(): Promise<void>;
}

/** One value in COPY's text format: backslash, tab, newline and carriage return escaped. */
function copyField(value: string | number): string {
  return String(value).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** The rows as COPY text lines, a chunk of rows per string so the stream is not a million tiny writes. */
export function* copyText(rows: readonly EventRow[], perChunk = 500): Generator<string> {
  for (let i = 0; i < rows.length; i += perChunk) {
    let chunk = '';
    for (const row of rows.slice(i, i + perChunk)) chunk += row.map(copyField).join('\t') + '\n';
    yield chunk;
  }
}

/** In its own schema of the bench's cluster, beside (never inside) the server's tables; COPY gets another, since it cannot skip rows already held. */
export async function openRawPostgres(url: string, schema = 'bench_raw'): Promise<RawPostgres> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(`SET search_path = ${schema}`);
  // The server's events table has a foreign key nowhere; its DDL runs as written.
  for (const statement of eventsTableDdl()) await client.query(statement);
  return {
    async insert(rows) {
      const started = performance.now();
      await client.query('BEGIN');
      for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
        const chunk = rows.slice(i, i + ROWS_PER_STATEMENT);
        await client.query({ text: `INSERT INTO events (${EVENT_COLUMNS}) VALUES ${placeholders(chunk.length, 'pg')} ON CONFLICT DO NOTHING`, values: chunk.flat() });
      }
      await client.query('COMMIT');
      return (performance.now() - started) / 1000;
    },
    async copy(rows) {
      const started = performance.now(); // writing the text is part of COPY's client work, as flattening parameters is the insert's
      await client.query('BEGIN');
      await pipeline(Readable.from(copyText(rows)), client.query(copyFrom(`COPY events (${EVENT_COLUMNS}) FROM STDIN`)));
      await client.query('COMMIT');
      return (performance.now() - started) / 1000;
    },
    async close() {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    },
  };
}
