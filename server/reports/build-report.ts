/**
 * Shapes the aggregates into a report answer: per group (a school, or a class of one school) the
 * totals over the range, every week of the range (weeks without activity as zeros) and mastery
 * per skill, and assignment completion. `suppressSmall` applies the privacy rule (docs/privacy.md): numbers about 1–4
 * learners become `{ suppressed: true }`. Counts only, never ratios, so nothing is ever NaN.
 */
import {
  FIRST_DAY, isSmallGroup, LAST_DAY, weeksBetween, type AssignmentNumbers, type DayRange, type GroupNumbers, type SkillEntry, type WeekEntry,
} from '../../src/core/school-reports/index';
import type { AssignmentAggregate, RangeAggregate, ReportAggregates, SkillAggregate, WeekAggregate } from '../storage/report-storage';

const sameGroup = (schoolId: string, classId: string | null) => (row: { schoolId: string; classId: string | null }) =>
  row.schoolId === schoolId && (classId === null || row.classId === classId);

/** The weeks to show: the asked range, or where there is data when an end is open. */
export function reportWeeks(range: DayRange, weeks: readonly WeekAggregate[]): string[] {
  const present = weeks.map((w) => w.week).sort();
  const first = range.fromDay !== FIRST_DAY ? range.fromDay : present[0];
  const last = range.toDay !== LAST_DAY ? range.toDay : present[present.length - 1];
  return first && last && first <= last ? weeksBetween(first, last) : [];
}

/** A group's assignment completion; assignments for 1–4 distinct learners are suppressed when asked. */
export function assignmentNumbers(rows: readonly AssignmentAggregate[], schoolId: string, classId: string | null, suppressSmall: boolean): AssignmentNumbers {
  const found = rows.find(sameGroup(schoolId, classId));
  if (found && suppressSmall && isSmallGroup(found.learners)) return { suppressed: true };
  return { suppressed: false, assignments: found?.assignments ?? 0, assignedLearners: found?.assignedLearners ?? 0, completed: found?.completed ?? 0 };
}

export function groupNumbers(
  aggregates: ReportAggregates, assignments: readonly AssignmentAggregate[], schoolId: string, classId: string | null, weeks: readonly string[], suppressSmall: boolean,
): GroupNumbers {
  const inGroup = sameGroup(schoolId, classId);
  const total: RangeAggregate | undefined = aggregates.totals.find(inGroup);
  const byWeek = new Map(aggregates.weeks.filter(inGroup).map((w) => [w.week, w]));
  const toWeek = (week: string): WeekEntry => {
    const found = byWeek.get(week);
    if (found && suppressSmall && isSmallGroup(found.activeLearners)) return { week, suppressed: true };
    return { week, suppressed: false, activeLearners: found?.activeLearners ?? 0, lessonsCompleted: found?.lessonsCompleted ?? 0, quizzesCompleted: found?.quizzesCompleted ?? 0 };
  };
  const toSkill = ({ packId, skill, practised, mastered }: SkillAggregate): SkillEntry =>
    suppressSmall && isSmallGroup(practised) ? { packId, skill, suppressed: true } : { packId, skill, suppressed: false, practised, mastered };
  return {
    activeLearners: total?.activeLearners ?? 0,
    lessonsCompleted: total?.lessonsCompleted ?? 0,
    quizzesCompleted: total?.quizzesCompleted ?? 0,
    answers: total?.answers ?? 0,
    weeks: weeks.map(toWeek),
    skills: aggregates.skills.filter(inGroup).map(toSkill),
    assignments: assignmentNumbers(assignments, schoolId, classId, suppressSmall),
  };
}

export interface PackInfo {
  id: string;
  /** Language → title, from the newest published version; empty when the catalogue no longer has the pack. */
  titles: Record<string, string>;
  inCatalogue: boolean;
}

export function packInfos(packIds: readonly string[], catalogue: readonly { id: string; titles: Record<string, string> }[]): PackInfo[] {
  const titles = new Map<string, Record<string, string>>();
  for (const entry of catalogue) titles.set(entry.id, entry.titles); // oldest first: the newest version wins
  return packIds.map((id) => ({ id, titles: titles.get(id) ?? {}, inCatalogue: titles.has(id) }));
}
