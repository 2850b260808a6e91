/** The pack catalogue's queries on SQLite. Plain portable SQL, so PostgreSQL runs the same text. */
import type Database from 'better-sqlite3';
import type { CatalogueEntry, PublishOutcome, Storage } from '../storage';

interface PackRow {
  id: string;
  version: string;
  publisher_key_id: string;
  titles: string;
  languages: string;
  size_bytes: number;
  sha256: string;
  file_name: string;
  published_at: string;
}

const COLUMNS = 'id, version, publisher_key_id, titles, languages, size_bytes, sha256, file_name, published_at';

type CatalogueMethods = Pick<Storage, 'publishPack' | 'listPacks' | 'getPack'>;

export function sqliteCatalogue(db: Database.Database): CatalogueMethods {
  const insert = db.prepare(`INSERT INTO packs (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id, version) DO NOTHING`);
  const selectOne = db.prepare(`SELECT ${COLUMNS} FROM packs WHERE id = ? AND version = ?`);
  const selectAll = db.prepare(`SELECT ${COLUMNS} FROM packs ORDER BY id, published_at, version`);

  const getRow = (id: string, version: string) => selectOne.get(id, version) as PackRow | undefined; // the columns above
  const publish = db.transaction((entry: CatalogueEntry): PublishOutcome => {
    const { changes } = insert.run(
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
    if (changes === 1) return { kind: 'published' };
    return { kind: 'exists', current: toEntry(getRow(entry.id, entry.version)!) }; // the conflict means the row is there
  });

  return {
    publishPack: async (entry) => publish.immediate(entry),
    listPacks: async () => (selectAll.all() as PackRow[]).map(toEntry), // the columns above
    getPack: async (id, version) => {
      const row = getRow(id, version);
      return row ? toEntry(row) : undefined;
    },
  };
}

function toEntry(row: PackRow): CatalogueEntry {
  return {
    id: row.id,
    version: row.version,
    publisherKeyId: row.publisher_key_id,
    titles: JSON.parse(row.titles) as Record<string, string>, // written by publishPack from a verified manifest
    languages: JSON.parse(row.languages) as string[], // likewise
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    fileName: row.file_name,
    publishedAt: row.published_at,
  };
}
