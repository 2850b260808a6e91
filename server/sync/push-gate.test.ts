import { describe, expect, it } from 'vitest';
import { SabilError } from '../../src/core/errors/index';
import { createPushGate } from './push-gate';

const gate = (concurrency: number, queueLimit: number, clock = { ms: 1_000_000 }) =>
  createPushGate({ concurrency, queueLimit, now: () => clock.ms, random: () => 0 });

async function refusal(promise: Promise<unknown>): Promise<SabilError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof SabilError)) throw new Error(`expected a SabilError, got ${String(error)}`);
  return error;
}

describe('createPushGate', () => {
  it('admits up to the concurrency at once, queues the next ones and refuses beyond the queue with sync/busy', async () => {
    const g = gate(2, 1);
    const first = await g.enter();
    await g.enter();
    const queued = g.enter();
    const refused = await refusal(g.enter());
    expect(refused.code).toBe('sync/busy');
    expect(refused.params.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(g.stats()).toEqual({ active: 2, queued: 1, refused: 1 });
    first();
    await queued;
    expect(g.stats()).toEqual({ active: 2, queued: 0, refused: 1 });
  });

  it('frees the slot once however many times a release is called', async () => {
    const g = gate(1, 0);
    const release = await g.enter();
    release();
    release();
    const again = await g.enter();
    await expect(refusal(g.enter())).resolves.toMatchObject({ code: 'sync/busy' });
    again();
    expect(g.stats().active).toBe(0);
  });

  it('drops a waiting request whose client went away, so it never takes a slot', async () => {
    const g = gate(1, 2);
    const release = await g.enter();
    const controller = new AbortController();
    const waiting = g.enter(controller.signal);
    controller.abort(new Error('client gone'));
    await expect(waiting).rejects.toThrow('client gone');
    expect(g.stats().queued).toBe(0);
    release();
    expect(g.stats().active).toBe(0);
  });

  it('spreads refused devices over the coming seconds instead of sending them all back together', async () => {
    const g = gate(1, 0);
    await g.enter();
    const waits: number[] = [];
    for (let i = 0; i < 100; i++) waits.push(Number((await refusal(g.enter())).params.retryAfterSeconds));
    const perSecond = new Map<number, number>();
    for (const w of waits) perSecond.set(w, (perSecond.get(w) ?? 0) + 1);
    // One slot at the first guess of 100 ms per push, booked twice over: twenty a second at most.
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(20);
    expect(Math.max(...waits)).toBeGreaterThanOrEqual(5);
  });

  it('never asks a device to wait longer than the cap', async () => {
    const g = createPushGate({ concurrency: 1, queueLimit: 0, now: () => 0, random: () => 0.99, maxRetryAfterSeconds: 5 });
    await g.enter();
    for (let i = 0; i < 200; i++) expect((await refusal(g.enter())).params.retryAfterSeconds).toBeLessThanOrEqual(5);
  });
});
