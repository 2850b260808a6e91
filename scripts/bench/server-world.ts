/**
 * The real server as a child process for the bench (`node --import tsx server/main.ts`, demo
 * mode, its own temp data folder, optionally DATABASE_URL), with learners added by the demo
 * teacher and devices enrolled by the coordinator through the API, like real tablets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { demoPasswords, startServerProcess, type ServerProcess } from '../../tests/integration/support/server-process';

export interface Device {
  serverDeviceId: string;
  credential: string;
}

export interface PushResult {
  status: number;
  acked: number;
  requestBytes: number;
  answerBytes: number;
  retryAfter: string | null;
}

export interface BenchServer {
  server: ServerProcess;
  dataDir: string;
  schoolId: string;
  learnerIds: string[];
  enrol(): Promise<Device>;
  /** One push over HTTP, gzip, as the app sends it, of `events` events. `gzipped` lets a caller reuse bytes it already compressed. */
  push(device: Device, gzipped: Uint8Array, events: number): Promise<PushResult>;
  close(): Promise<void>;
}

export function gzipBody(body: unknown): Uint8Array {
  return gzipSync(JSON.stringify(body));
}

async function api<T>(port: number, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const response = await fetch(`http://127.0.0.1:${port}/api/v1${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as T; // every API answer is JSON
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(answer)}`);
  return answer;
}

export async function startBenchServer(options: { learners: number; env?: Record<string, string> }): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sabil-bench-'));
  const server = await startServerProcess(dataDir, options.env ?? {});
  const { port } = server;
  const passwords = demoPasswords(server.output());
  const signIn = async (login: string, password: string) => (await api<{ token: string }>(port, 'POST', '/auth/sign-in', { login, password })).token;
  const coordinator = await signIn('coordinator', passwords.coordinator);
  const teacher = await signIn('teacher', passwords.teacher);
  const { schools } = await api<{ schools: { id: string }[] }>(port, 'GET', '/schools', undefined, coordinator);
  const schoolId = schools[0]?.id ?? '';
  const { classes } = await api<{ classes: { id: string }[] }>(port, 'GET', `/schools/${schoolId}/classes`, undefined, coordinator);
  const classId = classes[0]?.id ?? '';
  const learnerIds: string[] = [];
  for (let i = 0; i < options.learners; i++) {
    learnerIds.push((await api<{ id: string }>(port, 'POST', `/classes/${classId}/learners`, { displayName: `Learner ${i + 1}` }, teacher)).id);
  }
  return {
    server,
    dataDir,
    schoolId,
    learnerIds,
    async enrol() {
      const { code } = await api<{ code: string }>(port, 'POST', `/schools/${schoolId}/enrolment-codes`, { classId }, coordinator);
      const enrolled = await api<{ deviceId: string; credential: string }>(port, 'POST', '/enrol', { code });
      return { serverDeviceId: enrolled.deviceId, credential: enrolled.credential };
    },
    async push(device, gzipped, events) {
      const response = await fetch(`http://127.0.0.1:${port}/api/v1/sync/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${device.credential}` },
        body: new Uint8Array(gzipped), // its own ArrayBuffer, which BodyInit asks for
      });
      const text = await response.text();
      let acked = 0;
      if (response.ok) {
        const answer = JSON.parse(text) as { acked?: unknown[]; ackedAll?: boolean }; // the push answer (docs/sync.md)
        acked = answer.ackedAll === true ? events : (answer.acked ?? []).length;
      }
      return { status: response.status, acked, requestBytes: gzipped.byteLength, answerBytes: Buffer.byteLength(text), retryAfter: response.headers.get('retry-after') };
    },
    async close() {
      await server.kill('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
