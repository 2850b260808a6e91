/** Typed reads for the account queries, whose SELECTs alias columns to the interface's names. */
import type Database from 'better-sqlite3';

type Param = string | number | null;

export function allRows<T>(db: Database.Database, sql: string, ...params: Param[]): T[] {
  return db.prepare(sql).all(...params) as T[]; // the caller's SELECT names exactly T's fields
}

export function oneRow<T>(db: Database.Database, sql: string, ...params: Param[]): T | undefined {
  return db.prepare(sql).get(...params) as T | undefined; // likewise
}

/** `?, ?, ?` for an IN list: portable, unlike SQLite's json_each or PostgreSQL's ANY(array). */
export function placeholders(values: readonly unknown[]): string {
  return values.length === 0 ? 'NULL' : values.map(() => '?').join(', ');
}
