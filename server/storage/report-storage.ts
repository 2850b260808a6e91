/**
 * What the school-wide reports and the sync health view ask of the database (migration 005,
 * docs/reports.md "School-wide reports"). Events are folded into aggregate tables a page at a
 * time, each page in one transaction with the school's watermark; reports read only those tables.
 */
import type { FoldDelta, FoldRow } from '../../src/core/school-reports/index';

export interface ReportFilter {
  schoolIds: readonly string[];
  /** UTC days, inclusive. */
  fromDay: string;
  toDay: string;
  packId?: string;
  classId?: string;
  /** One row per class of each school, or one per school. */
  byClass: boolean;
}

interface Group {
  schoolId: string;
  /** Null when rows are per school. '' for learners no longer on the roster when folded. */
  classId: string | null;
}

export interface WeekAggregate extends Group {
  /** The Monday of the ISO week. */
  week: string;
  activeLearners: number;
  lessonsCompleted: number;
  quizzesCompleted: number;
}

export interface RangeAggregate extends Group {
  activeLearners: number;
  lessonsCompleted: number;
  quizzesCompleted: number;
  answers: number;
}

export interface SkillAggregate extends Group {
  packId: string;
  skill: string;
  /** Learners who had practised the skill by the end of the range (mastered or not). */
  practised: number;
  /** Of those, learners who had mastered it by then. */
  mastered: number;
}

/** Assignment completion of a group (docs/reports.md): cancelled assignments are not counted. */
export interface AssignmentAggregate extends Group {
  assignments: number;
  /** Summed over the assignments: a learner given two counts twice. */
  assignedLearners: number;
  /** Of those, the ones who have completed the assignment's item. */
  completed: number;
  /** Distinct learners the assignments are for: the group size the privacy rule looks at. */
  learners: number;
}

export interface ReportAggregates {
  weeks: WeekAggregate[];
  totals: RangeAggregate[];
  skills: SkillAggregate[];
  /** Every pack the schools' events name, whatever the filter: for the pack filter's choices. */
  packIds: string[];
}

export interface DeviceHealthRow {
  schoolId: string;
  deviceId: string;
  classId: string | null;
  enrolledAt: string;
  revokedAt: string | null;
  lastSeenAt: string | null;
  lastPushAt: string | null;
  appVersion: string | null;
  outboxWaiting: number | null;
  storageFreeBytes: number | null;
  clockSkewMs: number | null;
  quarantined: number;
}

export interface FoldPageOutcome {
  /** Events read past the watermark (fewer than the limit: the school is folded up to date). */
  read: number;
  skipped: number;
}

export interface ReportStorage {
  /**
   * In one transaction: reads up to `limit` events of the school past its watermark, adds what
   * `fold` makes of them to the aggregates, and moves the watermark past them. Concurrent calls
   * for one school wait for each other, so an event is never counted twice.
   */
  foldEventPage(schoolId: string, limit: number, at: string, fold: (rows: FoldRow[]) => FoldDelta): Promise<FoldPageOutcome>;
  /** Reads only the aggregate tables (a test checks this). */
  readReportAggregates(filter: ReportFilter): Promise<ReportAggregates>;
  /**
   * Assignment completion per group, from assignments, their listed learners, the roster (a
   * class target) and agg_learner_item: never the events. Fold the schools first.
   */
  readAssignmentCompletion(filter: ReportFilter): Promise<AssignmentAggregate[]>;
  /** Every enrolled device of the schools (revoked ones too), with what it last reported. */
  listDeviceHealth(schoolIds: readonly string[]): Promise<DeviceHealthRow[]>;
  /** Forgets a school's aggregates and watermark: the next fold rebuilds them from its events. */
  resetReportAggregates(schoolId: string): Promise<void>;
}
