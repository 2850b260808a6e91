import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lessonCompleted } from '../core/events/test-events';
import { SabilDatabase } from '../data/db';
import { readSyncState } from '../data/sync-state-repo';
import { setApiOrigin } from './api-client';
import { pullChanges, type PullAnswer } from './pull-changes';

let db: SabilDatabase;
let answers: ((body: { cursor: string | null }) => Response)[];
let asked: (string | null)[];

beforeEach(async () => {
  db = new SabilDatabase(`pull-${Math.random()}`);
  await db.open();
  answers = [];
  asked = [];
  setApiOrigin('http://server.test');
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { cursor: string | null };
    asked.push(body.cursor);
    const next = answers.shift();
    if (!next) throw new Error('no answer left');
    return next(body);
  });
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await db.delete();
});

const page = (cursor: string, more: boolean, extra: Partial<PullAnswer> = {}) => () =>
  Response.json({ cursor, more, roster: null, events: [], trust: { demo: true, keys: [] }, ...extra });
const options = { token: 't', schoolId: 'school-1', now: () => 7 };

describe('pullChanges', () => {
  it("keeps the school's name GET /roster gave when a page brings a new roster", async () => {
    await db.device.put({ key: 'roster', schoolId: 'school-1', schoolName: 'École Atlas', classes: [], learners: [], fetchedAt: 1 });
    const roster = { classes: [{ id: 'c', name: 'C' }], learners: [] };
    answers.push(page('v1.2', false, { roster }));
    await pullChanges(db, options);
    expect(await db.device.get('roster')).toEqual({ key: 'roster', schoolId: 'school-1', schoolName: 'École Atlas', ...roster, fetchedAt: 7 });
  });

  it('follows pages from the stored cursor, keeping each page with its cursor, events never in the outbox, roster learners as profiles', async () => {
    const roster = { classes: [{ id: 'c', name: 'C' }], learners: [{ id: 'l', classId: 'c', displayName: 'L' }] };
    answers.push(page('v1.2', true, { events: [lessonCompleted(1), { not: 'an event' }], roster }), page('v1.3', false, { events: [lessonCompleted(1), lessonCompleted(2)] }));
    expect(await pullChanges(db, options)).toEqual({ pages: 2, received: 2 });
    expect(asked).toEqual([null, 'v1.2']);
    expect((await db.events.toArray()).map((e) => e.seq)).toEqual([1, 2]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.device.get('roster')).toEqual({ key: 'roster', schoolId: 'school-1', ...roster, fetchedAt: 7 });
    // The roster's learner can now be picked on this tablet, under the roster's id.
    expect(await db.learners.get('l')).toMatchObject({ displayName: 'L', roster: { classId: 'c', state: 'linked' } });
    expect((await readSyncState(db)).cursor).toBe('v1.3');

    answers.push(page('v1.3', false));
    await pullChanges(db, options);
    expect(asked.at(-1)).toBe('v1.3');
  });

  it('starts again from the beginning when the server no longer knows the cursor', async () => {
    answers.push(page('v1.9', false));
    await pullChanges(db, options);
    answers.push(() => Response.json({ code: 'sync/bad-cursor', params: {} }, { status: 400 }), page('v1.4', false, { events: [lessonCompleted(3)] }));
    await pullChanges(db, options);
    expect(asked).toEqual([null, 'v1.9', null]);
    expect((await readSyncState(db)).cursor).toBe('v1.4');
  });

  it('keeps the cursor of the last page stored when a later page fails', async () => {
    answers.push(page('v1.5', true), () => Response.json({ code: 'internal/unexpected', params: {} }, { status: 500 }));
    await expect(pullChanges(db, options)).rejects.toMatchObject({ code: 'internal/unexpected' });
    expect((await readSyncState(db)).cursor).toBe('v1.5');
  });
});

describe('pullChanges and assignments', () => {
  it('keeps the winning version of each pulled assignment, in the page with its cursor', async () => {
    const { testAssignment } = await import('../core/assignments/test-assignments');
    await db.assignments.put({ id: testAssignment(1).id, classId: testAssignment(1).classId, record: testAssignment(1, { revision: 4 }), toSend: 1, refused: null });
    answers.push(page('v2.1', false, { assignments: [testAssignment(1, { revision: 3 }), testAssignment(2, { revision: 2 })] }));
    await pullChanges(db, options);
    expect((await db.assignments.toArray()).map((row) => [row.record.revision, row.toSend])).toEqual([[4, 1], [2, 0]]);
  });

  it('accepts a page from an older server that has no assignments field', async () => {
    answers.push(() => Response.json({ cursor: 'v2.2', more: false, roster: null, events: [lessonCompleted(5)], trust: null }));
    expect(await pullChanges(db, options)).toEqual({ pages: 1, received: 1 });
    expect(await db.assignments.count()).toBe(0);
  });
});
