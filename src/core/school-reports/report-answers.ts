/**
 * The shapes of the coordinator's report and sync-health answers (docs/reports.md), shared by the
 * server that builds them and the screens that show them. Numbers about 1–4 learners come as
 * `{ suppressed: true }` (docs/privacy.md).
 */
export type WeekEntry =
  | { week: string; suppressed: false; activeLearners: number; lessonsCompleted: number; quizzesCompleted: number }
  | { week: string; suppressed: true };

export type SkillEntry =
  | { packId: string; skill: string; suppressed: false; practised: number; mastered: number }
  | { packId: string; skill: string; suppressed: true };

/**
 * Assignment completion (docs/reports.md): of the assignments set in the dates (not cancelled),
 * how many there are, the learners they are for (summed over assignments) and how many of those
 * have done them. Suppressed when the assignments are for 1–4 distinct learners.
 */
export type AssignmentNumbers =
  | { suppressed: false; assignments: number; assignedLearners: number; completed: number }
  | { suppressed: true };

export interface GroupNumbers {
  activeLearners: number;
  lessonsCompleted: number;
  quizzesCompleted: number;
  answers: number;
  weeks: WeekEntry[];
  skills: SkillEntry[];
  assignments: AssignmentNumbers;
}

export interface DeviceHealth {
  deviceId: string;
  schoolId: string;
  classId: string | null;
  className: string | null;
  enrolledAt: string;
  revoked: boolean;
  /** The later of the last request and the last push; null when never seen. */
  lastSeenAt: string | null;
  appVersion: string | null;
  eventsWaiting: number | null;
  storageFreeBytes: number | null;
  clockSkewMs: number | null;
  quarantined: number;
  silent: boolean;
  /** Whole days since last seen (or since enrolled, when never seen). */
  daysSilent: number;
}

export interface SchoolHealth {
  schoolId: string;
  name: string;
  devices: number;
  revoked: number;
  silent: number;
  eventsWaiting: number;
  quarantined: number;
  lastSeenAt: string | null;
}
