import { describe, expect, it } from 'vitest';
import { createInTabLock, createSyncLock, SYNC_LOCK_NAME } from './sync-lock';

describe('the in-tab sync lock', () => {
  it('runs one piece of work at a time, in the order asked', async () => {
    const lock = createInTabLock();
    const log: string[] = [];
    const job = (name: string, ms: number) =>
      lock.run(async () => {
        log.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`${name} end`);
        return name;
      });
    expect(await Promise.all([job('a', 20), job('b', 1), job('c', 5)])).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('lets the next work run after a failure', async () => {
    const lock = createInTabLock();
    await expect(lock.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await lock.run(async () => 'next')).toBe('next');
  });
});

describe('createSyncLock', () => {
  it('uses Web Locks under the name sabil-sync when the browser has them', async () => {
    const names: string[] = [];
    const lock = createSyncLock({ request: (name, work) => (names.push(name), work()) });
    expect(await lock.run(async () => 7)).toBe(7);
    expect(names).toEqual([SYNC_LOCK_NAME]);
  });
});
