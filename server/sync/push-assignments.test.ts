/**
 * `POST /sync/push` with assignments (docs/sync.md, "Assignments"), through the in-process app on
 * the backend of the test project: the limit of 100, and the answer's `assignments` part.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { testAssignment } from '../../src/core/assignments/test-assignments';
import { makeSyncWorld, postSync, pushBody, type SyncWorld } from '../testing/sync';

let world: SyncWorld;
beforeEach(async () => {
  world = await makeSyncWorld();
});

describe('POST /sync/push with assignments', () => {
  it('refuses more than 100 assignments with 413 sync/batch-too-large naming the limit', async () => {
    const assignments = Array.from({ length: 101 }, (_, i) => testAssignment(i + 1, { classId: world.a.classId }));
    const res = await postSync(world, '/sync/push', world.devices.a.headers, { ...pushBody([]), assignments });
    expect(res.status).toBe(413);
    expect(res.json).toMatchObject({ code: 'sync/batch-too-large', params: { maxAssignments: 100 } });
  });

  it('answers an assignment the schema refuses as assignment/invalid, named by its id, and an empty part when none were sent', async () => {
    const bad = { ...testAssignment(1), revision: 0 };
    const res = await postSync(world, '/sync/push', world.devices.a.headers, { ...pushBody([]), assignments: [bad, 'not an object'] });
    expect(res.status, res.text).toBe(200);
    expect(res.json['assignments']).toEqual({ acked: [], refused: [{ id: bad.id, reason: 'assignment/invalid' }, { id: null, reason: 'assignment/invalid' }] });
    const none = await postSync(world, '/sync/push', world.devices.a.headers, pushBody([]));
    expect(none.json['assignments']).toEqual({ acked: [], refused: [] });
  });

  it("refuses an assignment of another class from a class-bound device, and pulls none of another school's", async () => {
    const other = testAssignment(1, { classId: world.a.otherClassId });
    const res = await postSync(world, '/sync/push', world.devices.aClass.headers, { ...pushBody([]), assignments: [other] });
    expect(res.json['assignments']).toEqual({ acked: [], refused: [{ id: other.id, reason: 'assignment/wrong-class' }] });
    const pulled = await postSync(world, '/sync/pull', world.devices.b.headers, { cursor: null });
    expect(pulled.json['assignments']).toEqual([]);
  });
});
