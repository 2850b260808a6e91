/**
 * The incremental report job on the storage (SQLite here, PostgreSQL in the `postgres` project):
 * folding pages past the watermark, the numbers a report reads back, that folding in any batches
 * equals rebuilding from scratch, and that a report reads only the aggregate tables.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { foldEvents, weekOf } from '../../src/core/school-reports/index';
import { seedSchool } from '../testing/accounts';
import { newTestDatabase } from '../testing/test-storage';
import type { Storage } from '../storage/storage';
import { foldNewEvents } from './fold-new-events';
import { aggregateTables, insertEvent, rawSql, type RawEvent, type RawSql } from './testing/raw-events';

const AT = new Date('2030-01-20T12:00:00.000Z');
const RECEIVED = '2030-01-20T10:00:00.000Z';
const ms = (iso: string) => Date.parse(iso);

let storage: Storage;
let sql: RawSql;
let school: { schoolId: string; classId: string };
let learners: string[];

beforeEach(async () => {
  const database = await newTestDatabase();
  storage = database.open();
  await storage.migrate();
  sql = rawSql(database);
  school = await seedSchool(storage, 'School');
  learners = [];
  for (let i = 0; i < 6; i++) {
    const id = randomUUID();
    await storage.addLearner({ ...school, id, displayName: `Learner ${i}`, createdAt: RECEIVED });
    learners.push(id);
  }
});

let seq = 0;
function event(learner: number, type: RawEvent['type'], atIso: string, data: Record<string, unknown> = {}): RawEvent {
  seq++;
  const base = { packId: 'sabil.maths', ...data };
  return { schoolId: school.schoolId, id: randomUUID(), learnerId: learners[learner]!, serverSeq: seq, type, data: base, atDevice: ms(atIso), receivedAt: RECEIVED };
}

const read = (from = '0000-01-01', to = '9999-12-31', extra: { packId?: string; byClass?: boolean } = {}) =>
  storage.readReportAggregates({ schoolIds: [school.schoolId], fromDay: from, toDay: to, byClass: extra.byClass ?? false, ...(extra.packId ? { packId: extra.packId } : {}) });

describe('the report aggregates', () => {
  it('fold each event once: a second fold finds nothing new', async () => {
    for (const e of [event(0, 'lesson.completed', '2030-01-14T09:00:00Z'), event(1, 'lesson.completed', '2030-01-15T09:00:00Z')]) await insertEvent(sql, e);
    expect(await foldNewEvents(storage, school.schoolId, AT, 1)).toEqual({ folded: 2, skipped: 0 });
    expect(await foldNewEvents(storage, school.schoolId, AT)).toEqual({ folded: 0, skipped: 0 });
    expect((await read()).totals).toEqual([{ schoolId: school.schoolId, classId: null, activeLearners: 2, lessonsCompleted: 2, quizzesCompleted: 0, answers: 0 }]);
  });

  it('count distinct active learners per week, lessons and quizzes, and mastery as at the end of the range', async () => {
    const events = [
      event(0, 'lesson.completed', '2030-01-07T09:00:00Z'),
      event(0, 'lesson.completed', '2030-01-08T09:00:00Z'),
      event(1, 'quiz.completed', '2030-01-08T09:00:00Z'),
      event(1, 'quiz.answered', '2030-01-08T09:00:00Z', { skills: ['add', 'sub'], attempt: 1, correct: true }),
      event(2, 'quiz.answered', '2030-01-15T09:00:00Z', { skills: ['add'], attempt: 2, correct: true }),
      event(1, 'mastery.reached', '2030-01-16T09:00:00Z', { skill: 'add' }),
      event(3, 'lesson.completed', '2030-01-16T09:00:00Z', { packId: 'sabil.gone' }),
    ];
    for (const e of events) await insertEvent(sql, e);
    await foldNewEvents(storage, school.schoolId, AT);
    const all = await read();
    expect(all.weeks.map(({ week, activeLearners, lessonsCompleted, quizzesCompleted }) => [week, activeLearners, lessonsCompleted, quizzesCompleted])).toEqual([
      ['2030-01-07', 2, 2, 1],
      ['2030-01-14', 3, 1, 0],
    ]);
    expect(all.packIds).toEqual(['sabil.gone', 'sabil.maths']);
    // A retry (attempt 2) is not practice; mastery on the 16th is not yet mastery on the 10th.
    expect(all.skills.map((s) => [s.skill, s.practised, s.mastered])).toEqual([['add', 1, 1], ['sub', 1, 0]]);
    expect((await read('2030-01-01', '2030-01-10')).skills.map((s) => [s.skill, s.practised, s.mastered])).toEqual([['add', 1, 0], ['sub', 1, 0]]);
    expect((await read('0000-01-01', '9999-12-31', { packId: 'sabil.gone' })).totals[0]).toMatchObject({ activeLearners: 1, lessonsCompleted: 1 });
    expect((await read('0000-01-01', '9999-12-31', { byClass: true })).totals.map((t) => t.classId)).toEqual([school.classId]);
  });

  it('count an event at its device time, but never after it arrived nor more than a year before', async () => {
    for (const e of [event(0, 'lesson.completed', '2045-01-01T00:00:00Z'), event(1, 'lesson.completed', '1970-01-01T00:00:00Z')]) await insertEvent(sql, e);
    await foldNewEvents(storage, school.schoolId, AT);
    const weeks = (await aggregateTables(sql, school.schoolId)).learnerWeeks.filter((w) => w['pack_id'] === '').map((w) => w['week']).sort();
    // Clamped to the day it arrived (20 Jan 2030) and to a year before it (20 Jan 2029).
    expect(weeks).toEqual([weekOf('2029-01-20'), weekOf('2030-01-20')]);
  });

  it('answer a report from the aggregate tables alone', async () => {
    for (const e of [event(0, 'lesson.completed', '2030-01-14T09:00:00Z'), event(1, 'quiz.answered', '2030-01-14T09:00:00Z', { skills: ['add'], attempt: 1 })]) await insertEvent(sql, e);
    await foldNewEvents(storage, school.schoolId, AT);
    const before = await read();
    // Any query on the events, the quarantine or the roster would now fail.
    for (const table of ['events', 'quarantine', 'roster_learners']) await sql.run(`ALTER TABLE ${table} RENAME TO ${table}_away`);
    expect(await read()).toEqual(before);
    expect(before.totals[0]?.activeLearners).toBe(2);
  });

  it('give the same tables folded in any batches and pages as rebuilt from scratch', async () => {
    const arbEvent = fc.record({
      learner: fc.integer({ min: 0, max: 5 }),
      type: fc.constantFrom<RawEvent['type']>('lesson.completed', 'quiz.answered', 'quiz.completed', 'mastery.reached'),
      day: fc.integer({ min: 0, max: 40 }),
      pack: fc.constantFrom('p1', 'p2'),
      skill: fc.constantFrom('a', 'b', 'c'),
      attempt: fc.integer({ min: 1, max: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(arbEvent, { maxLength: 12 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 7 }), async (batches, pageSize) => {
        await storage.resetReportAggregates(school.schoolId);
        await sql.run('DELETE FROM events WHERE school_id = ?', school.schoolId);
        for (const batch of batches) {
          for (const e of batch) {
            const at = new Date(ms('2029-12-20T10:00:00Z') + e.day * 86_400_000).toISOString();
            await insertEvent(sql, event(e.learner, e.type, at, { packId: e.pack, skill: e.skill, skills: [e.skill, 'a'], attempt: e.attempt }));
          }
          await foldNewEvents(storage, school.schoolId, AT, pageSize);
        }
        const incremental = await aggregateTables(sql, school.schoolId);
        await storage.resetReportAggregates(school.schoolId);
        await foldNewEvents(storage, school.schoolId, AT);
        expect(await aggregateTables(sql, school.schoolId)).toEqual(incremental);
      }),
      { numRuns: 15 },
    );
  });

  it('skip a row whose data cannot be read, and still move past it', async () => {
    await sql.run(
      `INSERT INTO events (school_id, id, device_id, epoch, seq, learner_id, type, at_device, received_at, server_seq, digest, data, server_device_id)
       VALUES (?, 'broken', 'd', 1, 1, ?, 'lesson.completed', 0, ?, 999, 'x', 'not json', 's')`,
      school.schoolId, learners[0]!, RECEIVED,
    );
    expect(await foldNewEvents(storage, school.schoolId, AT)).toEqual({ folded: 1, skipped: 1 });
    expect(foldEvents([]).classWeeks).toEqual([]);
  });
});
