/**
 * Demo mode's sample class (docs/reports.md, "Demo data"): on first start, 30 generated learners
 * join "Demo class" and four weeks of their work, ending now, arrive as two tablets would have
 * pushed them, a school week at a time, through the same `ingestEvents` as a real push; then the
 * report fold runs, so the teacher's and the coordinator's reports are alive at once. The two
 * tablets are enrolled devices whose credentials are thrown away: they report "sample data" as
 * their app version, which is how sync health tells them apart.
 */
import { randomUUID } from 'node:crypto';
import { assignmentDigest } from '../../src/core/assignments/index';
import { generateClassData, type Curriculum } from '../../src/core/demo/index';
import { eventDigest, type EventRecord } from '../../src/core/events/index';
import { newToken, sha256Hex } from '../auth/secrets';
import { foldNewEvents } from '../reports/fold-new-events';
import type { AuditEntry } from '../storage/account-storage';
import type { Storage } from '../storage/storage';
import { demoAssignments } from './demo-assignments';
import { DAY_MS } from '../../src/core/school-reports/index';

/** The seed of the demo class: the same learners and work on every demo server (only the dates move). */
export const DEMO_SEED = 7;
export const DEMO_APP_VERSION = 'sample data';
const WEEKS = 4;
const HOUR_MS = 3_600_000;

export interface SeedDemoClassOptions {
  schoolId: string;
  classId: string;
  /** The demo teacher, who set the class's assignments (demo-assignments.ts). */
  teacherId: string;
  now: Date;
  curriculum: Curriculum;
  seed?: number;
}

export interface SeededDemoClass {
  learners: number;
  events: number;
  assignments: number;
  deviceIds: string[];
}

export async function seedDemoClass(storage: Storage, options: SeedDemoClassOptions): Promise<SeededDemoClass> {
  const { schoolId, classId, now, curriculum } = options;
  const data = generateClassData({ seed: options.seed ?? DEMO_SEED, weeks: WEEKS, endMs: now.getTime(), curriculum });
  const startedAt = new Date(now.getTime() - WEEKS * 7 * DAY_MS).toISOString();
  const audit = (action: string, target: string): AuditEntry => ({ id: randomUUID(), at: now.toISOString(), actorUserId: null, schoolId, action, target, details: { via: 'demo' } });

  const imported = await storage.importLearners(
    schoolId, classId, data.learners.map((learner) => ({ schoolId, classId, id: learner.id, displayName: learner.displayName, createdAt: startedAt })),
    audit('roster.import', `class:${classId}`),
  );
  if (imported.kind !== 'imported') throw new Error(`demo learners refused: ${JSON.stringify(imported.rows)}`);

  const status = { appVersion: DEMO_APP_VERSION, outboxWaiting: 0, storageFreeBytes: 2_000_000_000, clockSkewMs: 0 };
  const tablets: { serverDeviceId: string; localDeviceId: string; nextSeq: number }[] = [];
  for (const localDeviceId of data.deviceIds) {
    const tablet = { serverDeviceId: await enrolSampleTablet(storage, schoolId, classId, startedAt, audit), localDeviceId, nextSeq: 1 };
    tablets.push(tablet);
    for (const batch of weeklyPushes(data.events.filter((event) => event.deviceId === localDeviceId), now)) {
      tablet.nextSeq = (batch.events[batch.events.length - 1]?.seq ?? 0) + 1;
      await storage.ingestEvents({
        schoolId, serverDeviceId: tablet.serverDeviceId, localDeviceId, epoch: 1, nextSeq: tablet.nextSeq, status,
        receivedAt: batch.receivedAt,
        items: batch.events.map((event) => ({ kind: 'event', event, digest: eventDigest(event) })),
      });
    }
  }
  // The teacher's assignments arrive as a tablet of the class pushes them, refused or acked as any.
  const assignments = demoAssignments({ classId, teacherId: options.teacherId, learnerIds: data.learners.map((l) => l.id), curriculum, now });
  const [first] = tablets;
  if (first && assignments.length > 0) {
    const outcome = await storage.ingestEvents({
      schoolId, serverDeviceId: first.serverDeviceId, localDeviceId: first.localDeviceId, epoch: 1, nextSeq: first.nextSeq, status,
      receivedAt: now.toISOString(), items: [], deviceClassId: classId,
      assignments: assignments.map((assignment) => ({ kind: 'assignment', assignment, digest: assignmentDigest(assignment) })),
    });
    if (outcome.assignments.refused.length > 0) throw new Error(`demo assignments refused: ${JSON.stringify(outcome.assignments.refused)}`);
  }
  await foldNewEvents(storage, schoolId, now);
  return { learners: data.learners.length, events: data.events.length, assignments: assignments.length, deviceIds: tablets.map((tablet) => tablet.serverDeviceId) };
}

/** A device of the class, enrolled through a one-time code as any tablet is; nobody holds its credential. */
async function enrolSampleTablet(storage: Storage, schoolId: string, classId: string, at: string, audit: (action: string, target: string) => AuditEntry): Promise<string> {
  const codeHash = sha256Hex(newToken());
  const expiresAt = new Date(Date.parse(at) + HOUR_MS).toISOString();
  await storage.createEnrolmentCode({ codeHash, schoolId, classId, createdAt: at, expiresAt }, audit('enrolment-code.create', `class:${classId}`));
  const id = randomUUID();
  const outcome = await storage.redeemEnrolmentCode(codeHash, { id, credentialHash: sha256Hex(newToken()) }, at);
  if (outcome.kind !== 'enrolled') throw new Error(`demo tablet not enrolled: ${outcome.kind}`);
  return id;
}

/** A device's events (in seq order) cut at each Monday, each part "pushed" an hour after its last event, never after now. */
function weeklyPushes(events: readonly EventRecord[], now: Date): { receivedAt: string; events: EventRecord[] }[] {
  const batches: { receivedAt: string; events: EventRecord[] }[] = [];
  let week: number | null = null;
  for (const event of [...events].sort((a, b) => a.seq - b.seq)) {
    // Days since 1970 plus 3 make Monday the first day of each 7-day block (1 January 1970 was a Thursday).
    const eventWeek = Math.floor((Math.floor(event.at / DAY_MS) + 3) / 7);
    if (eventWeek !== week) batches.push({ receivedAt: '', events: [] });
    week = eventWeek;
    batches[batches.length - 1]?.events.push(event);
  }
  for (const batch of batches) {
    const lastAt = batch.events[batch.events.length - 1]?.at ?? now.getTime();
    batch.receivedAt = new Date(Math.min(now.getTime(), lastAt + HOUR_MS)).toISOString();
  }
  return batches;
}
