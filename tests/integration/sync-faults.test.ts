/**
 * Sync under the faults issue #6 lists, end to end: the app's sync engine (over fake-indexeddb)
 * talks through a fault-injecting proxy to the real server (a child process on a real SQLite
 * file). After the faults heal and the outbox drains, the server must hold every event the device
 * created exactly once and nothing else (Jepsen's set check: lost = 0, unexpected = 0).
 * Backoff runs in virtual time, so "a 5xx streak of several minutes" takes milliseconds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInTabLock } from '../../src/sync/sync-lock';
import { syncNow } from '../../src/sync/sync-runner';
import { seededRandom, type FaultKind, type FaultPlan } from './support/fault-proxy';
import { CLEAN, checkSet } from './support/set-invariants';
import { copyDatabase, openDevice, syncUntilDrained, type Device } from './support/sync-device';
import { createSyncWorld, type SyncWorld } from './support/sync-world';

let world: SyncWorld;
let dbCount = 0;

beforeAll(async () => {
  world = await createSyncWorld({ learners: 3, seed: 6 });
}, 60_000);
afterAll(async () => {
  await world?.close();
});

async function newDevice(now: () => number = world.clock.now): Promise<Device> {
  return openDevice(`faults-${++dbCount}`, { learnerIds: world.learnerIds, now, enrolment: await world.enrol() });
}

function serverIds(): Set<string> {
  return new Set(world.serverEvents().map((e) => e.id));
}

/** Rounds of "learners work, the device syncs" under `plan` until the proxy has done `fault` `times` times; then heal and drain. */
async function roundsUnder(plan: FaultPlan, fault: FaultKind, times: number, seed: number) {
  const before = serverIds();
  const device = await newDevice();
  const random = seededRandom(seed);
  const startCount = world.proxy.counts[fault];
  world.proxy.setPlan(plan);
  for (let round = 0; round < 60 && world.proxy.counts[fault] - startCount < times; round++) {
    await device.append(40);
    await syncUntilDrained(device.db, { clock: world.clock, random });
  }
  world.proxy.setPlan({});
  await syncUntilDrained(device.db, { clock: world.clock, random });
  expect(world.proxy.counts[fault] - startCount).toBeGreaterThanOrEqual(times);
  expect(checkSet(device.created, world.serverEvents(), before)).toEqual(CLEAN);
  expect(await device.db.outbox.count()).toBe(0);
  device.close();
}

