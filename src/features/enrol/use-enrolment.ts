/**
 * The enrolment and roster rows, kept current: a revocation met by any request (a library
 * download, a roster check) shows at once on every screen that watches them.
 */
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { EnrolmentRow, RosterRow, SabilDatabase } from '../../data/db';
import { getEnrolment } from '../../data/enrolment-repo';
import { getRoster } from '../../data/roster-repo';

export interface EnrolmentState {
  isLoaded: boolean;
  enrolment: EnrolmentRow | undefined;
  roster: RosterRow | undefined;
  error: unknown;
}

export function useEnrolment(db: SabilDatabase): EnrolmentState {
  const [state, setState] = useState<EnrolmentState>({ isLoaded: false, enrolment: undefined, roster: undefined, error: null });
  useEffect(() => {
    const subscription = liveQuery(async () => ({ enrolment: await getEnrolment(db), roster: await getRoster(db) })).subscribe({
      next: (rows) => setState({ isLoaded: true, ...rows, error: null }),
      error: (error: unknown) => setState((s) => ({ ...s, isLoaded: true, error })),
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return state;
}
