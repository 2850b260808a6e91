import { describe, expect, it } from 'vitest';
import { FAST_SCRYPT } from '../testing/accounts';
import { makeTestApp } from '../testing/test-app';
import { prepareFirstStart } from './first-start';

const now = new Date('2030-01-01T08:00:00.000Z');

async function firstStart(demo: boolean) {
  const made = await makeTestApp({ scrypt: FAST_SCRYPT });
  const printed: string[] = [];
  await prepareFirstStart(made.storage, { demo, now, announce: (text) => printed.push(text), scrypt: FAST_SCRYPT });
  const post = (path: string, body: unknown) => made.app.request(`/api/v1${path}`, { method: 'POST', body: JSON.stringify(body) });
  return { ...made, printed, post };
}

describe('first start', () => {
  it('in demo mode creates a school, a class, a coordinator and a teacher whose printed passwords work', async () => {
    const { storage, printed, post, logLines } = await firstStart(true);
    expect(printed).toHaveLength(1);
    const password = (login: string) => new RegExp(`login: ${login}\\s+password: (\\S+)`).exec(printed[0] ?? '')?.[1];
    for (const login of ['coordinator', 'teacher']) {
      expect((await post('/auth/sign-in', { login, password: password(login) })).status, login).toBe(200);
    }
    expect((await storage.listSchools('all')).map((s) => s.name)).toEqual(['Demo school']);
    expect(logLines.join('\n')).not.toContain(password('teacher'));

    await prepareFirstStart(storage, { demo: true, now, announce: (text) => printed.push(text) });
    expect(printed).toHaveLength(1);
  });

  it('in production creates nothing and prints a setup code that creates the first coordinator once', async () => {
    const { storage, printed, post } = await firstStart(false);
    expect(await storage.countUsers()).toBe(0);
    const code = /setup code: (\S+)/.exec(printed[0] ?? '')?.[1];
    expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    expect(printed[0]).toContain('2030-01-02T08:00:00.000Z');
    const body = { code, login: 'karim', displayName: 'Karim', password: 'a long password' };
    expect((await post('/setup', body)).status).toBe(201);
    expect((await post('/setup', { ...body, login: 'other' })).status).toBe(409);
  });

  it('replaces the setup code at each start, so only the last one printed works', async () => {
    const { storage, printed, post } = await firstStart(false);
    await prepareFirstStart(storage, { demo: false, now, announce: (text) => printed.push(text) });
    const [first, second] = printed.map((text) => /setup code: (\S+)/.exec(text)?.[1]);
    const body = { login: 'karim', displayName: 'Karim', password: 'a long password' };
    expect((await post('/setup', { ...body, code: first })).status).toBe(404);
    expect((await post('/setup', { ...body, code: second })).status).toBe(201);
  });
});
