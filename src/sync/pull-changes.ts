/**
 * Pull: pages of `POST /sync/pull` from the stored cursor until the server says there is no more.
 * Each page is kept in one transaction with its cursor: the roster (when it changed), events of
 * other devices not yet here (never put in the outbox: they are the server's already), the
 * trusted pack keys and the assignments that changed (kept by the shared rule, assignments-repo.ts).
 * A page lost half-way is pulled again; an event already here is skipped.
 */
import { SabilError } from '../core/errors/index';
import { FALLBACK_LANGUAGE } from '../core/languages/index';
import { getDeviceLanguage } from '../data/device-repo';
import { materialiseRosterProfiles } from '../data/roster-profiles';
import { parseEvent } from '../core/events/index';
import type { EventRow, RosterClass, RosterLearner, SabilDatabase } from '../data/db';
import { guardStorage } from '../data/storage-errors';
import { putSyncCursor, readSyncState } from '../data/sync-state-repo';
import { applyPulledAssignments } from '../data/assignments-repo';
import { callApi } from './api-client';

export interface PullAnswer {
  cursor: string;
  more: boolean;
  roster: { classes: RosterClass[]; learners: RosterLearner[] } | null;
  events: unknown[];
  trust: { demo: boolean; keys: unknown[] } | null;
  /** Assignments changed in this page's range; a server older than assignments leaves it out. */
  assignments?: unknown[];
}

export interface PullOptions {
  token: string;
  schoolId: string;
  now: () => number;
  pageSize?: number;
  /** Stops an endless loop if a server kept answering `more` with the same cursor. */
  maxPages?: number;
}

export interface PullResult {
  pages: number;
  received: number;
}

/**
 * The keys to store, or null when they are the ones already stored. The key parser (the pack
 * code, ~24 KB) loads only when the server's list changed, not on every sync.
 */
async function changedTrust(db: SabilDatabase, trust: PullAnswer['trust']): Promise<{ demo: boolean; keys: unknown[] } | null> {
  if (!trust) return null;
  const stored = await db.device.get('trust');
  if (stored?.key === 'trust' && stored.demo === trust.demo && JSON.stringify(stored.keys) === JSON.stringify(trust.keys)) return null;
  const { parsePublicKey } = await import('../core/pack/index');
  const keys = trust.keys.filter((key) => {
    try {
      parsePublicKey(key);
      return true;
    } catch {
      return false; // a key this app version cannot read is simply not trusted
    }
  });
  return { demo: trust.demo, keys };
}

/** Events the shared schema accepts; anything else from a server of another version is skipped. */
function validEvents(raw: readonly unknown[]): EventRow[] {
  return raw.flatMap((item) => {
    const parsed = parseEvent(item);
    return parsed.ok ? [parsed.event] : [];
  });
}

async function storePage(db: SabilDatabase, page: PullAnswer, options: PullOptions): Promise<number> {
  const events = validEvents(page.events);
  const trust = await guardStorage(() => changedTrust(db, page.trust));
  return guardStorage(() =>
    db.transaction('rw', [db.device, db.events, db.learners, db.assignments], async () => {
      const have = await db.events.bulkGet(events.map((e) => e.id));
      const fresh = events.filter((_, i) => have[i] === undefined);
      if (fresh.length > 0) await db.events.bulkAdd(fresh);
      if (page.roster) {
        // A pull carries no school name: the one GET /roster gave is kept.
        const stored = await db.device.get('roster');
        const schoolName = stored?.key === 'roster' && stored.schoolId === options.schoolId ? stored.schoolName : undefined;
        await db.device.put({ key: 'roster', schoolId: options.schoolId, ...(schoolName ? { schoolName } : {}), classes: page.roster.classes, learners: page.roster.learners, fetchedAt: options.now() });
        // The roster's learners get profiles here, so a child can pick up on this tablet where
        // another left off (the events pulled with them are theirs).
        const language = (await getDeviceLanguage(db)) ?? FALLBACK_LANGUAGE;
        await materialiseRosterProfiles(db, page.roster, page.roster.classes.map((k) => k.id), { language, now: options.now() });
      }
      await applyPulledAssignments(db, Array.isArray(page.assignments) ? page.assignments : []);
      if (trust) await db.device.put({ key: 'trust', ...trust, fetchedAt: options.now() });
      await putSyncCursor(db, page.cursor);
      return fresh.length;
    }),
  );
}

function pullPage(cursor: string | null, options: PullOptions): Promise<PullAnswer> {
  return callApi<PullAnswer>('/sync/pull', { body: { cursor, limit: options.pageSize ?? 500 }, token: options.token });
}

export async function pullChanges(db: SabilDatabase, options: PullOptions): Promise<PullResult> {
  let { cursor } = await readSyncState(db);
  const result: PullResult = { pages: 0, received: 0 };
  const maxPages = options.maxPages ?? 10_000;
  for (;;) {
    const page = await pullPage(cursor, options).catch((error: unknown) => {
      // The server's data was restored from an older copy and no longer knows this cursor: start
      // over from the beginning (events already here are skipped, so nothing is doubled).
      if (cursor === null || !(error instanceof SabilError && error.code === 'sync/bad-cursor')) throw error;
      cursor = null;
      return pullPage(null, options);
    });
    result.received += await storePage(db, page, options);
    result.pages++;
    if (!page.more || page.cursor === cursor || result.pages >= maxPages) return result;
    cursor = page.cursor;
  }
}