describe('sync through a faulty network to the real server', () => {
  it('sends every event once on a healthy network, and another device pulls them', async () => {
    const before = serverIds();
    const device = await newDevice();
    await device.append(1_201);
    const stats = await syncUntilDrained(device.db, { clock: world.clock, random: seededRandom(1) });
    expect(stats.failures).toBe(0);
    expect(checkSet(device.created, world.serverEvents(), before)).toEqual(CLEAN);

    const other = await newDevice();
    await syncUntilDrained(other.db, { clock: world.clock, random: seededRandom(2) });
    const pulled = new Set((await other.db.events.toArray()).map((e) => e.id));
    expect(device.created.filter((id) => !pulled.has(id))).toEqual([]);
    expect(await other.db.outbox.count()).toBe(0);
    expect(await other.db.device.get('roster')).toMatchObject({ learners: expect.arrayContaining(world.learnerIds.map((id) => expect.objectContaining({ id }))) });
    expect(await other.db.device.get('sync')).toMatchObject({ cursor: expect.any(String), lastError: null, consecutiveFailures: 0 });
    device.close();
    other.close();
  });

  it('survives 10% of requests dropped before the server sees them', () => roundsUnder({ dropRequest: 0.1 }, 'dropRequest', 3, 11));

  it('survives 10% of answers dropped after the server committed', () => roundsUnder({ dropResponse: 0.1 }, 'dropResponse', 3, 12));

  it('survives 5% of requests duplicated', () => roundsUnder({ duplicate: 0.05 }, 'duplicate', 2, 13));

  it('survives truncated request bodies', () => roundsUnder({ truncateBody: 0.2 }, 'truncateBody', 3, 14));

  it('survives all of these at once', () => roundsUnder({ dropRequest: 0.1, dropResponse: 0.1, duplicate: 0.05, truncateBody: 0.05 }, 'dropResponse', 3, 15));

  it('keeps retrying through a 5xx streak of several minutes, then syncs everything', async () => {
    const before = serverIds();
    const device = await newDevice();
    await device.append(300);
    const streakEnds = world.clock.now() + 7 * 60_000;
    world.proxy.setPlan({ errorUntil: streakEnds });
    const wallStart = Date.now();
    const stats = await syncUntilDrained(device.db, { clock: world.clock, random: seededRandom(21) });
    world.proxy.setPlan({});
    expect(stats.virtualMs).toBeGreaterThanOrEqual(7 * 60_000);
    expect(stats.failures).toBeGreaterThanOrEqual(5);
    expect(new Set(stats.errors)).toEqual(new Set(['internal/unexpected']));
    expect(Date.now() - wallStart).toBeLessThan(30_000);
    expect(checkSet(device.created, world.serverEvents(), before)).toEqual(CLEAN);
    expect(await device.db.device.get('sync')).toMatchObject({ lastError: null, consecutiveFailures: 0 });
    device.close();
  });

  it('starts offline, records why, and syncs when the network comes back', async () => {
    const before = serverIds();
    world.proxy.setPlan({ offline: true });
    const device = await newDevice();
    await device.append(50);
    let sawError = false;
    const stats = await syncUntilDrained(device.db, {
      clock: world.clock,
      random: seededRandom(31),
      onFailure: async (failures) => {
        const state = await device.db.device.get('sync');
        sawError ||= state?.key === 'sync' && state.lastError?.code === 'network/unreachable' && state.consecutiveFailures === failures;
        if (failures === 4) world.proxy.setPlan({});
      },
    });
    expect([stats.failures, sawError]).toEqual([4, true]);
    expect(checkSet(device.created, world.serverEvents(), before)).toEqual(CLEAN);
    device.close();
  });

  it('survives the server killed (SIGKILL) at random moments during a long push, and restarted', async () => {
    const before = serverIds();
    const device = await newDevice();
    await device.append(5_000);
    const random = seededRandom(41);
    let kills = 0;
    const killer = async () => {
      while (kills < 3) {
        await new Promise((resolve) => setTimeout(resolve, 100 + random() * 600));
        await world.restart('SIGKILL');
        kills++;
      }
    };
    const [stats] = await Promise.all([syncUntilDrained(device.db, { clock: world.clock, random, maxSyncs: 10_000 }), killer()]);
    await syncUntilDrained(device.db, { clock: world.clock, random });
    expect(kills).toBe(3);
    expect(stats.failures).toBeGreaterThan(0); // the kills did land during the push
    expect(checkSet(device.created, world.serverEvents(), before)).toEqual(CLEAN);
    device.close();
  }, 180_000);

  it('gets acks again for pushes the server committed just before it crashed (SABIL_FAULTS)', async () => {
    const before = serverIds();
    const device = await newDevice();
    await device.append(1_200);
    await world.restart('SIGTERM', { SABIL_FAULTS: 'crash-after-push-commit=2' });
    const crashed = world.server.exited;
    const random = seededRandom(45);
    let restarted = false;
    await syncUntilDrained(device.db, {
      clock: world.clock,
      random,
      onFailure: async () => {
        if (restarted || world.server.child.exitCode === null) return;
        expect(await crashed).toBe(86);
        restarted = true;
        await world.start();
      },
    });
    expect(restarted).toBe(true);
    expect(checkSet(device.created, world.serverEvents(), before)).toEqual(CLEAN);
    device.close();
  });

  it('stops syncing, and says so, once the coordinator revokes the device', async () => {
    const enrolment = await world.enrol();
    const device = await openDevice(`revoked-${++dbCount}`, { learnerIds: world.learnerIds, now: world.clock.now, enrolment });
    await device.append(5);
    await world.revoke(enrolment.serverDeviceId);
    const lock = createInTabLock();
    expect(await syncNow(device.db, { lock, appVersion: 'test', now: world.clock.now })).toEqual({ status: 'revoked' });
    expect(await device.db.device.get('enrolment')).toMatchObject({ revokedAt: world.clock.now() });
    expect(await device.db.device.get('sync')).toMatchObject({ lastError: { code: 'auth/revoked' } });
    expect(await device.db.outbox.count()).toBe(5); // kept: a new enrolment can still send them
    expect(await syncNow(device.db, { lock, appVersion: 'test', now: world.clock.now })).toEqual({ status: 'revoked' });
    device.close();
  });

  it.each([
    ['sharing one lock (Web Locks or the in-tab mutex)', true],
    ['with no lock between them (a browser without Web Locks)', false],
  ])('keeps the set exact with two tabs syncing at once, %s', async (_name, sharedLock) => {
    const before = serverIds();
    const enrolment = await world.enrol();
    const name = `tabs-${++dbCount}`;
    const created: string[] = [];
    const tabA = await openDevice(name, { learnerIds: world.learnerIds, now: world.clock.now, enrolment, created });
    const tabB = await openDevice(name, { learnerIds: world.learnerIds, now: world.clock.now, created });
    world.proxy.setPlan({ dropResponse: 0.1, duplicate: 0.05 });
    const lockA = createInTabLock();
    const lockB = sharedLock ? lockA : createInTabLock();
    await Promise.all([tabA.append(700), tabB.append(700)]);
    await Promise.all([
      syncUntilDrained(tabA.db, { clock: world.clock, random: seededRandom(51), lock: lockA }),
      syncUntilDrained(tabB.db, { clock: world.clock, random: seededRandom(52), lock: lockB }),
      tabA.append(100),
    ]);
    world.proxy.setPlan({});
    await syncUntilDrained(tabA.db, { clock: world.clock, random: seededRandom(53), lock: lockA });
    expect(new Set(created).size).toBe(1_500);
    expect(checkSet(created, world.serverEvents(), before)).toEqual(CLEAN);
    const mine = new Set(created);
    const seqs = (await tabA.db.events.toArray()).filter((e) => mine.has(e.id)).map((e) => `${e.epoch}/${e.seq}`);
    expect(new Set(seqs).size).toBe(1_500);
    tabA.close();
    tabB.close();
  });

  it.each([
    ['1970', Date.UTC(1970, 0, 1, 8)],
    ['2040', Date.UTC(2040, 5, 1, 8)],
  ])('syncs a device whose clock says %s, keeps its times as recorded and the skew on the server', async (_year, deviceTime) => {
    const before = serverIds();
    let tick = 0;
    const deviceNow = () => deviceTime + tick++;
    const device = await newDevice(deviceNow);
    await device.append(30);
    await syncUntilDrained(device.db, { clock: world.clock, random: seededRandom(61), deviceNow });
    expect(checkSet(device.created, world.serverEvents(), before)).toEqual(CLEAN);
    const mine = world.serverEvents().filter((e) => device.created.includes(e.id));
    expect(mine.every((e) => Math.abs(e.atDevice - deviceTime) < 1_000)).toBe(true);
    const identity = await device.db.device.get('identity');
    const skew = world.deviceSkews().find((s) => identity?.key === 'identity' && s.localDeviceId === identity.deviceId);
    expect(Math.abs((skew?.clockSkewMs ?? 0) - (deviceTime - Date.now()))).toBeLessThan(10 * 60_000);
    device.close();
  });

  it('gives a copied database a new epoch when the server finds it, and loses nothing', async () => {
    const before = serverIds();
    const original = await newDevice();
    await original.append(20);
    await syncUntilDrained(original.db, { clock: world.clock, random: seededRandom(71) });
    const copyDb = await copyDatabase(original.db, `copy-${++dbCount}`);
    const copyCreated: string[] = [];
    const copy = await openDevice(copyDb.name, { learnerIds: world.learnerIds, now: world.clock.now, created: copyCreated });
    copyDb.close();

    await original.append(15);
    await syncUntilDrained(original.db, { clock: world.clock, random: seededRandom(72) });
    await copy.append(10); // the same (device, epoch 1, seq 21…30) as the original's newest events
    await syncUntilDrained(copy.db, { clock: world.clock, random: seededRandom(73) });
    expect(await copy.db.device.get('identity')).toMatchObject({ epoch: 2 });
    await copy.append(10);
    await original.append(10);
    await syncUntilDrained(copy.db, { clock: world.clock, random: seededRandom(74) });
    await syncUntilDrained(original.db, { clock: world.clock, random: seededRandom(75) });

    const created = [...original.created, ...copyCreated];
    expect(checkSet(created, world.serverEvents(), before)).toEqual(CLEAN);
    const identity = await original.db.device.get('identity');
    expect(world.deviceSkews().find((s) => identity?.key === 'identity' && s.localDeviceId === identity.deviceId)?.copiedReports).toBeGreaterThan(0);
    // Only the ten events the copy wrote before it knew share a (device, epoch, seq) with the original's.
    const triples = new Map<string, number>();
    for (const e of world.serverEvents().filter((e) => created.includes(e.id))) triples.set(`${e.epoch}/${e.seq}`, (triples.get(`${e.epoch}/${e.seq}`) ?? 0) + 1);
    const reused = [...triples].filter(([, n]) => n > 1).map(([t]) => t);
    expect(reused.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `1/${21 + i}`).sort());
    const copyEvents = await copy.db.events.bulkGet(copyCreated.slice(10));
    expect(copyEvents.every((e) => e?.epoch === 2)).toBe(true);
    original.close();
    copy.close();
  });
});
