/**
 * Where a SQLite push spends its time (docs/performance.md, "Where the time goes"): the route's
 * stages one by one on the same 500-event batches, in process, no HTTP: gunzip, JSON.parse, the
 * push schema, the event schema + digest, the storage's ingest transaction, and the report fold
 * after it. `node --import tsx scripts/bench/profile-ingest.ts` prints µs per event for each, in
 * wall time and in this process's CPU time (less disturbed by other work on a shared machine;
 * the commit's fsync is wall time only). PROFILE_FOLD=0 leaves the fold out; PROFILE_DIGEST=js
 * digests with the app's JavaScript SHA-256 (what the server used before) instead of Node's.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { eventDigest, parseEvent } from '../../src/core/events/index';
import { nativeEventDigest } from '../../server/sync/native-digest';
import { openStorage } from '../../server/storage/open-storage';
import { foldNewEvents } from '../../server/reports/fold-new-events';
import { batchesOf, makeBacklog, pushBody } from './bench-events';

const BATCHES = Number(process.env.PROFILE_BATCHES ?? 20);
const dir = mkdtempSync(join(tmpdir(), 'sabil-profile-'));
const storage = openStorage({ dataDir: dir });
await storage.migrate();
const now = new Date().toISOString();
const schoolId = randomUUID();
const classId = randomUUID();
await storage.createSchool({ id: schoolId, name: 'P', createdAt: now }, { id: randomUUID(), at: now, actorUserId: null, schoolId, action: 'school.create', target: 'p', details: {} });
await storage.createClass({ schoolId, id: classId, name: 'C', createdAt: now }, { id: randomUUID(), at: now, actorUserId: null, schoolId, action: 'class.create', target: 'p', details: {} });
const learnerIds: string[] = [];
for (let i = 0; i < 30; i++) {
  const id = randomUUID();
  await storage.addLearner({ schoolId, classId, id, displayName: `L${i}`, createdAt: now });
  learnerIds.push(id);
}
const deviceId = randomUUID();

const backlog = makeBacklog(BATCHES * 500, learnerIds);
const bodies = batchesOf(backlog.events).map((events) => gzipSync(JSON.stringify(pushBody(backlog.deviceId, events, 0))));
const n = backlog.events.length;
const t: Record<string, number> = {};
const cpu: Record<string, number> = {};
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const record = (name: string, wall: number, used: number) => {
  t[name] = (t[name] ?? 0) + wall;
  cpu[name] = (cpu[name] ?? 0) + used;
};
const time = <T>(name: string, work: () => T): T => {
  const [started, cpuStarted] = [performance.now(), cpuMs()];
  const out = work();
  record(name, performance.now() - started, cpuMs() - cpuStarted);
  return out;
};
const timeAsync = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const [started, cpuStarted] = [performance.now(), cpuMs()];
  const out = await work();
  record(name, performance.now() - started, cpuMs() - cpuStarted);
  return out;
};
const fold = process.env.PROFILE_FOLD !== '0';
const digestOf = process.env.PROFILE_DIGEST === 'js' ? eventDigest : nativeEventDigest;
for (const gz of bodies) {
  const text = time('gunzip', () => gunzipSync(gz).toString('utf8'));
  const body = time('JSON.parse', () => JSON.parse(text) as { events: unknown[]; nextSeq: number });
  const parsed = time('event schema', () => body.events.map((raw) => parseEvent(raw)));
  const items = time('digest', () => parsed.map((p) => (p.ok ? { kind: 'event' as const, event: p.event, digest: digestOf(p.event) } : null)).filter((x) => x !== null));
  await timeAsync('ingest transaction', () =>
    storage.ingestEvents({ schoolId, serverDeviceId: deviceId, localDeviceId: backlog.deviceId, epoch: 1, nextSeq: body.nextSeq, status: { appVersion: '1', outboxWaiting: 0, storageFreeBytes: null, clockSkewMs: 0 }, receivedAt: now, items }),
  );
  if (fold) await timeAsync('report fold', () => foldNewEvents(storage, schoolId, new Date()));
  time('answer JSON', () => JSON.stringify({ acked: items.map((i) => i.event.id) }));
}
const total = Object.values(t).reduce((a, b) => a + b, 0);
const totalCpu = Object.values(cpu).reduce((a, b) => a + b, 0);
const us = (ms: number) => ((ms * 1000) / n).toFixed(1).padStart(7);
console.log(`${'stage'.padEnd(20)}    wall µs/event        CPU µs/event`);
for (const [name, ms] of Object.entries(t)) console.log(`${name.padEnd(20)} ${us(ms)} ${((100 * ms) / total).toFixed(0).padStart(3)} %   ${us(cpu[name] ?? 0)} ${((100 * (cpu[name] ?? 0)) / totalCpu).toFixed(0).padStart(3)} %`);
console.log(`${'total'.padEnd(20)} ${us(total)}       ${us(totalCpu)}   → ${Math.round(n / (total / 1000))} events/s wall (no HTTP)`);
await storage.close();
rmSync(dir, { recursive: true, force: true });
