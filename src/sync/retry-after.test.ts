import { describe, expect, it } from 'vitest';
import { SabilError } from '../core/errors/index';
import { MAX_RETRY_AFTER_MS, parseRetryAfter, retryAfterOf } from './retry-after';

const NOW = Date.parse('2030-01-01T08:00:00Z');

describe('parseRetryAfter', () => {
  it('reads whole seconds as milliseconds', () => {
    expect(parseRetryAfter('7', NOW)).toBe(7000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP date as the time left until it, never below zero', () => {
    expect(parseRetryAfter('Tue, 01 Jan 2030 08:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Tue, 01 Jan 2030 07:59:00 GMT', NOW)).toBe(0);
  });

  it('caps a wait so a wrong value cannot stop syncing for days', () => {
    expect(parseRetryAfter('999999', NOW)).toBe(MAX_RETRY_AFTER_MS);
  });

  it('takes a missing or unreadable header as no advice', () => {
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter('', NOW)).toBeNull();
    expect(parseRetryAfter('soon', NOW)).toBeNull();
    expect(parseRetryAfter('-5', NOW)).toBeNull();
    expect(parseRetryAfter('1.5', NOW)).toBeNull();
  });
});

describe('retryAfterOf', () => {
  it('gives the wait a failure carries, and null for any other failure', () => {
    expect(retryAfterOf(new SabilError('sync/busy', { retryAfterSeconds: 3, retryAfterMs: 3000 }))).toBe(3000);
    expect(retryAfterOf(new SabilError('network/unreachable'))).toBeNull();
    expect(retryAfterOf(new Error('boom'))).toBeNull();
  });
});
