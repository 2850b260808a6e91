import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_CLASS_ID, TEST_TEACHER_ID, testAssignment } from '../core/assignments/test-assignments';
import { SabilDatabase } from '../data/db';
import { ensureDeviceIdentity } from '../data/device-repo';
import { changeAssignment, createAssignment } from '../data/assignments-repo';
import { batchAssignments, planPushRequests } from './push-assignments';
import { pushOutbox, type PushAnswer, type PushBody } from './push-outbox';
import type { WireEvent } from './batch-events';

let db: SabilDatabase;
let tick = 0;
const clock = { now: () => 1_700_000_000_000 + tick, newId: () => `0197b000-0000-7000-8000-${String(++tick).padStart(12, '0')}` };
const lesson = { classId: TEST_CLASS_ID, target: { kind: 'class' }, item: { kind: 'lesson', packId: 'numbers-1', lessonId: 'counting' }, title: 'Counting', dueDay: null } as const;
const base = { token: 't', appVersion: '1.0.0', now: () => 42 };

beforeEach(async () => {
  db = new SabilDatabase(`push-asg-${Math.random()}`);
  await db.open();
  tick = 0;
  await ensureDeviceIdentity(db, () => 'device-1', 0);
});
afterEach(async () => {
  await db.delete();
});

function answer(body: PushBody, assignments?: PushAnswer['assignments']): Promise<PushAnswer> {
  return Promise.resolve({ acked: body.events.map((e) => e.id), quarantined: [], epochStale: false, serverTime: '', clockSkewMs: 0, ...(assignments ? { assignments } : {}) });
}

describe('batching assignments', () => {
  it('cuts at 100 assignments and at the size limit', () => {
    const many = Array.from({ length: 250 }, (_, i) => testAssignment(i + 1));
    expect(batchAssignments(many).map((b) => b.length)).toEqual([100, 100, 50]);
    const size = JSON.stringify(testAssignment(1)).length;
    expect(batchAssignments(many.slice(0, 5), 2 + 2 * (size + 1)).map((b) => b.length)).toEqual([2, 2, 1]);
  });

  it('puts the first assignments with the first events when they fit, the rest in requests with no events', () => {
    const event = { id: 'e' } as unknown as WireEvent; // only its size matters here
    const [a, b] = [[testAssignment(1)], [testAssignment(2)]];
    expect(planPushRequests([[event], [event]], [a, b])).toEqual([{ events: [event], assignments: a }, { events: [event], assignments: [] }, { events: [], assignments: b }]);
    expect(planPushRequests([], [a])).toEqual([{ events: [], assignments: a }]);
    expect(planPushRequests([[event]], [a], 10)).toEqual([{ events: [event], assignments: [] }, { events: [], assignments: a }]);
  });
});

describe('pushing assignments', () => {
  it('sends waiting assignments with events: [] when there are no events, and stops sending the acknowledged ones', async () => {
    const made = await createAssignment(db, lesson, TEST_TEACHER_ID, clock);
    const bodies: PushBody[] = [];
    await pushOutbox(db, { ...base, post: (body) => (bodies.push(body), answer(body, { acked: [{ id: made.id, revision: 1 }], refused: [] })) });
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ events: [], assignments: [made] });
    expect(await db.assignments.get(made.id)).toMatchObject({ toSend: 0, refused: null });
    await pushOutbox(db, { ...base, post: (body) => (bodies.push(body), answer(body)) });
    expect(bodies).toHaveLength(1);
  });

  it('keeps a version changed while its push was on the way waiting, and marks a refused one', async () => {
    const changed = await createAssignment(db, lesson, TEST_TEACHER_ID, clock);
    const refused = await createAssignment(db, lesson, TEST_TEACHER_ID, clock);
    await pushOutbox(db, {
      ...base,
      post: async (body) => {
        await changeAssignment(db, changed.id, () => ({ dueDay: '2026-12-01' }), 5);
        return answer(body, { acked: [{ id: changed.id, revision: 1 }], refused: [{ id: refused.id, reason: 'assignment/unknown-learner' }] });
      },
    });
    expect(await db.assignments.get(changed.id)).toMatchObject({ toSend: 1, record: { revision: 2 } });
    expect(await db.assignments.get(refused.id)).toMatchObject({ toSend: 0, refused: { reason: 'assignment/unknown-learner' } });
  });

  it('leaves assignments waiting when an older server answers without the field', async () => {
    const made = await createAssignment(db, lesson, TEST_TEACHER_ID, clock);
    await pushOutbox(db, { ...base, post: (body) => answer(body) });
    expect(await db.assignments.get(made.id)).toMatchObject({ toSend: 1 });
  });
});
