-- The lesson pack catalogue: one row per published pack version. The zip itself lives in
-- <DATA_DIR>/packs/<file_name>, written before its row, so a row always names a whole file.
-- JSON is stored as TEXT and times as ISO 8601 UTC text, so both engines read the same values.
CREATE TABLE packs (
  id TEXT NOT NULL,
  version TEXT NOT NULL,
  publisher_key_id TEXT NOT NULL,
  -- JSON object, language code to title: {"ar": "…", "fr": "…", "en": "…"}
  titles TEXT NOT NULL,
  -- JSON array of language codes, in the author's order
  languages TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  -- SHA-256 of the zip file, 64 lowercase hex digits; also the download's ETag
  sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  published_at TEXT NOT NULL,
  PRIMARY KEY (id, version)
);
