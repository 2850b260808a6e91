/**
 * Reads what a class report needs from the device: the events of the class's learners (their
 * own and those pulled for the class) and the installed packs, then checks and orders them once.
 */
import { indexPacks, readEventLog, type EventLog, type PackIndex } from '../../core/reports/index';
import type { SabilDatabase } from '../../data/db';
import { listPacks } from '../../data/pack-queries';
import { guardStorage } from '../../data/storage-errors';

export interface ReportData {
  log: EventLog;
  index: PackIndex;
}

export async function loadReportData(db: SabilDatabase, learnerIds: readonly string[], quarantinedIds?: ReadonlySet<string>): Promise<ReportData> {
  const [rows, packs] = await Promise.all([
    learnerIds.length === 0 ? [] : guardStorage(() => db.events.where('learnerId').anyOf([...learnerIds]).toArray()),
    listPacks(db),
  ]);
  return { log: readEventLog(rows, { quarantinedIds }), index: indexPacks(packs.map((pack) => pack.manifest)) };
}
