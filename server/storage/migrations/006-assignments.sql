-- Assignments (issue 7): what teachers set for a class, a group or some learners, as devices push
-- them, and the completions that school reports count them with (docs/assignments.md). Portable
-- SQL like 004 and 005; school_id leads every primary key, so Citus can distribute by school.

-- The winning version of each assignment (compareAssignmentVersions in src/core/assignments).
-- record is the whole assignment as JSON text, as devices pull it; the other columns are read
-- from it when it is stored, for pulls (server_seq, class_id) and reports (item, target, day).
-- server_seq is the school's sequence (school_counters), taken anew by each winning version.
-- created_day is the UTC day of createdAt, clamped to the year before received_at (its first
-- arrival), like an event's day. quiz_id is '' for a lesson. cancelled is 0 or 1.
CREATE TABLE assignments (
  school_id TEXT NOT NULL,
  id TEXT NOT NULL,
  class_id TEXT NOT NULL,
  revision INTEGER NOT NULL,
  updated_at BIGINT NOT NULL,
  digest TEXT NOT NULL,
  record TEXT NOT NULL,
  server_seq BIGINT NOT NULL,
  cancelled INTEGER NOT NULL,
  target_kind TEXT NOT NULL,
  item_kind TEXT NOT NULL,
  pack_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  quiz_id TEXT NOT NULL,
  created_by TEXT NOT NULL,
  created_day TEXT NOT NULL,
  received_at TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  server_device_id TEXT NOT NULL,
  PRIMARY KEY (school_id, id)
);
CREATE UNIQUE INDEX assignments_pull ON assignments (school_id, server_seq);
CREATE INDEX assignments_report ON assignments (school_id, class_id, created_day);

-- The learners a group or learners target names (none for a class target, which is the class's
-- roster at the time of reading). Replaced with each winning version.
CREATE TABLE assignment_learners (
  school_id TEXT NOT NULL,
  assignment_id TEXT NOT NULL,
  learner_id TEXT NOT NULL,
  PRIMARY KEY (school_id, assignment_id, learner_id)
);

-- Which lessons and quizzes each learner has completed (lesson.completed, quiz.completed), at
-- any time: an assignment is done by a learner who has a row for its item. Folded with the other
-- aggregates (server/reports/fold-new-events.ts); first_day is the first completion's day and
-- class_id the learner's class when first folded.
CREATE TABLE agg_learner_item (
  school_id TEXT NOT NULL,
  learner_id TEXT NOT NULL,
  item_kind TEXT NOT NULL,
  pack_id TEXT NOT NULL,
  lesson_id TEXT NOT NULL,
  quiz_id TEXT NOT NULL,
  class_id TEXT NOT NULL,
  first_day TEXT NOT NULL,
  PRIMARY KEY (school_id, learner_id, item_kind, pack_id, lesson_id, quiz_id)
);

-- The fold gained agg_learner_item: forget what was folded, so the next fold rebuilds every
-- aggregate from the first event (docs/reports.md, "Rebuilding").
DELETE FROM agg_class_week;
DELETE FROM agg_learner_week;
DELETE FROM agg_learner_skill;
DELETE FROM report_watermarks;
