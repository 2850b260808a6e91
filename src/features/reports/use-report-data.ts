/**
 * The report data for a list of learners, loaded once per list (and again when `reloadKey`
 * changes, e.g. after a sync), filtered by a date range without reading the database again.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { filterEventLog, isInRange, type DateRange } from '../../core/reports/index';
import type { SabilDatabase } from '../../data/db';
import { loadReportData, type ReportData } from './load-report-data';

export type ReportDataState =
  | { status: 'loading' }
  | { status: 'ready'; data: ReportData }
  | { status: 'failed'; error: unknown };

export function useReportData(db: SabilDatabase, learnerIds: readonly string[], options: { range?: DateRange; reloadKey?: unknown } = {}): ReportDataState {
  const [state, setState] = useState<ReportDataState>({ status: 'loading' });
  const idsKey = learnerIds.join('\n');
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    loadReportData(db, learnerIds).then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // idsKey stands for learnerIds: a new array with the same ids must not reload.
  }, [db, idsKey, options.reloadKey]);
  const { range } = options;
  return useMemo((): ReportDataState => {
    if (state.status !== 'ready' || !range) return state;
    return { status: 'ready', data: { ...state.data, log: filterEventLog(state.data.log, (event) => isInRange(range, event.at)) } };
  }, [state, range]);
}
