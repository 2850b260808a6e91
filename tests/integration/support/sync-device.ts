/**
 * A device for the sync fault tests: the app's own Dexie database over fake-indexeddb, learner
 * events written through `appendEvent`, and the app's own sync engine (syncNow + the scheduler)
 * driven with virtual timers, so minutes of backoff take milliseconds of wall time.
 */
import 'fake-indexeddb/auto';
import { randomBytes } from 'node:crypto';
import { uuidV7 } from '../../../src/core/ids/index';
import { NO_ATTEMPTS } from '../../../src/core/profiles/index';
import { SabilDatabase } from '../../../src/data/db';
import { ensureDeviceIdentity } from '../../../src/data/device-repo';
import { appendEvent } from '../../../src/data/events-repo';
import { createInTabLock, type SyncLock } from '../../../src/sync/sync-lock';
import { syncNow, type SyncOutcome } from '../../../src/sync/sync-runner';
import { createSyncScheduler, type Timers } from '../../../src/sync/sync-scheduler';
import type { Enrolment, TestClock } from './sync-world';

export interface Device {
  db: SabilDatabase;
  /** Ids of every event this device (and its tabs) created, in order. */
  created: string[];
  append(count: number): Promise<void>;
  close(): void;
}

const TABLES = ['device', 'learners', 'events', 'outbox'] as const;

export function deviceClock(now: () => number) {
  return { now, newId: () => uuidV7(now(), new Uint8Array(randomBytes(10))) };
}

/** Opens (or re-opens: a second tab, a restarted app) the database `name` as a device. */
export async function openDevice(name: string, options: { learnerIds: string[]; now: () => number; enrolment?: Enrolment; created?: string[] }): Promise<Device> {
  const db = new SabilDatabase(name);
  await db.open();
  const clock = deviceClock(options.now);
  await ensureDeviceIdentity(db, clock.newId, options.now());
  if (options.enrolment && !(await db.device.get('enrolment'))) {
    await db.device.put({ key: 'enrolment', ...options.enrolment, enrolledAt: options.now(), revokedAt: null });
  }
  // Profiles linked to the class roster, as a teacher's view makes them: only their events are sent.
  for (const id of options.learnerIds) {
    if (await db.learners.get(id)) continue;
    await db.learners.put({
      id, displayName: id, avatar: 'camel', language: 'en', pin: null, attempts: NO_ATTEMPTS, createdAt: options.now(),
      roster: { classId: options.enrolment?.classId ?? 'class', state: 'linked' },
    });
  }
  const created = options.created ?? [];
  let turn = 0;
  return {
    db,
    created,
    async append(count) {
      for (let i = 0; i < count; i++) {
        const learnerId = options.learnerIds[turn++ % options.learnerIds.length] ?? '';
        const row = await appendEvent(db, { learnerId, type: 'lesson.completed', data: { packId: 'sabil.demo', packVersion: '1.0.0', lessonId: `l${turn}` } }, clock);
        created.push(row.id);
      }
    },
    close: () => db.close(),
  };
}

/** Copies a device database whole, as a backup restored on another tablet would. */
export async function copyDatabase(from: SabilDatabase, toName: string): Promise<SabilDatabase> {
  const to = new SabilDatabase(toName);
  await to.open();
  for (const table of TABLES) await to.table(table).bulkPut(await from.table(table).toArray());
  return to;
}

/** Timers that fire in virtual time: each wait moves the test clock on instead of sleeping. */
export function virtualTimers(clock: TestClock) {
  const pending: { at: number; fire: () => void; cancelled: boolean }[] = [];
  const timers: Timers = {
    after(ms, fire) {
      const entry = { at: clock.now() + ms, fire, cancelled: false };
      pending.push(entry);
      return () => void (entry.cancelled = true);
    },
  };
  return {
    timers,
    /** Moves the clock to the earliest timer and fires it; false when none is waiting. */
    fireNext(): boolean {
      const live = pending.filter((p) => !p.cancelled).sort((a, b) => a.at - b.at);
      const next = live[0];
      if (!next) return false;
      next.cancelled = true;
      if (next.at > clock.now()) clock.advance(next.at - clock.now());
      next.fire();
      return true;
    },
  };
}

export interface DrainOptions {
  clock: TestClock;
  random: () => number;
  lock?: SyncLock;
  /** The device's own clock for `clientTime` (1970, 2040…); the test clock by default. */
  deviceNow?: () => number;
  /** Called after each failed sync with the count so far; a test heals the network here. */
  onFailure?: (failures: number, outcome: SyncOutcome) => void | Promise<void>;
  /** Called after each sync (to kill the server, append events…). */
  afterSync?: (syncs: number) => void | Promise<void>;
  maxSyncs?: number;
}

export interface DrainStats {
  syncs: number;
  failures: number;
  virtualMs: number;
  errors: string[];
}

/**
 * Runs the app's scheduler until a sync succeeds with the outbox empty. Failures back off with
 * the scheduler's own jittered delays, in virtual time.
 */
export async function syncUntilDrained(db: SabilDatabase, options: DrainOptions): Promise<DrainStats> {
  const startedAt = options.clock.now();
  const timers = virtualTimers(options.clock);
  const lock = options.lock ?? createInTabLock();
  const stats: DrainStats = { syncs: 0, failures: 0, virtualMs: 0, errors: [] };
  const scheduler = createSyncScheduler({
    sync: (onProgress) => syncNow(db, { lock, appVersion: '0.1.0-test', now: options.deviceNow ?? options.clock.now, onProgress }),
    timers: timers.timers,
    random: options.random,
    intervalMs: 120_000,
  });
  scheduler.trigger('start');
  try {
    for (;;) {
      await scheduler.idle();
      const outcome = scheduler.status().lastOutcome;
      stats.syncs++;
      if (outcome?.status === 'failed') {
        stats.failures++;
        stats.errors.push(outcome.error.code);
        await options.onFailure?.(stats.failures, outcome);
      }
      await options.afterSync?.(stats.syncs);
      if (outcome && outcome.status !== 'failed' && outcome.status !== 'done') throw new Error(`sync stopped: ${outcome.status}`);
      if (outcome?.status === 'done' && (await db.outbox.count()) === 0) break;
      if (stats.syncs >= (options.maxSyncs ?? 2_000)) throw new Error(`outbox not drained after ${stats.syncs} syncs: ${stats.errors.slice(-5).join(', ')}`);
      // A breath of real time, so a restarting server and the proxy's sockets make progress.
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (!timers.fireNext()) throw new Error('no sync scheduled');
    }
  } finally {
    scheduler.stop();
  }
  stats.virtualMs = options.clock.now() - startedAt;
  return stats;
}
