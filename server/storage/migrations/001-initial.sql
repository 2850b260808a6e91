-- Portable SQL: SQLite and PostgreSQL both run every file in this folder, in order.
-- A shipped migration is never edited; the next change is the next file.

-- Facts about this installation, such as its instance id (created at first start).
CREATE TABLE server_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
