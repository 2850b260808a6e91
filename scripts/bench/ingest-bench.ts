/**
 * Server ingest, single client: one enrolled device pushes gzip batches of 500 over HTTP to the
 * real server child, one request in flight, as the app's sync engine does (validate → dedupe →
 * commit → ack). Then the same bodies again (a replay: every event already held), then the same
 * rows straight into the raw baseline. Gzip is done before the clock starts: it is device work.
 */
import { gzipSync } from 'node:zlib';
import { batchesOf, makeBacklog, pushBody, rowsFor } from './bench-events';
import type { BenchServer, Device } from './server-world';
import { gzipBody } from './server-world';
import { median, repeat } from './stats';

export interface IngestRun {
  events: number;
  freshPerSec: number;
  replayPerSec: number;
  rawPerSec: number;
  /** Raw `COPY … FROM STDIN` of the same rows (PostgreSQL only). */
  copyPerSec?: number;
  /** Gzip request bodies plus the (plain JSON) answers, per event; no HTTP headers. */
  wireBytesPerEvent: number;
  /** Gzip request bodies only, per event. */
  requestBytesPerEvent: number;
  bareGzipBytesPerEvent: number;
}

export interface IngestFigures {
  runs: IngestRun[];
  median: IngestRun;
}

async function pushAll(server: BenchServer, device: Device, bodies: readonly { gzipped: Uint8Array; events: number }[]): Promise<{ seconds: number; wire: number; request: number; acked: number }> {
  let wire = 0;
  let request = 0;
  let acked = 0;
  const started = performance.now();
  for (const body of bodies) {
    const result = await server.push(device, body.gzipped, body.events);
    if (result.status !== 200) throw new Error(`push answered ${result.status}`);
    wire += result.requestBytes + result.answerBytes;
    request += result.requestBytes;
    acked += result.acked;
  }
  return { seconds: (performance.now() - started) / 1000, wire, request, acked };
}

export async function benchIngest(
  server: BenchServer,
  rawInsert: (rows: ReturnType<typeof rowsFor>) => number | Promise<number>,
  options: { batches: number; runs: number },
  rawCopy?: (rows: ReturnType<typeof rowsFor>) => Promise<number>,
): Promise<IngestFigures> {
  const device = await server.enrol();
  let serverSeq = 1;
  const runs = await repeat(options.runs, async () => {
    const backlog = makeBacklog(options.batches * 500, server.learnerIds);
    const batches = batchesOf(backlog.events);
    const bodies = batches.map((events, i) => ({ gzipped: gzipBody(pushBody(backlog.deviceId, events, backlog.events.length - i * 500)), events: events.length }));
    const bare = batches.reduce((sum, events) => sum + gzipSync(JSON.stringify(events)).byteLength, 0);
    const fresh = await pushAll(server, device, bodies);
    if (fresh.acked !== backlog.events.length) throw new Error(`fresh push acked ${fresh.acked} of ${backlog.events.length}`);
    const replay = await pushAll(server, device, bodies);
    if (replay.acked !== backlog.events.length) throw new Error(`replay acked ${replay.acked} of ${backlog.events.length}`);
    const rows = rowsFor(backlog.events, server.schoolId, device.serverDeviceId, serverSeq);
    serverSeq += rows.length;
    const rawSeconds = await rawInsert(rows);
    const copySeconds = rawCopy ? await rawCopy(rows) : undefined;
    const n = backlog.events.length;
    return {
      events: n,
      ...(copySeconds === undefined ? {} : { copyPerSec: n / copySeconds }),
      freshPerSec: n / fresh.seconds,
      replayPerSec: n / replay.seconds,
      rawPerSec: n / rawSeconds,
      wireBytesPerEvent: fresh.wire / n,
      requestBytesPerEvent: fresh.request / n,
      bareGzipBytesPerEvent: bare / n,
    };
  });
  const pick = (key: Exclude<keyof IngestRun, 'copyPerSec'>) => median(runs.map((r) => r[key]));
  return {
    runs,
    median: {
      events: pick('events'), freshPerSec: pick('freshPerSec'), replayPerSec: pick('replayPerSec'), rawPerSec: pick('rawPerSec'),
      ...(runs[0]?.copyPerSec === undefined ? {} : { copyPerSec: median(runs.map((r) => r.copyPerSec ?? NaN)) }),
      wireBytesPerEvent: pick('wireBytesPerEvent'), requestBytesPerEvent: pick('requestBytesPerEvent'), bareGzipBytesPerEvent: pick('bareGzipBytesPerEvent'),
    },
  };
}
