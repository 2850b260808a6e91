import { describe, expect, it } from 'vitest';
import { SabilError } from '../core/errors/index';
import { createSyncScheduler, type Timers } from './sync-scheduler';
import type { SyncOutcome } from './sync-runner';

/** Timers that fire only when the test says so, with the delays they were asked for. */
function manualTimers() {
  const pending: { ms: number; fire: () => void; cancelled: boolean }[] = [];
  const timers: Timers = {
    after(ms, fire) {
      const entry = { ms, fire, cancelled: false };
      pending.push(entry);
      return () => void (entry.cancelled = true);
    },
  };
  const live = () => pending.filter((p) => !p.cancelled);
  return {
    timers,
    delays: () => live().map((p) => p.ms),
    fireNext() {
      const next = live()[0];
      if (!next) throw new Error('no timer');
      next.cancelled = true;
      next.fire();
    },
  };
}

const done: SyncOutcome = { status: 'done', push: { sent: 0, quarantined: 0, epochStale: false }, pull: { pages: 1, received: 0 } };
const failed: SyncOutcome = { status: 'failed', error: new SabilError('internal/unexpected', { status: 503 }) };

describe('the sync scheduler', () => {
  it('syncs at start, then on the regular timer', async () => {
    const clock = manualTimers();
    let runs = 0;
    const scheduler = createSyncScheduler({ sync: async () => (runs++, done), timers: clock.timers, random: () => 0.5, intervalMs: 120_000 });
    scheduler.trigger('start');
    await scheduler.idle();
    expect([runs, clock.delays()]).toEqual([1, [120_000]]);
    clock.fireNext();
    await scheduler.idle();
    expect(runs).toBe(2);
  });

  it('retries failures with a growing jittered delay and never gives up', async () => {
    const clock = manualTimers();
    const scheduler = createSyncScheduler({ sync: async () => failed, timers: clock.timers, random: () => 0.999, intervalMs: 120_000 });
    scheduler.trigger('start');
    await scheduler.idle();
    const delays: number[] = [];
    for (let i = 0; i < 30; i++) {
      delays.push(...clock.delays());
      clock.fireNext();
      await scheduler.idle();
    }
    expect(delays.slice(0, 4)).toEqual([1_998, 3_996, 7_992, 15_984]);
    expect(delays.slice(-1)).toEqual([299_700]);
    expect(scheduler.status()).toMatchObject({ failures: 31, stopped: false });
  });

  it('runs one more sync, not a second one at once, when triggered during a sync', async () => {
    const clock = manualTimers();
    let running = 0;
    let most = 0;
    let runs = 0;
    const scheduler = createSyncScheduler({
      sync: async () => {
        runs++;
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running--;
        return done;
      },
      timers: clock.timers,
      random: () => 0.5,
      intervalMs: 120_000,
    });
    scheduler.trigger('start');
    scheduler.trigger('online');
    scheduler.trigger('manual');
    await scheduler.idle();
    expect([runs, most]).toEqual([2, 1]);
  });

  it('stops for good when the credential is revoked', async () => {
    const clock = manualTimers();
    let runs = 0;
    const scheduler = createSyncScheduler({ sync: async () => (runs++, { status: 'revoked' }), timers: clock.timers, random: () => 0.5, intervalMs: 120_000 });
    scheduler.trigger('start');
    await scheduler.idle();
    scheduler.trigger('manual');
    await scheduler.idle();
    expect([runs, clock.delays(), scheduler.status().stopped]).toEqual([1, [], true]);
  });

  it('reports progress to its listeners while a sync runs', async () => {
    const clock = manualTimers();
    const seen: (number | undefined)[] = [];
    const scheduler = createSyncScheduler({
      sync: async (onProgress) => (onProgress({ sent: 0, total: 2 }), onProgress({ sent: 2, total: 2 }), done),
      timers: clock.timers,
      random: () => 0.5,
      intervalMs: 120_000,
    });
    scheduler.subscribe((s) => seen.push(s.progress?.sent));
    scheduler.trigger('manual');
    await scheduler.idle();
    expect(seen).toEqual([undefined, 0, 2, 2, 2]);
  });

  it("waits at least a busy server's Retry-After, plus jitter, instead of its shorter backoff", async () => {
    const clock = manualTimers();
    const busy: SyncOutcome = { status: 'failed', error: new SabilError('sync/busy', { retryAfterSeconds: 40, retryAfterMs: 40_000 }) };
    const scheduler = createSyncScheduler({ sync: async () => busy, timers: clock.timers, random: () => 0.5, intervalMs: 120_000 });
    scheduler.trigger('start');
    await scheduler.idle();
    expect(clock.delays()).toEqual([40_000 + 2_000]);
  });

  it('does not count a busy answer as a failure, so its backoff does not grow while the server paces it', async () => {
    const clock = manualTimers();
    let runs = 0;
    const failed: SyncOutcome = { status: 'failed', error: new SabilError('network/unreachable') };
    const busy: SyncOutcome = { status: 'failed', error: new SabilError('sync/busy', { retryAfterMs: 1_000 }) };
    const scheduler = createSyncScheduler({ sync: async () => (++runs <= 3 ? failed : busy), timers: clock.timers, random: () => 0.999, intervalMs: 120_000 });
    scheduler.trigger('start');
    await scheduler.idle();
    for (let i = 0; i < 6; i++) {
      clock.fireNext();
      await scheduler.idle();
    }
    expect([runs, scheduler.status().failures, clock.delays()]).toEqual([7, 3, [1_999]]);
  });

  it('does not retry at once on a trigger that came while a busy server answered', async () => {
    const clock = manualTimers();
    let runs = 0;
    const scheduler = createSyncScheduler({
      sync: async () => {
        runs++;
        if (runs === 1) scheduler.trigger('online');
        return { status: 'failed', error: new SabilError('sync/busy', { retryAfterMs: 30_000 }) };
      },
      timers: clock.timers,
      random: () => 0,
      intervalMs: 120_000,
    });
    scheduler.trigger('start');
    await scheduler.idle();
    expect([runs, clock.delays()]).toEqual([1, [30_000]]);
  });
});
