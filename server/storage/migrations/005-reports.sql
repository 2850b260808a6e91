-- School-wide reports (issue 7): aggregates kept by an incremental job (server/reports/), never
-- recomputed from all events for a page view (docs/reports.md, "School-wide reports"). Portable
-- SQL like 003 and 004; school_id first in every primary key, so Citus can distribute by school.

-- How far each school's events are folded: every event with server_seq <= folded_seq is counted
-- in the tables below, exactly once. Deleting a school's row (and its aggregate rows) rebuilds it.
CREATE TABLE report_watermarks (
  school_id TEXT NOT NULL,
  folded_seq BIGINT NOT NULL,
  folded_at TEXT NOT NULL,
  PRIMARY KEY (school_id)
);

-- Per class, ISO week (named by its Monday; of the device's clock, clamped to the year before
-- arrival) and pack: how many learners were active, and the events, lessons completed, quizzes
-- completed and answers. pack_id '' is every pack together, so a learner who used two packs in a
-- week counts once there. A report's weeks read only these small rows.
CREATE TABLE agg_class_week (
  school_id TEXT NOT NULL,
  class_id TEXT NOT NULL,
  week TEXT NOT NULL,
  pack_id TEXT NOT NULL,
  active_learners INTEGER NOT NULL,
  events INTEGER NOT NULL,
  lessons_completed INTEGER NOT NULL,
  quizzes_completed INTEGER NOT NULL,
  answers INTEGER NOT NULL,
  PRIMARY KEY (school_id, class_id, week, pack_id)
);

-- Which learners were active in which week and pack ('' = any): the set that makes
-- agg_class_week.active_learners count each learner once, and that counts distinct learners over
-- a range of weeks. class_id is the learner's class when the week was first folded.
CREATE TABLE agg_learner_week (
  school_id TEXT NOT NULL,
  learner_id TEXT NOT NULL,
  week TEXT NOT NULL,
  pack_id TEXT NOT NULL,
  class_id TEXT NOT NULL,
  PRIMARY KEY (school_id, learner_id, week, pack_id)
);
CREATE INDEX agg_learner_week_by_week ON agg_learner_week (school_id, pack_id, week, class_id, learner_id);

-- Per learner and skill of a pack: the first day practised (a first-try answer or the mastery
-- itself) and the first day mastered (null while not mastered).
CREATE TABLE agg_learner_skill (
  school_id TEXT NOT NULL,
  learner_id TEXT NOT NULL,
  pack_id TEXT NOT NULL,
  skill TEXT NOT NULL,
  class_id TEXT NOT NULL,
  first_day TEXT NOT NULL,
  mastered_day TEXT,
  PRIMARY KEY (school_id, learner_id, pack_id, skill)
);
CREATE INDEX agg_learner_skill_by_skill ON agg_learner_skill (school_id, pack_id, skill);

-- The sync health view counts each device's quarantined events.
CREATE INDEX quarantine_by_device ON quarantine (school_id, server_device_id);
