/**
 * The report job runs after each push: a coordinator's report counts what a device just pushed,
 * and a fold that fails is logged without failing the push (the next push or report retries it).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { lessonCompleted } from '../../src/core/events/test-events';
import { enrolTestDevice, seedSchool, seedUser, sessionFor } from '../testing/accounts';
import { makeSyncWorld, postSync, pushBody } from '../testing/sync';
import { makeTestApp } from '../testing/test-app';
import { openTestStorage } from '../testing/test-storage';
import type { Storage } from '../storage/storage';

describe('the fold after a push', () => {
  it('puts the pushed events into the aggregates before the push is answered', async () => {
    const world = await makeSyncWorld();
    const { status } = await postSync(world, '/sync/push', world.devices.a.headers, pushBody([lessonCompleted(1, { learnerId: world.a.learnerId })]), { gzip: true });
    expect(status).toBe(200);
    const aggregates = await world.storage.readReportAggregates({ schoolIds: [world.a.schoolId], fromDay: '0000-01-01', toDay: '9999-12-31', byClass: true });
    expect(aggregates.totals).toEqual([{ schoolId: world.a.schoolId, classId: world.a.classId, activeLearners: 1, lessonsCompleted: 1, quizzesCompleted: 0, answers: 0 }]);
    const coordinator = await seedUser(world.storage, { login: 'c', displayName: 'C', role: 'coordinator', allSchools: true });
    const res = await world.app.request(`/api/v1/reports/schools/${world.a.schoolId}`, { headers: await sessionFor(world.storage, coordinator) });
    expect(await res.json()).toMatchObject({ school: { activeLearners: 1, lessonsCompleted: 1 } });
  });

  it('logs a failed fold and still answers the push', async () => {
    const real = await openTestStorage();
    const failing: Storage = { ...real, foldEventPage: async () => Promise.reject(new Error('disk on fire')) };
    const app = await makeTestApp({ storage: failing });
    const school = await seedSchool(failing, 'S');
    const learnerId = randomUUID();
    await failing.addLearner({ ...school, id: learnerId, displayName: 'L', createdAt: '2030-01-01T08:00:00.000Z' });
    const device = await enrolTestDevice(failing, school.schoolId);
    const res = await app.app.request('/api/v1/sync/push', {
      method: 'POST',
      headers: { ...device.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(pushBody([lessonCompleted(1, { learnerId })])),
    });
    expect(res.status).toBe(200);
    expect(app.logLines.some((line) => line.includes('report fold failed') && line.includes('disk on fire'))).toBe(true);
  });
});
