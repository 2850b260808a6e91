-- Schools, accounts, devices and enrolment (issue 5). Portable SQL, times as ISO 8601 UTC text
-- (they sort as strings), JSON as TEXT. Rows that belong to a school carry school_id first in
-- their primary key, so a Citus deployment can distribute them by school without new keys.
CREATE TABLE schools (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE classes (
  school_id TEXT NOT NULL REFERENCES schools (id),
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (school_id, id)
);
CREATE UNIQUE INDEX classes_id ON classes (id);

-- Coordinators and teachers. A teacher belongs to one school (school_id); a coordinator's
-- schools are in coordinator_schools, or every school when all_schools = 1.
-- password_hash is "scrypt$N$r$p$salt$hash" (server/auth/passwords.ts).
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  login TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('coordinator', 'teacher')),
  school_id TEXT REFERENCES schools (id),
  all_schools INTEGER NOT NULL DEFAULT 0,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  disabled_at TEXT
);

CREATE TABLE coordinator_schools (
  school_id TEXT NOT NULL REFERENCES schools (id),
  user_id TEXT NOT NULL REFERENCES users (id),
  PRIMARY KEY (school_id, user_id)
);

CREATE TABLE teacher_classes (
  school_id TEXT NOT NULL,
  class_id TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users (id),
  PRIMARY KEY (school_id, class_id, user_id),
  FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id)
);

CREATE TABLE roster_learners (
  school_id TEXT NOT NULL,
  class_id TEXT NOT NULL,
  id TEXT NOT NULL,
  display_name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (school_id, id),
  FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id)
);

-- Only the SHA-256 of a session token is stored: a copy of the database signs nobody in.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE devices (
  school_id TEXT NOT NULL REFERENCES schools (id),
  id TEXT NOT NULL,
  class_id TEXT,
  credential_hash TEXT NOT NULL UNIQUE,
  enrolled_at TEXT NOT NULL,
  revoked_at TEXT,
  last_seen_at TEXT,
  PRIMARY KEY (school_id, id)
);
CREATE UNIQUE INDEX devices_id ON devices (id);

CREATE TABLE enrolment_codes (
  code_hash TEXT PRIMARY KEY,
  school_id TEXT NOT NULL REFERENCES schools (id),
  class_id TEXT,
  created_by TEXT REFERENCES users (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT,
  used_by_device TEXT
);

-- The one-time code that creates the first coordinator when SABIL_DEMO=0.
CREATE TABLE setup_codes (
  code_hash TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);

-- Failed attempts per key ("sign-in:address:…", "sign-in:login:…", "enrol:address:…").
CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  window_start TEXT NOT NULL,
  count INTEGER NOT NULL,
  locked_until TEXT
);

-- Who did what, when. school_id scopes what a coordinator may read; null for actions on no
-- school (a coordinator created by the admin command). actor_user_id is null for the admin CLI.
CREATE TABLE audit_log (
  id TEXT PRIMARY KEY,
  at TEXT NOT NULL,
  actor_user_id TEXT,
  school_id TEXT,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  details TEXT NOT NULL
);
CREATE INDEX audit_log_school_at ON audit_log (school_id, at);
