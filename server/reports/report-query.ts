/**
 * Reads the query string of the report and sync health routes. A value that is present but wrong
 * is `400 http/bad-request` naming the field; absent values take their defaults.
 */
import { toDayRange, type DayRange } from '../../src/core/school-reports/index';
import { SabilError } from '../../src/core/errors/index';
import type { ApiContext } from '../api/api-context';

/** Pack ids follow the pack id rule (docs/pack-format.md); class ids are the server's UUIDs. */
const PACK_ID = /^[A-Za-z0-9._-]{1,128}$/;
const CLASS_ID = /^[0-9a-f-]{36}$/;
export const DEFAULT_SILENT_DAYS = 14;

export interface ReportQuery {
  range: DayRange;
  packId?: string;
  classId?: string;
}

const badField = (field: string) => new SabilError('http/bad-request', { field });

function optional(c: ApiContext, field: string, pattern: RegExp): string | undefined {
  const value = c.req.query(field)?.trim();
  if (!value) return undefined;
  if (!pattern.test(value)) throw badField(field);
  return value;
}

export function readReportQuery(c: ApiContext): ReportQuery {
  const result = toDayRange({ from: c.req.query('from'), to: c.req.query('to'), tz: c.req.query('tz') });
  if (!result.ok) throw badField(result.field);
  const packId = optional(c, 'pack', PACK_ID);
  const classId = optional(c, 'classId', CLASS_ID);
  return { range: result.range, ...(packId ? { packId } : {}), ...(classId ? { classId } : {}) };
}

export function readSilentDays(c: ApiContext): number {
  const text = c.req.query('silentDays')?.trim();
  if (!text) return DEFAULT_SILENT_DAYS;
  const days = Number(text);
  if (!/^\d{1,4}$/.test(text) || days < 1) throw badField('silentDays');
  return days;
}
