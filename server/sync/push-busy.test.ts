import { describe, expect, it } from 'vitest';
import { lessonCompleted, quizAnswered } from '../../src/core/events/test-events';
import { createPushGate } from './push-gate';
import { makeSyncWorld, postSync, pushBody, readEventsTable } from '../testing/sync';

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setImmediate(resolve));
}

describe('POST /sync/push under load', () => {
  it('answers 429 sync/busy with Retry-After beyond the cap, commits the admitted pushes, and loses nothing once the refused retry', async () => {
    const gate = createPushGate({ concurrency: 1, queueLimit: 2, now: Date.now, random: Math.random });
    const world = await makeSyncWorld({ pushGate: gate });
    const batches = Array.from({ length: 5 }, (_, i) => pushBody([lessonCompleted(2 * i + 1, { learnerId: world.a.learnerId }), quizAnswered(2 * i + 2, { learnerId: world.a.learnerId })]));
    const push = (body: unknown) => postSync(world, '/sync/push', world.devices.a.headers, body, { gzip: true });

    const hold = await gate.enter(); // the one slot is busy: two pushes wait, three are refused
    const answers = batches.map((body) => push(body));
    await until(() => gate.stats().queued === 2 && gate.stats().refused === 3);
    hold();
    const settled = await Promise.all(answers);

    const refused = settled.filter((r) => r.status === 429);
    expect(refused).toHaveLength(3);
    for (const r of refused) expect(r.json).toMatchObject({ code: 'sync/busy', params: { retryAfterSeconds: expect.any(Number) } });
    const accepted = settled.filter((r) => r.status === 200);
    expect(accepted).toHaveLength(2);
    for (const r of accepted) expect(r.json.acked).toHaveLength(2);

    for (const [i, r] of settled.entries()) if (r.status === 429) expect((await push(batches[i])).status).toBe(200);
    const held = (await readEventsTable(world, world.a.schoolId)).map((row) => row.id).sort();
    expect(held).toEqual(batches.flatMap((b) => b.events.map((e) => (e as { id: string }).id)).sort());
    expect(gate.stats()).toMatchObject({ active: 0, queued: 0 });
  });

  it('sends Retry-After in whole seconds with the 429', async () => {
    const gate = createPushGate({ concurrency: 1, queueLimit: 0, now: Date.now, random: Math.random });
    const world = await makeSyncWorld({ pushGate: gate });
    const hold = await gate.enter();
    const res = await world.app.request('/api/v1/sync/push', { method: 'POST', headers: { ...world.devices.a.headers, 'Content-Type': 'application/json' }, body: '{}' });
    hold();
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toMatch(/^[1-9]\d*$/);
  });

  it('frees its slot when a push fails, so the next one is served', async () => {
    const gate = createPushGate({ concurrency: 1, queueLimit: 0, now: Date.now, random: Math.random });
    const world = await makeSyncWorld({ pushGate: gate });
    const bad = await postSync(world, '/sync/push', world.devices.a.headers, { not: 'a push' });
    expect(bad.status).toBe(400);
    const broken = await postSync(world, '/sync/push', world.devices.a.headers, null, { raw: new Uint8Array([1, 2, 3]) });
    expect(broken.json).toMatchObject({ code: 'sync/bad-encoding' });
    expect(gate.stats()).toMatchObject({ active: 0, queued: 0 });
    const good = await postSync(world, '/sync/push', world.devices.a.headers, pushBody([lessonCompleted(1, { learnerId: world.a.learnerId })]));
    expect(good.status).toBe(200);
  });
});
