/**
 * What only PostgreSQL must show: several server instances (here, several pools) sharing one
 * database. The behaviour every backend shares is in ../storage-contract-*.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { recordFailure, RATE_LIMITS } from '../../auth/rate-limit';
import { seedSchool } from '../../testing/accounts';
import { newTestDatabase } from '../../testing/test-storage';
import type { AuditEntry } from '../account-storage';
import { loadMigrations } from '../load-migrations';
import { openPostgresStorage } from './open-postgres-storage';

const AT = '2030-01-01T08:00:00.000Z';
const audit: AuditEntry = { id: 'a1', at: AT, actorUserId: null, schoolId: null, action: 'enrolment-code.create', target: 't', details: {} };

/** Two storages on one database, as two server instances behind a load balancer. */
async function twoInstances() {
  const database = await newTestDatabase();
  const first = database.open();
  const second = database.open();
  return { database, first, second };
}

describe('PostgreSQL storage shared by several instances', () => {
  it('migrates once when instances start together', async () => {
    const { database, first, second } = await twoInstances();
    const third = database.open();
    const results = await Promise.all([first.migrate(), second.migrate(), third.migrate()]);
    expect(results.map((applied) => applied.length).sort()).toEqual([0, 0, loadMigrations().length]);
  });

  it('lets exactly one of many instances redeem the same enrolment code', async () => {
    const { database, first, second } = await twoInstances();
    await first.migrate();
    const { schoolId } = await seedSchool(first, 'A');
    await first.createEnrolmentCode({ codeHash: 'h', schoolId, createdAt: AT, expiresAt: '2999-01-01T00:00:00.000Z' }, audit);
    const instances = [first, second, database.open(), database.open()];
    const outcomes = await Promise.all(instances.map((storage, i) => storage.redeemEnrolmentCode('h', { id: `d${i}`, credentialHash: `c${i}` }, AT)));
    expect(outcomes.filter((o) => o.kind === 'enrolled')).toHaveLength(1);
    expect(outcomes.filter((o) => o.kind === 'used')).toHaveLength(instances.length - 1);
    expect(await first.listDevices(schoolId)).toHaveLength(1);
  });

  it('counts every one of many failed sign-ins racing on one key', async () => {
    const { first, second } = await twoInstances();
    await first.migrate();
    const now = new Date(AT);
    const failures = 24;
    await Promise.all(Array.from({ length: failures }, (_, i) => recordFailure(i % 2 ? first : second, 'sign-in:login:amina', RATE_LIMITS.signInLogin, now)));
    expect(await first.getRateLimit('sign-in:login:amina')).toMatchObject({ count: failures });
  });

  it('refuses a login taken at the same moment by another instance with user/login-taken', async () => {
    const { first, second } = await twoInstances();
    await first.migrate();
    const user = (id: string) => ({ id, login: 'karim', displayName: 'Karim', role: 'coordinator' as const, passwordHash: 'x', createdAt: AT, allSchools: true });
    const results = await Promise.allSettled([first.createUser(user('u1'), { ...audit, id: 'x1' }), second.createUser(user('u2'), { ...audit, id: 'x2' })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'user/login-taken', params: { login: 'karim' } } });
  });

  it('reports a database it cannot reach as storage/unavailable when migrating', async () => {
    const storage = openPostgresStorage({ url: 'postgres://nobody@127.0.0.1:1/none' });
    await expect(storage.migrate()).rejects.toMatchObject({ code: 'storage/unavailable', params: { kind: 'postgres', reason: 'ECONNREFUSED' } });
    await storage.close();
  });
});
