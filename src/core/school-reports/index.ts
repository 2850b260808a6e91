/** Pure parts of the school-wide reports (docs/reports.md, "School-wide reports"): days, the fold, the privacy rule. */
export { DAY_MS, MAX_OFFLINE_MS, FIRST_DAY, LAST_DAY, utcDay, eventDay, weekOf, weeksBetween, toDayRange, type DayRange, type DayRangeResult } from './report-days';
export { ALL_PACKS, foldEvents, type FoldRow, type FoldDelta, type ClassWeekDelta, type LearnerWeek, type LearnerSkillDelta, type LearnerItemDelta } from './fold-events';
export { MIN_GROUP_SIZE, isSmallGroup } from './suppression';
export type { WeekEntry, SkillEntry, AssignmentNumbers, GroupNumbers, DeviceHealth, SchoolHealth } from './report-answers';
