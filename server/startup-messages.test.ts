import { describe, expect, it } from 'vitest';
import { SabilError, type ErrorCode, type ErrorParams } from '../src/core/errors/index';
import { describeStartupError } from './startup-messages';

const STARTUP_FAULTS: [ErrorCode, ErrorParams][] = [
  ['config/invalid-port', { value: 'abc' }],
  ['config/invalid-log-level', { value: 'loud', allowed: 'debug, info' }],
  ['config/invalid-demo', { value: 'off' }],
  ['config/bad-trusted-key', { path: '/etc/sabil/ministry.pub.json', reason: 'key-id-mismatch' }],
  ['config/invalid-database-url', {}],
  ['config/invalid-push-concurrency', { value: '0' }],
  ['storage/unavailable', { kind: 'postgres', reason: 'ECONNREFUSED' }],
  ['server/port-in-use', { port: 8080 }],
  ['server/port-not-allowed', { port: 80 }],
  ['server/host-unavailable', { host: '10.9.9.9' }],
  ['storage/data-dir-unwritable', { path: '/srv/sabil' }],
  ['storage/schema-too-new', { found: 9, known: 3 }],
  ['storage/bad-migration', { file: '002-x.sql', reason: 'name' }],
];

describe('describeStartupError', () => {
  it.each(STARTUP_FAULTS)('explains %s in one line with its details', (code, params) => {
    const line = describeStartupError(new SabilError(code, params));
    expect(line).toBeTruthy();
    expect(line).not.toContain('\n');
    expect(line).not.toContain('undefined');
    for (const value of Object.values(params)) expect(line).toContain(String(value));
  });

  it('says what to do when the port is taken', () => {
    expect(describeStartupError(new SabilError('server/port-in-use', { port: 8080 }))).toBe(
      'Port 8080 is already in use. Stop the other program or set PORT to another number.',
    );
  });

  it('has nothing to say about faults that are not start-up faults', () => {
    expect(describeStartupError(new SabilError('http/not-found'))).toBeUndefined();
  });
});
