import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Manifest } from '../../core/pack/index';
import { answered, eventMaker, lessonCompleted, mathPack, T0 } from '../../core/reports/test-fixtures';
import { SabilDatabase, type PackRow } from '../../data/db';
import { loadReportData } from './load-report-data';

let db: SabilDatabase;
beforeEach(async () => {
  db = new SabilDatabase(`reports-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const manifest: Manifest = {
  ...mathPack, format: 1, version: '1.0.0', description: { en: 'Sums' }, publisher: { keyId: '0123456789abcdef', name: 'Test' }, files: [],
};
const packRow: PackRow = {
  id: 'math', version: '1.0.0', publisherKeyId: '0123456789abcdef', manifest, manifestJson: {}, signatureJson: { keyId: '0123456789abcdef', alg: 'Ed25519', signature: '' },
  sizeBytes: 0, installedAt: 0, source: 'file',
};

describe('loadReportData', () => {
  it('reads the class\'s events only, checked and in order, with the installed packs', async () => {
    const make = eventMaker();
    await db.events.bulkAdd([
      make('amal', T0 + 5, 'quiz.answered', answered('q1', 'i1', ['add'], true)),
      make('amal', T0, 'lesson.completed', lessonCompleted('l1')),
      make('badr', T0, 'lesson.completed', lessonCompleted('l1')),
      make('other', T0, 'lesson.completed', lessonCompleted('l1')),
      make('amal', T0, 'quiz.answered', { nonsense: true }),
    ]);
    await db.packs.put(packRow);
    const { log, index } = await loadReportData(db, ['amal', 'badr']);
    expect(log.events.map((event) => [event.learnerId, event.type])).toEqual([['amal', 'lesson.completed'], ['badr', 'lesson.completed'], ['amal', 'quiz.answered']]);
    expect(log.unreadable).toBe(1);
    expect(index.lessons.map((lesson) => lesson.lessonId)).toEqual(['l1', 'l2', 'l3']);
  });

  it('gives an empty log for an empty class without querying events', async () => {
    const { log, index } = await loadReportData(db, []);
    expect(log.events).toEqual([]);
    expect(index.lessons).toEqual([]);
  });
});
