/**
 * Demo mode's sample class on a new database (SQLite here, PostgreSQL in the `postgres` project):
 * added once, on the first start only, with events the schema accepts, pulled by a tablet of the
 * class and counted in the school report; never outside demo mode or without the demo packs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignmentCompletion, completedItemKey, type AssignmentRecord } from '../../src/core/assignments/index';
import { parseEvent, type EventRecord } from '../../src/core/events/index';
import { prepareFirstStart } from '../accounts/first-start';
import { createLogger } from '../log';
import { enrolTestDevice, FAST_SCRYPT } from '../testing/accounts';
import { openTestStorage } from '../testing/test-storage';
import type { Storage } from '../storage/storage';
import { addDemoDataStep } from './add-demo-data';
import { DEMO_PACKS_ROOT } from './demo-curriculum';
import { DEMO_APP_VERSION } from './seed-demo-class';

const now = new Date('2030-01-24T15:30:00.000Z');

async function publishDemoPacks(storage: Storage) {
  for (const folder of ['arithmetic', 'reading']) {
    const { id, version } = JSON.parse(readFileSync(join(DEMO_PACKS_ROOT, folder, 'pack.source.json'), 'utf8')) as { id: string; version: string }; // only these two fields are read
    await storage.publishPack({ id, version, publisherKeyId: '0'.repeat(16), titles: { en: id }, languages: ['en'], sizeBytes: 1, sha256: '0'.repeat(64), fileName: `${id}.zip`, publishedAt: now.toISOString() });
  }
}

async function start(storage: Storage, demo: boolean) {
  const said: string[] = [];
  const log = createLogger({ level: 'error', write: () => undefined });
  await prepareFirstStart(storage, { demo, now, announce: (text) => said.push(text), scrypt: FAST_SCRYPT, addDemoData: addDemoDataStep(storage, { now, log, announce: (text) => said.push(text) }) });
  return said;
}

async function demoClass(storage: Storage) {
  const school = (await storage.listSchools('all'))[0];
  const schoolClass = school ? (await storage.listClasses(school.id))[0] : undefined;
  if (!school || !schoolClass) throw new Error('no demo class');
  return { schoolId: school.id, classId: schoolClass.id };
}

/** Everything a tablet enrolled in the class pulls: its roster and every event. */
async function pullAll(storage: Storage, ids: { schoolId: string; classId: string }) {
  const { deviceId } = await enrolTestDevice(storage, ids.schoolId, ids.classId);
  const events: EventRecord[] = [];
  const assignments: AssignmentRecord[] = [];
  let roster: string[] = [];
  let learnerIds: string[] = [];
  let afterSeq: number | null = null;
  for (;;) {
    const page = await storage.pullChanges({ ...ids, serverDeviceId: deviceId, afterSeq, limit: 2000, at: now.toISOString() });
    if (page.kind !== 'changes') throw new Error(page.kind);
    events.push(...page.events);
    assignments.push(...page.assignments);
    if (page.roster) {
      roster = page.roster.learners.map((l) => l.displayName);
      learnerIds = page.roster.learners.map((l) => l.id);
    }
    afterSeq = page.nextAfterSeq;
    if (!page.more) return { events, assignments, roster, learnerIds };
  }
}

describe('the demo class', () => {
  it('gets 30 learners and four weeks of work on the first start in demo mode, and only then', async () => {
    const storage = await openTestStorage();
    await publishDemoPacks(storage);
    const said = await start(storage, true);
    expect(said[1]).toContain('30 sample learners');
    expect(said[1]).toContain('3 assignments');
    const ids = await demoClass(storage);
    const first = await pullAll(storage, ids);
    expect(first.roster).toHaveLength(30);
    expect(first.events.length).toBeGreaterThan(1000);
    expect(first.events.filter((event) => !parseEvent(event).ok)).toEqual([]);
    expect(Math.max(...first.events.map((e) => e.at))).toBeLessThan(now.getTime());

    // A restart finds accounts and adds nothing.
    expect(await start(storage, true)).toEqual([]);
    const again = await pullAll(storage, ids);
    expect(again.roster).toHaveLength(30);
    expect(again.events).toHaveLength(first.events.length);
    expect(await storage.listQuarantine(ids.schoolId, 10)).toEqual([]);

    // Folded already: the school report counts every learner and lesson the events hold.
    const report = await storage.readReportAggregates({ schoolIds: [ids.schoolId], fromDay: '2000-01-01', toDay: '2100-01-01', byClass: false });
    expect(report.totals[0]).toMatchObject({
      activeLearners: 30,
      lessonsCompleted: first.events.filter((e) => e.type === 'lesson.completed').length,
      quizzesCompleted: first.events.filter((e) => e.type === 'quiz.completed').length,
      answers: first.events.filter((e) => e.type === 'quiz.answered').length,
    });

    // The teacher's three assignments reach a tablet of the class, and the report's completion
    // equals the shared rule applied to the events that tablet pulled.
    expect(first.assignments.map((a) => a.target.kind)).toEqual(['class', 'group', 'class']);
    const done = new Map<string, Set<string>>();
    for (const event of first.events) {
      const key = completedItemKey(event);
      if (key) done.set(event.learnerId, (done.get(event.learnerId) ?? new Set()).add(key));
    }
    const expected = first.assignments.map((a) => assignmentCompletion(a, first.learnerIds, done));
    const [completion] = await storage.readAssignmentCompletion({ schoolIds: [ids.schoolId], fromDay: '2000-01-01', toDay: '2100-01-01', byClass: false });
    expect(completion).toMatchObject({
      assignments: 3,
      assignedLearners: expected.reduce((sum, c) => sum + c.assigned, 0),
      completed: expected.reduce((sum, c) => sum + c.done, 0),
    });
    expect(expected.map((c) => c.assigned)).toEqual([30, 5, 30]);

    // Sync health sees the two sample tablets, recently pushed, nothing waiting.
    const tablets = (await storage.listDeviceHealth([ids.schoolId])).filter((d) => d.appVersion === DEMO_APP_VERSION);
    expect(tablets).toHaveLength(2);
    for (const tablet of tablets) {
      expect(tablet).toMatchObject({ classId: ids.classId, outboxWaiting: 0, quarantined: 0 });
      expect(Date.parse(tablet.lastPushAt ?? '')).toBeLessThanOrEqual(now.getTime());
      expect(now.getTime() - Date.parse(tablet.lastPushAt ?? '')).toBeLessThan(4 * 86_400_000);
    }
  });

  it('is left empty outside demo mode, and in demo mode when no demo pack is published', async () => {
    const production = await openTestStorage();
    await publishDemoPacks(production);
    await start(production, false);
    expect(await production.listSchools('all')).toEqual([]);

    const withoutPacks = await openTestStorage();
    const said = await start(withoutPacks, true);
    expect(said).toHaveLength(1);
    const ids = await demoClass(withoutPacks);
    expect(await withoutPacks.listLearners(ids.schoolId)).toEqual([]);
  });
});
