import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SabilError } from '../src/core/errors/index';
import { readCatalogueConfig, readConfig } from './config';

describe('readConfig', () => {
  it('listens on loopback port 8080 with data in ./data when nothing is set', () => {
    expect(readConfig({})).toMatchObject({ port: 8080, host: '127.0.0.1', dataDir: resolve('data'), logLevel: 'info' });
  });

  it('reports the version from package.json', () => {
    expect(readConfig({}).version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    ['3000', 3000],
    ['0', 0],
    ['65535', 65535],
    [' 8081 ', 8081],
    ['', 8080],
  ])('reads PORT=%j as %i', (raw, port) => {
    expect(readConfig({ PORT: raw }).port).toBe(port);
  });

  it('keeps the database in SQLite unless DATABASE_URL names PostgreSQL', () => {
    expect(readConfig({}).databaseUrl).toBeUndefined();
    expect(readConfig({ DATABASE_URL: ' ' }).databaseUrl).toBeUndefined();
    expect(readConfig({ DATABASE_URL: 'postgres://sabil:pw@db:5432/sabil' }).databaseUrl).toBe('postgres://sabil:pw@db:5432/sabil');
    expect(readConfig({ DATABASE_URL: 'postgresql://db/sabil' }).databaseUrl).toBe('postgresql://db/sabil');
  });

  it('refuses a DATABASE_URL of another kind with config/invalid-database-url, without repeating it', () => {
    const error = catchError(() => readConfig({ DATABASE_URL: 'mysql://root:secret@db/sabil' }));
    expect(error).toMatchObject({ code: 'config/invalid-database-url', params: {} });
  });

  it.each(['abc', '80a', '-1', '65536', '8080.5', '1e3'])('refuses PORT=%j with config/invalid-port', (raw) => {
    const error = catchError(() => readConfig({ PORT: raw }));
    expect(error).toBeInstanceOf(SabilError);
    expect(error).toMatchObject({ code: 'config/invalid-port', params: { value: raw.trim() } });
  });

  it('takes SABIL_PUSH_CONCURRENCY when set and leaves the per-storage default otherwise', () => {
    expect(readConfig({ SABIL_PUSH_CONCURRENCY: '3' }).pushConcurrency).toBe(3);
    expect(readConfig({}).pushConcurrency).toBeUndefined();
  });

  it.each(['0', '-2', '2.5', 'many', '1001'])('refuses SABIL_PUSH_CONCURRENCY=%j with config/invalid-push-concurrency', (raw) => {
    expect(catchError(() => readConfig({ SABIL_PUSH_CONCURRENCY: raw }))).toMatchObject({ code: 'config/invalid-push-concurrency', params: { value: raw } });
  });

  it('takes SABIL_TRUSTED_PROXIES as a list of addresses, and refuses anything that is not one', () => {
    expect(readConfig({ SABIL_TRUSTED_PROXIES: '10.0.0.1, ::1' }).trustedProxies).toEqual(['10.0.0.1', '::1']);
    expect(readConfig({}).trustedProxies).toBeUndefined();
    expect(catchError(() => readConfig({ SABIL_TRUSTED_PROXIES: '10.0.0.1,proxy.local' }))).toMatchObject({ code: 'config/invalid-trusted-proxies', params: { value: 'proxy.local' } });
  });

  it('takes HOST, DATA_DIR and LOG_LEVEL from the environment', () => {
    const config = readConfig({ HOST: '0.0.0.0', DATA_DIR: '/srv/sabil', LOG_LEVEL: 'WARN' });
    expect(config).toMatchObject({ host: '0.0.0.0', dataDir: '/srv/sabil', logLevel: 'warn' });
  });

  it('refuses an unknown LOG_LEVEL with config/invalid-log-level', () => {
    expect(catchError(() => readConfig({ LOG_LEVEL: 'loud' }))).toMatchObject({ code: 'config/invalid-log-level' });
  });
});

describe('readCatalogueConfig', () => {
  it('is in demo mode, trusting no other key, when nothing is set', () => {
    expect(readCatalogueConfig({})).toEqual({ dataDir: resolve('data'), demo: true, trustedKeyPaths: [] });
  });

  it.each([
    ['1', true],
    ['0', false],
    [' 0 ', false],
    ['', true],
  ])('reads SABIL_DEMO=%j as %s', (raw, demo) => {
    expect(readCatalogueConfig({ SABIL_DEMO: raw }).demo).toBe(demo);
  });

  it.each(['off', 'false', 'no', '2'])('refuses SABIL_DEMO=%j with config/invalid-demo rather than guess', (raw) => {
    expect(catchError(() => readCatalogueConfig({ SABIL_DEMO: raw }))).toMatchObject({ code: 'config/invalid-demo', params: { value: raw } });
  });

  it('reads SABIL_TRUSTED_KEYS as comma-separated paths, made absolute', () => {
    const { trustedKeyPaths } = readCatalogueConfig({ SABIL_TRUSTED_KEYS: ' keys/a.pub.json, ,/etc/sabil/b.pub.json,' });
    expect(trustedKeyPaths).toEqual([resolve('keys/a.pub.json'), '/etc/sabil/b.pub.json']);
  });

  it('is part of the whole server config', () => {
    expect(readConfig({ SABIL_DEMO: '0', DATA_DIR: '/srv/sabil' })).toMatchObject({ demo: false, dataDir: '/srv/sabil', trustedKeyPaths: [] });
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
