/**
 * Issue #8, point 2: two real server processes (`node --import tsx server/main.ts`, each with its
 * own port and DATA_DIR, one DATABASE_URL) take pushes of the same device at once — the same
 * batch sent to both at the same moment, and the next batch crossing it — while a third
 * instance adds learners and another device pulls without pause from both servers.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../../src/core/events/index';
import { lessonCompleted, quizAnswered } from '../../../src/core/events/test-events';
import { uuidV7 } from '../../../src/core/ids/index';
import { startServerProcess, type ServerProcess } from '../../../tests/integration/support/server-process';
import { enrolTestDevice, seedSchool } from '../../testing/accounts';
import { makeTempDir } from '../../testing/temp-dir';
import { newTestDatabase, queryTestDatabase } from '../../testing/test-storage';

const AT = '2030-01-01T08:00:00.000Z';
const ROUNDS = 50;
const BATCH = 40;

const servers: ServerProcess[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.kill('SIGTERM')));
});

async function post(server: ServerProcess, path: string, credential: string, body: unknown) {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/v1${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${credential}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${text}`);
  return JSON.parse(text) as Record<string, unknown>; // every API answer is a JSON object
}

describe('sync on PostgreSQL behind several server instances', () => {
  it('loses nothing, stores nothing twice, and numbers changes so that a pull running all along skips none', async () => {
    const database = await newTestDatabase();
    const storage = database.open();
    await storage.migrate();
    const { schoolId, classId } = await seedSchool(storage, 'A');
    // A user exists, so neither instance issues a setup code at start.
    await storage.createUser({ id: randomUUID(), login: 'coordinator', displayName: 'C', role: 'coordinator', passwordHash: 'x', createdAt: AT, allSchools: true }, {
      id: randomUUID(), at: AT, actorUserId: null, schoolId: null, action: 'user.create', target: 't', details: {},
    });
    const learnerIds = [randomUUID(), randomUUID()];
    for (const [i, id] of learnerIds.entries()) await storage.addLearner({ schoolId, classId, id, displayName: `Learner ${i}`, createdAt: AT });
    const pusher = await enrolTestDevice(storage, schoolId);
    const puller = await enrolTestDevice(storage, schoolId);

    const env = { DATABASE_URL: database.url!, SABIL_DEMO: '0' }; // set for a PostgreSQL test database
    servers.push(...(await Promise.all([startServerProcess(makeTempDir(), env), startServerProcess(makeTempDir(), env)])));
    const [one, two] = servers as [ServerProcess, ServerProcess];
    expect(one.port).not.toBe(two.port);

    const newId = () => uuidV7(Date.now(), randomBytes(10));
    const deviceId = newId();
    const total = ROUNDS * 2 * BATCH;
    const events: EventRecord[] = Array.from({ length: total }, (_, i) => {
      const envelope = { id: newId(), deviceId, seq: i + 1, learnerId: learnerIds[i % 2]!, at: Date.parse(AT) + i };
      return i % 3 ? lessonCompleted(i + 1, envelope) : quizAnswered(i + 1, envelope);
    });
    // nextSeq is past every event, as a device with two batches in flight sends it.
    const body = (batch: EventRecord[]) => ({
      deviceId, epoch: 1, nextSeq: total + 1, status: { appVersion: '0.1.0', outboxWaiting: 0, storageFreeBytes: null, clientTime: Date.now() }, events: batch,
    });

    let pushing = true;
    const pulled: EventRecord[] = [];
    let pulls = 0;
    const pullLoop = (async () => {
      let cursor: string | null = null;
      for (;;) {
        const done = !pushing; // read before the pull: a pull that starts after the last commit sees everything
        const page = await post(pulls++ % 2 ? one : two, '/sync/pull', puller.credential, { cursor, limit: 50 });
        pulled.push(...(page.events as EventRecord[])); // the pull answer's events
        cursor = page.cursor as string;
        if (done && page.more === false) return;
      }
    })();
    pullLoop.catch(() => undefined); // awaited below; this only keeps a failure during the pushes from going unhandled

    try {
      for (let round = 0; round < ROUNDS; round++) {
        const first = events.slice(round * 2 * BATCH, (round * 2 + 1) * BATCH);
        const second = events.slice((round * 2 + 1) * BATCH, (round * 2 + 2) * BATCH);
        const [a, b, c, d] = await Promise.all([
          post(one, '/sync/push', pusher.credential, body(first)),
          post(two, '/sync/push', pusher.credential, body(first)),
          post(two, '/sync/push', pusher.credential, body(second)),
          post(one, '/sync/push', pusher.credential, body(second)),
          storage.addLearner({ schoolId, classId, id: randomUUID(), displayName: `Added ${round}`, createdAt: AT }),
        ]);
        for (const [answer, batch] of [[a, first], [b, first], [c, second], [d, second]] as const) {
          expect(answer).toMatchObject({ acked: batch.map((e) => e.id), quarantined: [], epochStale: false });
        }
      }
    } finally {
      pushing = false;
    }
    await pullLoop;

    const [counts] = await queryTestDatabase<{ n: number; ids: number }>(database, 'SELECT COUNT(*) AS n, COUNT(DISTINCT id) AS ids FROM events WHERE school_id = ?', schoolId);
    expect(counts).toEqual({ n: total, ids: total }); // none lost, none twice
    const stored = await queryTestDatabase<{ id: string; seq: number }>(database, 'SELECT id, server_seq AS seq FROM events WHERE school_id = ? ORDER BY server_seq', schoolId);
    expect(new Set(stored.map((r) => r.id))).toEqual(new Set(events.map((e) => e.id)));

    // Events and roster learners share the school's sequence: 1…head, each value once, no gap.
    const roster = await queryTestDatabase<{ seq: number }>(database, 'SELECT server_seq AS seq FROM roster_learners WHERE school_id = ?', schoolId);
    expect(roster).toHaveLength(learnerIds.length + ROUNDS);
    const all = [...stored, ...roster].map((r) => r.seq).sort((x, y) => x - y);
    expect(all).toEqual(all.map((_, i) => i + 1));
    const [counter] = await queryTestDatabase<{ n: number }>(database, 'SELECT next_seq AS n FROM school_counters WHERE school_id = ?', schoolId);
    expect(counter).toEqual({ n: all.length + 1 });

    // The pull that ran all along got every event once, in server order: none skipped, none twice.
    expect(pulls).toBeGreaterThan(ROUNDS);
    expect(pulled.map((e) => e.id)).toEqual(stored.map((r) => r.id));
    expect(await storage.listQuarantine(schoolId, 10)).toEqual([]);
    expect(await storage.getDeviceSyncState(schoolId, pusher.deviceId)).toMatchObject({ copiedReports: 0, epochs: [{ epoch: 1, maxSeq: total }] });
  }, 240_000);
});
