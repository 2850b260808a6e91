/**
 * `GET /reports/schools` (every school the coordinator may see, groups of 1–4 learners
 * suppressed) and `GET /reports/schools/:schoolId` (one school, per class, not suppressed, never a
 * learner's name). Both fold the schools' new events first, then read only the aggregate tables,
 * and assignment completion from the assignments and the completions folded (docs/reports.md).
 */
import { isSmallGroup } from '../../src/core/school-reports/index';
import { requireRole } from '../auth/scope';
import { param, type ApiContext } from '../api/api-context';
import type { ApiDeps } from '../api/api-context';
import { findClassOfSchool, findSchool } from '../api/lookups';
import type { RouteSpec } from '../api/route-spec';
import type { AssignmentAggregate, ReportAggregates, ReportFilter } from '../storage/report-storage';
import { groupNumbers, packInfos, reportWeeks } from './build-report';
import { foldNewEvents } from './fold-new-events';
import { readReportQuery, type ReportQuery } from './report-query';

const toFilter = (schoolIds: readonly string[], query: ReportQuery, byClass: boolean): ReportFilter => ({
  schoolIds, fromDay: query.range.fromDay, toDay: query.range.toDay, byClass,
  ...(query.packId ? { packId: query.packId } : {}), ...(query.classId ? { classId: query.classId } : {}),
});

async function readAggregates(deps: ApiDeps, schoolIds: readonly string[], query: ReportQuery, byClass: boolean): Promise<{ numbers: ReportAggregates; assignments: AssignmentAggregate[] }> {
  for (const schoolId of schoolIds) await foldNewEvents(deps.storage, schoolId, deps.now());
  const filter = toFilter(schoolIds, query, byClass);
  return { numbers: await deps.storage.readReportAggregates(filter), assignments: await deps.storage.readAssignmentCompletion(filter) };
}

const rangeOf = (query: ReportQuery) => ({ from: query.range.from, to: query.range.to, timeZone: query.range.timeZone });

export const schoolsReportRoute: RouteSpec = {
  method: 'GET',
  path: '/reports/schools',
  roles: ['coordinator'],
  scope: 'filtered',
  handle: async (c: ApiContext, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const query = readReportQuery(c);
    const schools = await deps.storage.listSchools(caller.schools === 'all' ? 'all' : [...caller.schools]);
    const aggregates = await readAggregates(deps, schools.map((s) => s.id), { range: query.range, ...(query.packId ? { packId: query.packId } : {}) }, false);
    const weeks = reportWeeks(query.range, aggregates.numbers.weeks);
    return c.json({
      range: rangeOf(query),
      packs: packInfos(aggregates.numbers.packIds, await deps.storage.listPacks()),
      schools: schools.map((school) => {
        const numbers = groupNumbers(aggregates.numbers, aggregates.assignments, school.id, null, weeks, true);
        // The whole school is about fewer than 5 learners: nothing of it is shown but its name.
        if (isSmallGroup(numbers.activeLearners)) return { schoolId: school.id, name: school.name, suppressed: true };
        return { schoolId: school.id, name: school.name, suppressed: false, ...numbers };
      }),
    });
  },
};

export const schoolReportRoute: RouteSpec = {
  method: 'GET',
  path: '/reports/schools/:schoolId',
  roles: ['coordinator'],
  scope: 'school',
  handle: async (c: ApiContext, deps) => {
    const caller = requireRole(c.get('caller'), ['coordinator']);
    const school = await findSchool(deps.storage, caller, param(c, 'schoolId'));
    const query = readReportQuery(c);
    if (query.classId) await findClassOfSchool(deps.storage, school.id, query.classId);
    const classes = (await deps.storage.listClasses(school.id)).filter((k) => !query.classId || k.id === query.classId);
    const perClass = await readAggregates(deps, [school.id], query, true);
    const wholeFilter = toFilter([school.id], query, false);
    const whole = await deps.storage.readReportAggregates(wholeFilter);
    const wholeAssignments = await deps.storage.readAssignmentCompletion(wholeFilter);
    const weeks = reportWeeks(query.range, whole.weeks);
    // Learners no longer on the roster when their events were folded keep their numbers, under no class.
    const classIds = [...classes.map((k) => k.id), ...(perClass.numbers.totals.some((t) => t.classId === '') && !query.classId ? [''] : [])];
    return c.json({
      range: rangeOf(query),
      packs: packInfos(whole.packIds, await deps.storage.listPacks()),
      school: { schoolId: school.id, name: school.name, ...groupNumbers(whole, wholeAssignments, school.id, null, weeks, false) },
      classes: classIds.map((classId) => ({
        classId,
        name: classes.find((k) => k.id === classId)?.name ?? null,
        ...groupNumbers(perClass.numbers, perClass.assignments, school.id, classId, weeks, false),
      })),
    });
  },
};
