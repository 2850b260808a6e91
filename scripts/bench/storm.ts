/**
 * A reconnect storm on loopback: many enrolled devices come back online at the same moment, each
 * with a backlog, and push it in batches of 500 with the app's kind of retry (exponential backoff
 * with full jitter, and at least the server's Retry-After plus jitter when it sends one — the app's
 * own `backoffDelay` and `retryAfterDelay`). Bounded: a fixed number of devices, batches and
 * attempts. Measures sustained events/s, two latencies (of each accepted request, send → answer;
 * and of each batch end to end, first attempt → ack, waits included), the server child's peak RSS,
 * and lost/duplicated events from its database.
 */
import { backoffDelay, retryAfterDelay } from '../../src/sync/backoff';
import { parseRetryAfter } from '../../src/sync/retry-after';
import { batchesOf, makeBacklog, pushBody } from './bench-events';
import { rssMiB } from './machine';
import type { BenchServer, Device } from './server-world';
import { gzipBody } from './server-world';
import { percentile } from './stats';

export interface StormOptions {
  devices: number;
  backlog: number;
  maxAttempts: number;
  baseDelayMs: number;
  capDelayMs: number;
}

export interface StormFigures extends StormOptions {
  events: number;
  seconds: number;
  eventsPerSec: number;
  /** Batch end to end: first attempt → ack, refusals and waits included. */
  ackP50Ms: number;
  ackP99Ms: number;
  ackMaxMs: number;
  /** Accepted requests only: send → 200 answer (time in the server's queue and work). */
  requestP50Ms: number;
  requestP99Ms: number;
  requestMaxMs: number;
  attempts: number;
  refusals: Record<string, number>;
  retryAfterSeen: number;
  peakRssMiB: number;
  idleRssMiB: number;
  lost: number;
  duplicated: number;
  unexpected: number;
  enrolSeconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `work` over `items` with at most `limit` at once. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T); // i < items.length
    }
  });
  await Promise.all(lanes);
  return out;
}

export async function benchStorm(server: BenchServer, options: StormOptions, heldIds: () => string[]): Promise<StormFigures> {
  const enrolStarted = performance.now();
  const devices: Device[] = await pool(Array.from({ length: options.devices }, (_, i) => i), 4, () => server.enrol());
  const enrolSeconds = (performance.now() - enrolStarted) / 1000;
  // Built (and gzipped: device work) before the clock starts; only ids and gzip bytes are kept, so 2.5 million events fit.
  const work = devices.map((device) => {
    const backlog = makeBacklog(options.backlog, server.learnerIds);
    const batches = batchesOf(backlog.events);
    return { device, ids: backlog.events.map((e) => e.id), bodies: batches.map((events, i) => ({ n: events.length, body: gzipBody(pushBody(backlog.deviceId, events, options.backlog - i * 500)) })) };
  });
  const policy = { baseMs: options.baseDelayMs, capMs: options.capDelayMs };
  const pid = server.server.child.pid ?? 0;
  const idleRssMiB = rssMiB(pid);
  let peakRssMiB = idleRssMiB;
  const sampler = setInterval(() => (peakRssMiB = Math.max(peakRssMiB, rssMiB(pid))), 100);

  const latencies: number[] = [];
  const requestLatencies: number[] = [];
  const refusals: Record<string, number> = {};
  let attempts = 0;
  let retryAfterSeen = 0;
  const started = performance.now();
  await Promise.all(
    work.map(async ({ device, bodies }) => {
      for (const { n, body } of bodies) {
        const firstTry = performance.now();
        let failures = 0;
        for (let attempt = 1; ; attempt++) {
          attempts++;
          let outcome: string;
          let retryAfter: string | null = null;
          const sent = performance.now();
          try {
            const result = await server.push(device, body, n);
            if (result.status === 200 && result.acked === n) {
              const now = performance.now();
              requestLatencies.push(now - sent);
              latencies.push(now - firstTry);
              break;
            }
            outcome = `HTTP ${result.status}`;
            retryAfter = result.retryAfter;
          } catch (error) {
            outcome = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
          }
          refusals[outcome] = (refusals[outcome] ?? 0) + 1;
          if (attempt >= options.maxAttempts) throw new Error(`a device gave up after ${attempt} attempts (${outcome})`);
          // As the app's scheduler: the server's Retry-After plus jitter (pacing, not a failure: the
          // backoff does not grow), else its backoff over the failures so far.
          const retryAfterMs = parseRetryAfter(retryAfter, Date.now());
          if (retryAfterMs !== null) retryAfterSeen++;
          else failures++;
          await sleep(retryAfterMs === null ? backoffDelay(failures, Math.random, policy) : retryAfterDelay(retryAfterMs, Math.random));
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakRssMiB = Math.max(peakRssMiB, rssMiB(pid));

  const created = work.flatMap((w) => w.ids);
  const counts = new Map<string, number>();
  for (const id of heldIds()) counts.set(id, (counts.get(id) ?? 0) + 1);
  const mine = new Set(created);
  return {
    ...options,
    events: created.length,
    seconds,
    eventsPerSec: created.length / seconds,
    ackP50Ms: percentile(latencies, 50),
    ackP99Ms: percentile(latencies, 99),
    ackMaxMs: percentile(latencies, 100),
    requestP50Ms: percentile(requestLatencies, 50),
    requestP99Ms: percentile(requestLatencies, 99),
    requestMaxMs: percentile(requestLatencies, 100),
    attempts,
    refusals,
    retryAfterSeen,
    peakRssMiB,
    idleRssMiB,
    lost: created.filter((id) => !counts.has(id)).length,
    duplicated: [...counts.values()].filter((c) => c > 1).length,
    unexpected: [...counts.keys()].filter((id) => !mine.has(id)).length,
    enrolSeconds,
  };
}
