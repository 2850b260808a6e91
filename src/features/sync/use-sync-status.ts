/**
 * What the sync panel shows, kept current: the stored sync state, the outbox count and the
 * enrolment (Dexie live queries, so another tab's sync shows here too) and the page's scheduler
 * (running, progress).
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { EnrolmentRow, SabilDatabase, SyncStateRow } from '../../data/db';
import { countOutbox, countWaitingForRoster } from '../../data/outbox-repo';
import { countAssignmentsToSend } from '../../data/assignments-repo';
import { readSyncState } from '../../data/sync-state-repo';
import { onSyncSchedulerStarted } from '../../sync/start-sync';
import type { SyncScheduler, SyncSchedulerStatus } from '../../sync/sync-scheduler';

export interface StoredSyncStatus {
  state: SyncStateRow;
  waiting: number;
  /** Of `waiting`, the events of learners no teacher has linked to the class yet. */
  waitingForRoster: number;
  enrolment: EnrolmentRow | null;
  /** Assignment versions a teacher made here that the server does not have yet. */
  assignmentsWaiting: number;
}

async function readStored(db: SabilDatabase): Promise<StoredSyncStatus> {
  const [state, waiting, waitingForRoster, enrolment, assignmentsWaiting] = await Promise.all([
    readSyncState(db), countOutbox(db), countWaitingForRoster(db), db.device.get('enrolment'), countAssignmentsToSend(db),
  ]);
  return { state, waiting, waitingForRoster, enrolment: enrolment?.key === 'enrolment' ? enrolment : null, assignmentsWaiting };
}

export function useSyncStatus(db: SabilDatabase) {
  const [stored, setStored] = useState<StoredSyncStatus | null>(null);
  const [scheduler, setScheduler] = useState<SyncScheduler | null>(null);
  const [live, setLive] = useState<SyncSchedulerStatus | null>(null);

  useEffect(() => {
    const subscription = liveQuery(() => readStored(db)).subscribe({ next: setStored, error: () => undefined });
    return () => subscription.unsubscribe();
  }, [db]);

  useEffect(() => onSyncSchedulerStarted(setScheduler), []);

  useEffect(() => {
    if (!scheduler) return;
    setLive(scheduler.status());
    return scheduler.subscribe(setLive);
  }, [scheduler]);

  return { stored, live, scheduler };
}
