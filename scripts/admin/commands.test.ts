import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { enrolTestDevice, FAST_SCRYPT, seedSchool, sessionFor } from '../../server/testing/accounts';
import { makeTempDir } from '../../server/testing/temp-dir';
import { makeTestApp } from '../../server/testing/test-app';
import { ADMIN_COMMANDS, type AdminContext } from './commands';

const now = () => new Date('2030-01-01T08:00:00.000Z');

async function run(name: string, args: string[], context: AdminContext) {
  const command = ADMIN_COMMANDS[name];
  if (!command) throw new Error(name);
  return command(args, context);
}

describe('admin commands', () => {
  it('create a coordinator whose printed password signs in, and refuse the same login twice', async () => {
    const { storage, app } = await makeTestApp({ scrypt: FAST_SCRYPT });
    const context = { storage, now, scrypt: FAST_SCRYPT };
    const lines = await run('create-coordinator', ['--login', 'Karim', '--name', 'M. Karim'], context);
    const password = /password: (\S+)/.exec(lines.join('\n'))?.[1];
    const res = await app.request('/api/v1/auth/sign-in', { method: 'POST', body: JSON.stringify({ login: 'karim', password }) });
    expect(res.status).toBe(200);
    expect((await storage.getUserByLogin('karim'))?.allSchools).toBe(true);
    await expect(run('create-coordinator', ['--login', 'karim', '--name', 'Again'], context)).rejects.toMatchObject({ exitCode: 1 });
  });

  it('reset a password and end the sessions made with the old one', async () => {
    const { storage, app } = await makeTestApp({ scrypt: FAST_SCRYPT });
    const context = { storage, now, scrypt: FAST_SCRYPT };
    await run('create-coordinator', ['--login', 'karim', '--name', 'Karim'], context);
    const old = await sessionFor(storage, (await storage.getUserByLogin('karim'))!.id); // created just above
    const lines = await run('reset-password', ['--login', 'karim'], context);
    expect(lines[0]).toMatch(/^new password for karim: \S+$/);
    expect((await app.request('/api/v1/auth/me', { headers: old })).status).toBe(401);
    await expect(run('reset-password', ['--login', 'nobody'], context)).rejects.toMatchObject({ exitCode: 1 });
  });

  it('revoke a device, which is then refused', async () => {
    const { storage, app } = await makeTestApp({ scrypt: FAST_SCRYPT });
    const { schoolId } = await seedSchool(storage, 'School');
    const device = await enrolTestDevice(storage, schoolId);
    expect(await run('revoke-device', ['--id', device.deviceId], { storage, now })).toEqual([`revoked device ${device.deviceId}; it is refused from its next request`]);
    expect((await app.request('/api/v1/roster', { headers: device.headers })).status).toBe(401);
    expect((await storage.listAudit('all', 10)).map((e) => e.action)).toContain('device.revoke');
  });
});

describe('npm run admin', () => {
  it('works on the data folder it is given and exits 2 on bad usage', async () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const dataDir = makeTempDir();
    const admin = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir } }, (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
    const created = await admin(['create-coordinator', '--login', 'karim', '--name', 'Karim']);
    expect(created).toMatchObject({ code: 0, stdout: expect.stringMatching(/password: /) });
    expect((await admin(['revoke-device'])).code).toBe(2);
    expect((await admin(['revoke-device', '--id', 'nope'])).code).toBe(1);
    expect((await admin(['dance'])).code).toBe(2);
  }, 30_000);
});
