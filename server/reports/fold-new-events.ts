/**
 * The incremental job behind the school-wide reports: folds a school's events past its watermark
 * into the aggregate tables, a page per transaction, until none are left. Run after each push and
 * before a report is answered, so reports are current without ever reading all events.
 */
import { foldEvents } from '../../src/core/school-reports/index';
import type { Logger } from '../log';
import type { Storage } from '../storage/storage';

/** Events per transaction: big enough to catch up quickly, small enough not to hold the lock long. */
export const FOLD_PAGE_SIZE = 2000;

export async function foldNewEvents(storage: Storage, schoolId: string, at: Date, pageSize = FOLD_PAGE_SIZE): Promise<{ folded: number; skipped: number }> {
  let folded = 0;
  let skipped = 0;
  for (;;) {
    const page = await storage.foldEventPage(schoolId, pageSize, at.toISOString(), foldEvents);
    folded += page.read;
    skipped += page.skipped;
    if (page.read < pageSize) return { folded, skipped };
  }
}

/** After a push: a failure is logged and left for the next fold, never made the push's failure. */
export async function foldAfterPush(deps: { storage: Storage; log: Logger; now: () => Date }, schoolId: string): Promise<void> {
  try {
    const { skipped } = await foldNewEvents(deps.storage, schoolId, deps.now());
    if (skipped > 0) deps.log.warn('report fold skipped unreadable events', { schoolId, skipped });
  } catch (error) {
    deps.log.error('report fold failed; the next push or report retries it', { schoolId, error: error instanceof Error ? error.message : String(error) });
  }
}
