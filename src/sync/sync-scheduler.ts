/**
 * When to sync: at start, when the browser comes online, when the service worker's Background
 * Sync fires, every few minutes while the app is open, and when someone taps "Sync now". Triggers
 * that arrive during a sync make one more sync afterwards, never a second one at the same time.
 * After a failure the next try waits a full-jitter backoff (2 s … 5 min), or longer when a busy
 * server said so (`Retry-After`, plus jitter), and tries again, forever;
 * a revoked credential stops the scheduler. Timers and randomness are injected, so tests run
 * minutes of backoff in no time.
 */
import { SabilError } from '../core/errors/index';
import { backoffDelay, retryAfterDelay } from './backoff';
import { retryAfterOf } from './retry-after';
import type { SyncProgress } from './push-outbox';
import type { SyncOutcome } from './sync-runner';

export type SyncTrigger = 'start' | 'online' | 'timer' | 'retry' | 'service-worker' | 'manual';

export interface SyncSchedulerStatus {
  running: boolean;
  progress: SyncProgress | null;
  lastOutcome: SyncOutcome | null;
  /** Failures in a row; the next retry waits longer with each. */
  failures: number;
  stopped: boolean;
}

export interface Timers {
  /** Calls `fire` after `ms`; the returned function cancels it. */
  after(ms: number, fire: () => void): () => void;
}

export interface SchedulerDeps {
  sync: (onProgress: (progress: SyncProgress) => void) => Promise<SyncOutcome>;
  timers: Timers;
  random: () => number;
  /** The regular sync while the app is open. */
  intervalMs: number;
  onFailure?: (outcome: SyncOutcome) => void;
}

export interface SyncScheduler {
  trigger(reason: SyncTrigger): void;
  /** Resolves when no sync is running or waiting (tests, and "Sync now" waiting for its result). */
  idle(): Promise<void>;
  status(): SyncSchedulerStatus;
  subscribe(listener: (status: SyncSchedulerStatus) => void): () => void;
  stop(): void;
}

export const SYNC_INTERVAL_MS = 2 * 60_000;

export function createSyncScheduler(deps: SchedulerDeps): SyncScheduler {
  let status: SyncSchedulerStatus = { running: false, progress: null, lastOutcome: null, failures: 0, stopped: false };
  let again = false;
  let cancelTimer: (() => void) | null = null;
  let current: Promise<void> = Promise.resolve();
  const listeners = new Set<(status: SyncSchedulerStatus) => void>();

  const update = (change: Partial<SyncSchedulerStatus>) => {
    status = { ...status, ...change };
    for (const listener of listeners) listener(status);
  };

  const schedule = (ms: number, reason: SyncTrigger) => {
    cancelTimer?.();
    cancelTimer = deps.timers.after(ms, () => {
      cancelTimer = null;
      trigger(reason);
    });
  };

  const afterOutcome = (outcome: SyncOutcome) => {
    if (outcome.status === 'revoked') return stop();
    if (outcome.status === 'failed') {
      deps.onFailure?.(outcome);
      // A busy server said when to come back (429/503 Retry-After): that is pacing, not a failure,
      // so the backoff does not grow, and a trigger that came meanwhile waits too (docs/sync.md).
      const retryAfterMs = retryAfterOf(outcome.error);
      if (retryAfterMs !== null) {
        again = false;
        return schedule(retryAfterDelay(retryAfterMs, deps.random), 'retry');
      }
      const failures = status.failures + 1;
      update({ failures });
      // A trigger that came during the failed sync (online, manual) tries again now.
      if (again) return void (again = false, trigger('retry'));
      return schedule(backoffDelay(failures, deps.random), 'retry');
    }
    update({ failures: 0 });
    if (again) return void (again = false, trigger('retry'));
    schedule(deps.intervalMs, 'timer');
  };

  const run = async () => {
    cancelTimer?.();
    cancelTimer = null;
    update({ running: true, progress: null });
    let outcome: SyncOutcome;
    try {
      outcome = await deps.sync((progress) => update({ progress }));
    } catch (error) {
      // syncNow never throws; this is a bug's last line of defence, treated as a failure to retry.
      outcome = { status: 'failed', error: error instanceof SabilError ? error : new SabilError('internal/unexpected', {}, { cause: error }) };
    }
    update({ running: false, lastOutcome: outcome });
    if (!status.stopped) afterOutcome(outcome);
  };

  function trigger(_reason: SyncTrigger): void {
    if (status.stopped) return;
    if (status.running) {
      again = true;
      return;
    }
    current = run();
  }

  function stop(): void {
    cancelTimer?.();
    cancelTimer = null;
    update({ stopped: true });
  }

  return {
    trigger,
    async idle() {
      for (;;) {
        const waitingFor = current;
        await waitingFor;
        if (waitingFor === current && !status.running) return;
      }
    },
    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop,
  };
}
