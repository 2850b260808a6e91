/**
 * Reads a class list exported from a spreadsheet, before anything is sent: which rows can be
 * imported and, for the others, why — by the row number the spreadsheet shows. Problems with the
 * whole file (encoding, no name column, empty, too large) are thrown as SabilError.
 */
import { SabilError } from '../errors/index';
import { checkRosterNames, type RosterRowProblem } from './check-roster-names';
import { detectSeparator, splitCsv } from './split-csv';

export const ROSTER_MAX_BYTES = 1024 * 1024;
export const ROSTER_MAX_ROWS = 1000;

/** Header cells that name the learner's column, compared without case or spaces. */
const NAME_HEADERS = new Set(['name', 'nom', 'الاسم', 'الإسم', 'displayname']);

export interface RosterRow {
  /** 1-based, counting the header and blank rows, as the spreadsheet numbers it. */
  row: number;
  name: string;
}

export interface RosterRowReport extends RosterRow {
  problem: RosterRowProblem;
}

export interface ParsedRoster {
  valid: RosterRow[];
  problems: RosterRowReport[];
}

function decode(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new SabilError('roster/wrong-encoding');
  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(hasUtf8Bom ? bytes.subarray(3) : bytes);
  } catch (cause) {
    throw new SabilError('roster/wrong-encoding', {}, { cause });
  }
}

const headerKey = (cell: string) => cell.normalize('NFC').replace(/\s+/gu, '').toLowerCase();
const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

/** `existingNames`: the class's learners already on the server, so their duplicates show now. */
export function parseRosterCsv(bytes: Uint8Array, existingNames: readonly string[] = []): ParsedRoster {
  if (bytes.length > ROSTER_MAX_BYTES) throw new SabilError('roster/too-large', { maxRows: ROSTER_MAX_ROWS });
  const text = decode(bytes);
  const records = splitCsv(text, detectSeparator(text)).map((cells, index) => ({ row: index + 1, cells }));
  const [header, ...rest] = records.filter(({ cells }) => !isBlank(cells));
  if (!header) throw new SabilError('roster/empty');
  const column = header.cells.findIndex((cell) => NAME_HEADERS.has(headerKey(cell)));
  if (column < 0) throw new SabilError('roster/missing-column');
  if (rest.length === 0) throw new SabilError('roster/empty');
  if (rest.length > ROSTER_MAX_ROWS) throw new SabilError('roster/too-large', { maxRows: ROSTER_MAX_ROWS });

  const rows = rest.map(({ row, cells }) => ({ row, name: (cells[column] ?? '').trim() }));
  const problems = checkRosterNames(
    rows.map((r) => r.name),
    existingNames,
  );
  const parsed: ParsedRoster = { valid: [], problems: [] };
  rows.forEach((row, index) => {
    const problem = problems[index];
    if (problem) parsed.problems.push({ ...row, problem });
    else parsed.valid.push(row);
  });
  return parsed;
}
