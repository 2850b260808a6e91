/**
 * A world for sync fault tests: the real server as a child process on a temp data folder (demo
 * school and class), learners added to the class by the demo teacher through the API, the fault
 * proxy in front of the server, and a way to read what the server holds from its SQLite file.
 * Devices enrol through the API like a real tablet; the client engine talks only to the proxy.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setApiOrigin } from '../../../src/sync/api-client';
import { createFaultProxy, type FaultProxy } from './fault-proxy';
import { demoPasswords, startServerProcess, type ServerProcess } from './server-process';

export interface Enrolment {
  serverDeviceId: string;
  credential: string;
  schoolId: string;
  classId: string | null;
}

export interface ServerEvent {
  id: string;
  deviceId: string;
  epoch: number;
  seq: number;
  atDevice: number;
}

/** The injected clock of the fault proxy (and of the client's backoff): it moves only when told. */
export class TestClock {
  constructor(public nowMs = Date.UTC(2026, 10, 23, 10)) {}
  now = () => this.nowMs;
  advance(ms: number) {
    this.nowMs += ms;
  }
}

export interface SyncWorld {
  dataDir: string;
  server: ServerProcess;
  proxy: FaultProxy;
  clock: TestClock;
  schoolId: string;
  classId: string;
  learnerIds: string[];
  /** A new device credential for the demo class, through a one-time code. */
  enrol(): Promise<Enrolment>;
  /** SIGKILL (or another signal) the server, then start it again on the same data folder. */
  restart(signal?: NodeJS.Signals, env?: Record<string, string>): Promise<void>;
  kill(): Promise<void>;
  start(env?: Record<string, string>): Promise<void>;
  /** The coordinator revokes a device. */
  revoke(serverDeviceId: string): Promise<void>;
  serverEvents(): ServerEvent[];
  /** The ids the server holds from one local device id (its events in every epoch). */
  serverIdsOf(localDeviceId: string): Set<string>;
  deviceSkews(): { localDeviceId: string; clockSkewMs: number; copiedReports: number }[];
  close(): Promise<void>;
}

async function api<T>(port: number, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

export async function createSyncWorld(options: { learners?: number; seed?: number } = {}): Promise<SyncWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sabil-sync-'));
  let server = await startServerProcess(dataDir);
  const passwords = demoPasswords(server.output());
  const clock = new TestClock();
  const proxy = await createFaultProxy({ targetPort: server.port, seed: options.seed ?? 1, now: clock.now });
  setApiOrigin(proxy.origin);

  const signIn = async (login: string, password: string) => (await api<{ token: string }>(server.port, 'POST', '/auth/sign-in', { login, password })).token;
  const coordinator = await signIn('coordinator', passwords.coordinator);
  const teacher = await signIn('teacher', passwords.teacher);
  const { schools } = await api<{ schools: { id: string }[] }>(server.port, 'GET', '/schools', undefined, coordinator);
  const schoolId = schools[0]?.id ?? '';
  const { classes } = await api<{ classes: { id: string }[] }>(server.port, 'GET', `/schools/${schoolId}/classes`, undefined, coordinator);
  const classId = classes[0]?.id ?? '';
  const learnerIds: string[] = [];
  for (let i = 0; i < (options.learners ?? 3); i++) {
    learnerIds.push((await api<{ id: string }>(server.port, 'POST', `/classes/${classId}/learners`, { displayName: `Learner ${i + 1}` }, teacher)).id);
  }

  const dbPath = join(dataDir, 'sabil.db');
  const read = <T>(sql: string): T[] => {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all() as T[]; // the columns named in the query
    } finally {
      db.close();
    }
  };

  const world: SyncWorld = {
    dataDir,
    get server() {
      return server;
    },
    proxy,
    clock,
    schoolId,
    classId,
    learnerIds,
    async enrol() {
      const { code } = await api<{ code: string }>(server.port, 'POST', `/schools/${schoolId}/enrolment-codes`, { classId }, coordinator);
      const enrolled = await api<{ deviceId: string; credential: string; schoolId: string; classId: string | null }>(server.port, 'POST', '/enrol', { code });
      return { serverDeviceId: enrolled.deviceId, credential: enrolled.credential, schoolId: enrolled.schoolId, classId: enrolled.classId };
    },
    async kill() {
      await server.kill('SIGKILL');
    },
    async start(env = {}) {
      server = await startServerProcess(dataDir, env);
      proxy.setTarget(server.port);
    },
    async restart(signal = 'SIGKILL', env = {}) {
      await server.kill(signal);
      await world.start(env);
    },
    async revoke(serverDeviceId) {
      await api(server.port, 'POST', `/devices/${serverDeviceId}/revoke`, {}, coordinator);
    },
    serverEvents: () =>
      read<ServerEvent>('SELECT id, device_id AS deviceId, epoch, seq, at_device AS atDevice FROM events'),
    serverIdsOf: (localDeviceId) =>
      new Set(read<{ id: string }>(`SELECT id FROM events WHERE device_id = '${localDeviceId.replace(/[^0-9a-f-]/g, '')}'`).map((r) => r.id)),
    deviceSkews: () =>
      read<{ localDeviceId: string; clockSkewMs: number; copiedReports: number }>(
        'SELECT local_device_id AS localDeviceId, clock_skew_ms AS clockSkewMs, copied_reports AS copiedReports FROM device_sync_state',
      ),
    async close() {
      await proxy.close();
      await server.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return world;
}
