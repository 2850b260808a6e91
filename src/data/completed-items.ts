/**
 * What each learner has completed on this device (their own events and those pulled for the
 * class), as the keys the assignment completion rule reads (core/assignments).
 */
import { completedItemKey } from '../core/assignments/index';
import type { SabilDatabase } from './db';
import { guardStorage } from './storage-errors';

export async function listCompletedItems(db: SabilDatabase, learnerIds: readonly string[]): Promise<Map<string, Set<string>>> {
  const keys = learnerIds.flatMap((id) => [[id, 'lesson.completed'], [id, 'quiz.completed']]);
  const rows = keys.length === 0 ? [] : await guardStorage(() => db.events.where('[learnerId+type]').anyOf(keys).toArray());
  const done = new Map<string, Set<string>>();
  for (const row of rows) {
    const key = completedItemKey(row);
    if (key === null) continue;
    const items = done.get(row.learnerId) ?? new Set<string>();
    items.add(key);
    done.set(row.learnerId, items);
  }
  return done;
}
