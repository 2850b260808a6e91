-- Sync (issue 6): learner events from devices, what was refused, each device's sync state, and
-- one change counter per school. Portable SQL like 003 (PostgreSQL runs the same text); every
-- table that grows with learners or devices has school_id first in its primary key, so Citus can
-- distribute them by school.

-- The per-school sequence that orders every change a device may pull (events, roster learners).
-- A pull cursor is a value of it, never a device clock. next_seq is the value the next change takes.
CREATE TABLE school_counters (
  school_id TEXT NOT NULL REFERENCES schools (id),
  next_seq INTEGER NOT NULL,
  PRIMARY KEY (school_id)
);

-- Learner events, immutable: inserted once (ON CONFLICT DO NOTHING), never updated.
-- at_device is the device's clock (ms), recorded and never trusted; received_at and server_seq
-- are the server's. digest = SHA-256 of the event's canonical JSON (src/core/events), which tells
-- a retry from an id reused with other content. data is the event's data as JSON text.
CREATE TABLE events (
  school_id TEXT NOT NULL,
  id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  epoch INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  learner_id TEXT NOT NULL,
  type TEXT NOT NULL,
  at_device BIGINT NOT NULL,
  received_at TEXT NOT NULL,
  server_seq BIGINT NOT NULL,
  digest TEXT NOT NULL,
  data TEXT NOT NULL,
  server_device_id TEXT NOT NULL,
  PRIMARY KEY (school_id, id)
);
CREATE UNIQUE INDEX events_pull ON events (school_id, server_seq);
CREATE INDEX events_learner ON events (school_id, learner_id, server_seq);
-- Finds another event holding the same (device, epoch, seq): a copied or restored device database.
CREATE INDEX events_device_seq ON events (school_id, device_id, epoch, seq);

-- Events refused and acknowledged, so one bad event cannot block the rest of a device's outbox.
-- event_id is the event's id when it had one ('' otherwise); raw_digest is the SHA-256 of the
-- event as received, so a retried bad event is recorded once. raw is the event as received.
CREATE TABLE quarantine (
  school_id TEXT NOT NULL,
  event_id TEXT NOT NULL,
  raw_digest TEXT NOT NULL,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL,
  received_at TEXT NOT NULL,
  server_device_id TEXT NOT NULL,
  raw TEXT NOT NULL,
  PRIMARY KEY (school_id, event_id, raw_digest)
);

-- What each enrolled device last told the server, for the coordinator's view of silent or full
-- devices. device_id is the server's device id (devices.id); local_device_id the device's own.
CREATE TABLE device_sync_state (
  school_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  local_device_id TEXT,
  epoch INTEGER,
  last_push_at TEXT,
  last_pull_at TEXT,
  app_version TEXT,
  outbox_waiting INTEGER,
  storage_free_bytes BIGINT,
  clock_skew_ms BIGINT,
  copied_reports INTEGER NOT NULL DEFAULT 0,
  last_copied_at TEXT,
  PRIMARY KEY (school_id, device_id)
);

-- The highest seq held per local (device, epoch): the watermark a copied database falls behind.
CREATE TABLE device_epochs (
  school_id TEXT NOT NULL,
  local_device_id TEXT NOT NULL,
  epoch INTEGER NOT NULL,
  max_seq BIGINT NOT NULL,
  PRIMARY KEY (school_id, local_device_id, epoch)
);

-- Roster changes take the school's next sequence too, so a pull sees them with one comparison.
-- Learners added before this migration get 0: a device's first pull (cursor null) sends them all.
ALTER TABLE roster_learners ADD COLUMN server_seq BIGINT NOT NULL DEFAULT 0;
CREATE INDEX roster_learners_seq ON roster_learners (school_id, server_seq);

INSERT INTO school_counters (school_id, next_seq) SELECT id, 1 FROM schools;
