/**
 * The teacher view's data: the teacher's row and the stored roster, read from the device, then
 * brought up to date with the server once when the view opens (if it can be reached).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { RosterRow, TeacherRow } from '../../data/db';
import { getRoster } from '../../data/roster-repo';
import { getTeacher } from '../../data/teachers-repo';
import { useApp } from '../shell/app-context';
import { syncTeacherView, type SyncOutcome } from './sync-teacher-view';

export type SyncState = SyncOutcome | { kind: 'syncing' } | { kind: 'failed'; error: unknown };

export function useTeacherView(initial: TeacherRow) {
  const { db, reloadLearners } = useApp();
  const [teacher, setTeacher] = useState(initial);
  const [roster, setRoster] = useState<RosterRow | null>(null);
  const [sync, setSync] = useState<SyncState>({ kind: 'syncing' });

  /** Re-reads what changed on the device, so this view and the avatar grid show it. */
  const reload = useCallback(async () => {
    setTeacher(await getTeacher(db, initial.userId));
    setRoster((await getRoster(db)) ?? null);
    await reloadLearners();
  }, [db, initial.userId, reloadLearners]);

  useEffect(() => {
    let isCurrent = true;
    void (async () => {
      setRoster((await getRoster(db)) ?? null);
      const outcome: SyncState = await syncTeacherView(db, initial).catch((error: unknown) => ({ kind: 'failed', error }) as const);
      if (!isCurrent) return;
      setSync(outcome);
      await reload();
    })();
    return () => {
      isCurrent = false;
    };
    // Once per opening of the view: a sync on every learner change would repeat the requests.
  }, [db, initial.userId]);

  return { teacher, roster, sync, reload };
}
