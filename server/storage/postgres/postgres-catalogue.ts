/** The pack catalogue's queries on PostgreSQL: the same SQL as sqlite-catalogue.ts. */
import type pg from 'pg';
import type { CatalogueEntry, Storage } from '../storage';
import { allRows, oneRow, run } from './postgres-rows';

interface PackRow {
  id: string;
  version: string;
  publisher_key_id: string;
  titles: string;
  languages: string;
  /** BIGINT: node-postgres hands 64-bit integers over as text. */
  size_bytes: string | number;
  sha256: string;
  file_name: string;
  published_at: string;
}

const COLUMNS = 'id, version, publisher_key_id, titles, languages, size_bytes, sha256, file_name, published_at';

type CatalogueMethods = Pick<Storage, 'publishPack' | 'listPacks' | 'getPack'>;

export function postgresCatalogue(pool: pg.Pool): CatalogueMethods {
  const getPack = async (id: string, version: string) => {
    const row = await oneRow<PackRow>(pool, `SELECT ${COLUMNS} FROM packs WHERE id = ? AND version = ?`, id, version);
    return row ? toEntry(row) : undefined;
  };
  return {
    // No transaction needed: a row is never changed once written, so reading it after the conflict is safe.
    publishPack: async (entry) => {
      const inserted = await run(
        pool,
        `INSERT INTO packs (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id, version) DO NOTHING`,
        entry.id,
        entry.version,
        entry.publisherKeyId,
        JSON.stringify(entry.titles),
        JSON.stringify(entry.languages),
        entry.sizeBytes,
        entry.sha256,
        entry.fileName,
        entry.publishedAt,
      );
      if (inserted === 1) return { kind: 'published' };
      return { kind: 'exists', current: (await getPack(entry.id, entry.version))! }; // the conflict means the row is there
    },
    listPacks: async () => (await allRows<PackRow>(pool, `SELECT ${COLUMNS} FROM packs ORDER BY id, published_at, version`)).map(toEntry),
    getPack,
  };
}

function toEntry(row: PackRow): CatalogueEntry {
  return {
    id: row.id,
    version: row.version,
    publisherKeyId: row.publisher_key_id,
    titles: JSON.parse(row.titles) as Record<string, string>, // written by publishPack from a verified manifest
    languages: JSON.parse(row.languages) as string[], // likewise
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    fileName: row.file_name,
    publishedAt: row.published_at,
  };
}
