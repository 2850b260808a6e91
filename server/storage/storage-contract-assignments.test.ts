/**
 * The storage contract, part 5: assignments in pushes and pulls (migration 006, docs/sync.md
 * "Assignments") on the backend of this test project: checks and refusals, last writer wins,
 * the same transaction as the events, and pull pages interleaving assignments and events.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assignmentDigest, type AssignmentRecord } from '../../src/core/assignments/index';
import { testAssignment } from '../../src/core/assignments/test-assignments';
import { eventDigest, type EventRecord } from '../../src/core/events/index';
import { lessonCompleted, TEST_DEVICE_ID } from '../../src/core/events/test-events';
import { seedSchool, seedUser } from '../testing/accounts';
import { newTestDatabase, queryTestDatabase, testStorageKind } from '../testing/test-storage';
import type { IngestItem, IngestRequest, PullOutcome, PushedAssignment } from './sync-storage';

const AT = '2030-01-01T08:00:00.000Z';
const asItem = (event: EventRecord): IngestItem => ({ kind: 'event', event, digest: eventDigest(event) });
const pushed = (assignment: AssignmentRecord): PushedAssignment => ({ kind: 'assignment', assignment, digest: assignmentDigest(assignment) });

async function world() {
  const database = await newTestDatabase();
  const storage = database.open();
  await storage.migrate();
  const A = await seedSchool(storage, 'A');
  const B = await seedSchool(storage, 'B');
  const otherClassId = randomUUID();
  await storage.createClass({ schoolId: A.schoolId, id: otherClassId, name: 'A other', createdAt: AT }, {
    id: randomUUID(), at: AT, actorUserId: null, schoolId: A.schoolId, action: 'class.create', target: 't', details: {},
  });
  const teacherId = await seedUser(storage, { login: 'teacher', displayName: 'Teacher', role: 'teacher', schoolId: A.schoolId, classIds: [A.classId, otherClassId] });
  const strangerId = await seedUser(storage, { login: 'stranger', displayName: 'Stranger', role: 'teacher', schoolId: A.schoolId, classIds: [] });
  const learnerId = randomUUID();
  const otherLearnerId = randomUUID();
  await storage.addLearner({ schoolId: A.schoolId, classId: A.classId, id: learnerId, displayName: 'Salma', createdAt: AT });
  await storage.addLearner({ schoolId: A.schoolId, classId: otherClassId, id: otherLearnerId, displayName: 'Karim', createdAt: AT });
  const assignment = (n: number, overrides: Partial<AssignmentRecord> = {}) => testAssignment(n, { classId: A.classId, createdBy: teacherId, ...overrides });
  const push = (assignments: PushedAssignment[], overrides: Partial<IngestRequest> = {}) =>
    storage.ingestEvents({
      schoolId: A.schoolId, serverDeviceId: 'server-device', localDeviceId: TEST_DEVICE_ID, epoch: 1, nextSeq: 100_000, receivedAt: AT,
      status: { appVersion: '0.1.0', outboxWaiting: 0, storageFreeBytes: null, clockSkewMs: 0 }, items: [], assignments, ...overrides,
    });
  const pull = (afterSeq: number | null, options: { limit?: number; classId?: string; schoolId?: string } = {}) =>
    storage.pullChanges({ schoolId: options.schoolId ?? A.schoolId, ...(options.classId ? { classId: options.classId } : {}), serverDeviceId: 'd', afterSeq, limit: options.limit ?? 500, at: AT });
  const seqOf = async (id: string) =>
    (await queryTestDatabase<{ seq: number }>(database, 'SELECT server_seq AS seq FROM assignments WHERE school_id = ? AND id = ?', A.schoolId, id))[0]?.seq;
  return { storage, A, B, otherClassId, teacherId, strangerId, learnerId, otherLearnerId, assignment, push, pull, seqOf };
}

function changes(outcome: PullOutcome) {
  if (outcome.kind !== 'changes') throw new Error(`expected changes, got ${outcome.kind}`);
  return outcome;
}

describe(`storage on ${testStorageKind()}: assignments`, () => {
  it('stores a new assignment, acks its revision, and gives it to the next pull', async () => {
    const w = await world();
    const a = w.assignment(1);
    expect((await w.push([pushed(a)])).assignments).toEqual({ acked: [{ id: a.id, revision: 1 }], refused: [] });
    expect(changes(await w.pull(null)).assignments).toEqual([a]);
  });

  it('keeps the winning version whichever order two versions arrive in, and acks both', async () => {
    for (const order of ['newer last', 'newer first']) {
      const w = await world();
      const older = w.assignment(1, { title: 'Old', revision: 1 });
      const newer = w.assignment(1, { title: 'New', revision: 2, updatedAt: 1_700_000_000_500 });
      const [first, second] = order === 'newer last' ? [older, newer] : [newer, older];
      await w.push([pushed(first)]);
      expect((await w.push([pushed(second)])).assignments.acked).toEqual([{ id: second.id, revision: second.revision }]);
      expect(changes(await w.pull(null)).assignments, order).toEqual([newer]);
    }
  });

  it('acks a replay of the version it holds without giving it a new sequence', async () => {
    const w = await world();
    const a = w.assignment(1);
    await w.push([pushed(a)]);
    const seq = await w.seqOf(a.id);
    expect((await w.push([pushed(a)])).assignments).toEqual({ acked: [{ id: a.id, revision: 1 }], refused: [] });
    expect(await w.seqOf(a.id)).toBe(seq);
    const next = w.assignment(1, { revision: 2, cancelled: true });
    await w.push([pushed(next)]);
    expect(await w.seqOf(a.id)).toBeGreaterThan(seq ?? 0);
  });

  it('refuses each bad assignment with its reason and keeps none of them', async () => {
    const w = await world();
    await w.push([pushed(w.assignment(9))]);
    const outcome = await w.push([
      { kind: 'refused', id: null },
      pushed(w.assignment(9, { classId: w.otherClassId, revision: 2 })),
      pushed(w.assignment(2, { classId: w.B.classId })),
      pushed(w.assignment(3, { target: { kind: 'learners', learnerIds: [w.otherLearnerId] } })),
      pushed(w.assignment(4, { createdBy: w.strangerId })),
      pushed(w.assignment(5, { classId: w.otherClassId })),
    ], { deviceClassId: w.A.classId });
    expect(outcome.assignments).toEqual({
      acked: [],
      refused: [
        { id: null, reason: 'assignment/invalid' },
        { id: w.assignment(9).id, reason: 'assignment/invalid' },
        { id: w.assignment(2).id, reason: 'assignment/wrong-class' },
        { id: w.assignment(3).id, reason: 'assignment/unknown-learner' },
        { id: w.assignment(4).id, reason: 'assignment/not-your-class' },
        { id: w.assignment(5).id, reason: 'assignment/wrong-class' },
      ],
    });
    expect(changes(await w.pull(null)).assignments.map((a) => a.id)).toEqual([w.assignment(9).id]);
  });

  it('lets a teacher cancel a group assignment after one of its learners has left the class', async () => {
    const w = await world();
    const group = { kind: 'learners' as const, learnerIds: [w.otherLearnerId] };
    const outcome = await w.push([pushed(w.assignment(6, { target: group, cancelled: true }))]);
    expect(outcome.assignments).toEqual({ acked: [{ id: w.assignment(6).id, revision: 1 }], refused: [] });
  });

  it('stores the events of a push whose assignment it refuses, in the same transaction', async () => {
    const w = await world();
    const event = lessonCompleted(1, { learnerId: w.learnerId });
    const outcome = await w.push([pushed(w.assignment(1, { createdBy: w.strangerId }))], { items: [asItem(event)] });
    expect(outcome.acked).toEqual([event.id]);
    expect(outcome.assignments.refused).toEqual([{ id: w.assignment(1).id, reason: 'assignment/not-your-class' }]);
    expect(changes(await w.pull(null)).events.map((e) => e.id)).toEqual([event.id]);
  });

  it('pages through interleaved assignment changes and events with a small limit, each assignment once in its winning version', async () => {
    const w = await world();
    const winners = new Map<string, AssignmentRecord>();
    for (let round = 1; round <= 4; round++) {
      const versions = [1, 2, 3].map((n) => w.assignment(n, { revision: round, title: `Round ${round}` }));
      for (const v of versions) winners.set(v.id, v);
      await w.push(versions.map(pushed), { items: [asItem(lessonCompleted(round, { learnerId: w.learnerId }))] });
    }
    const seen: AssignmentRecord[] = [];
    const events: string[] = [];
    let cursor: number | null = null;
    for (let page = 0; page < 50; page++) {
      const got = changes(await w.pull(cursor, { limit: 2 }));
      expect(got.events.length + got.assignments.length).toBeLessThanOrEqual(2);
      seen.push(...got.assignments);
      events.push(...got.events.map((e) => e.id));
      cursor = got.nextAfterSeq;
      if (!got.more) break;
    }
    expect(seen).toEqual([...winners.values()]);
    expect(events).toHaveLength(4);
  });

  it("gives a class-bound device its class's assignments only, and another school's device none", async () => {
    const w = await world();
    await w.push([pushed(w.assignment(1)), pushed(w.assignment(2, { classId: w.otherClassId }))]);
    expect(changes(await w.pull(null, { classId: w.A.classId })).assignments.map((a) => a.id)).toEqual([w.assignment(1).id]);
    expect(changes(await w.pull(null)).assignments).toHaveLength(2);
    expect(changes(await w.pull(null, { schoolId: w.B.schoolId })).assignments).toEqual([]);
  });
});
