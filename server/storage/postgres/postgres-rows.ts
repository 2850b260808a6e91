/**
 * Typed queries on PostgreSQL with the same `?` placeholders as the SQLite code, so both engines
 * read the same SQL text; `toPositional` turns them into `$1, $2…` in this one place. Also the
 * transaction helper every multi-statement write goes through.
 */
import type pg from 'pg';

export type Param = string | number | null;

/** A pool or one client taken from it (inside a transaction): both answer `query`. */
export interface Queryable {
  query(text: string, values?: unknown[]): Promise<pg.QueryResult>;
}

/** Replaces each `?` outside quotes ('text', "identifier") and comments with `$n`, in order. */
export function toPositional(sql: string): string {
  let out = '';
  let n = 0;
  let quote: "'" | '"' | '--' | undefined;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i];
    if (quote === '--') {
      if (char === '\n') quote = undefined;
    } else if (quote) {
      if (char === quote) quote = undefined; // a doubled quote closes and reopens: same result
    } else if (char === "'" || char === '"') {
      quote = char;
    } else if (char === '-' && sql[i + 1] === '-') {
      quote = '--';
    } else if (char === '?') {
      out += `$${++n}`;
      continue;
    }
    out += char;
  }
  return out;
}

export async function allRows<T>(db: Queryable, sql: string, ...params: Param[]): Promise<T[]> {
  return (await db.query(toPositional(sql), params)).rows as T[]; // the caller's SELECT names exactly T's fields (quoted aliases keep their case)
}

export async function oneRow<T>(db: Queryable, sql: string, ...params: Param[]): Promise<T | undefined> {
  return (await allRows<T>(db, sql, ...params))[0];
}

/** Runs a write and returns how many rows it touched. */
export async function run(db: Queryable, sql: string, ...params: Param[]): Promise<number> {
  return (await db.query(toPositional(sql), params)).rowCount ?? 0;
}

/**
 * Runs `work` in one READ COMMITTED transaction on one client. Writes that must not race lock
 * what they read (`SELECT … FOR UPDATE`) or use a conditional UPDATE, rather than a stricter
 * isolation level that would make callers retry.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined); // the first error is the one to report
    throw error;
  } finally {
    client.release();
  }
}

/** `?, ?, ?` for an IN list: the same text SQLite runs. */
export function placeholders(values: readonly unknown[]): string {
  return values.length === 0 ? 'NULL' : values.map(() => '?').join(', ');
}

/** PostgreSQL's SQLSTATE for a unique constraint that refused a row. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error) || error.code !== '23505') return false;
  return constraint === undefined || ('constraint' in error && error.constraint === constraint);
}

/** PostgreSQL's limit on the parameters of one statement (their count is sent as 16 bits). */
export const MAX_PARAMS = 65_535;

/** Cuts `items` into runs of at most `size`, so each statement stays under MAX_PARAMS. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * `INSERT … VALUES (?, …), (?, …) <tail>` for many rows of the same width, in as few statements as
 * MAX_PARAMS allows; returns the rows RETURNING in `tail` gave, in order.
 */
export async function insertMany<T>(db: Queryable, head: string, rows: readonly Param[][], tail = ''): Promise<T[]> {
  const width = rows[0]?.length ?? 0;
  if (width === 0) return [];
  const returned: T[] = [];
  for (const part of chunks(rows, Math.floor(MAX_PARAMS / width))) {
    const tuple = `(${placeholders(part[0]!)})`; // every row has `width` values
    returned.push(...(await allRows<T>(db, `${head} VALUES ${part.map(() => tuple).join(', ')} ${tail}`, ...part.flat())));
  }
  return returned;
}
