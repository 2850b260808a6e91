/**
 * CSV files for spreadsheets, written without freezing the page: rows are turned into text in
 * chunks, each chunk becomes a Blob part, and the loop gives the page a turn between chunks, so
 * 100,000 rows export on a slow phone while the progress bar moves and "Cancel" still works.
 * RFC 4180 quoting, CRLF lines, a UTF-8 byte order mark (spreadsheets then read Arabic right),
 * and cells that a spreadsheet would run as a formula are made plain text with a leading `'`.
 */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Rows per chunk between two turns of the page (default 2,000). */
  chunkRows?: number;
  signal?: AbortSignal;
  /** Called after each chunk with the number of rows written so far. */
  onProgress?: (rowsDone: number) => void;
  /** How to give the page a turn; tests count the calls. */
  yieldToPage?: () => Promise<void>;
}

export const CSV_BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;
// OWASP "CSV injection": these first characters make Excel, LibreOffice and Sheets evaluate a cell.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (cells: readonly CsvCell[]) => `${cells.map(csvCell).join(',')}\r\n`;

interface SchedulerWithYield { yield?: () => Promise<void> }

/** `scheduler.yield()` where the browser has it (keeps the task's priority), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler; // not yet in TypeScript's DOM types
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

/** The whole file as a Blob (type text/csv), header first; rejects with AbortError when cancelled. */
export async function buildCsvBlob(header: readonly CsvCell[], rows: Iterable<readonly CsvCell[]> | AsyncIterable<readonly CsvCell[]>, options: CsvOptions = {}): Promise<Blob> {
  const chunkRows = Math.max(1, options.chunkRows ?? 2000);
  const giveTurn = options.yieldToPage ?? yieldToPage;
  const parts: string[] = [CSV_BOM + csvLine(header)];
  let chunk = '';
  let inChunk = 0;
  let done = 0;
  options.signal?.throwIfAborted();
  for await (const row of rows) {
    chunk += csvLine(row);
    inChunk++;
    done++;
    if (inChunk === chunkRows) {
      parts.push(chunk);
      chunk = '';
      inChunk = 0;
      options.onProgress?.(done);
      await giveTurn();
      options.signal?.throwIfAborted();
    }
  }
  if (chunk) parts.push(chunk);
  options.onProgress?.(done);
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** Saves a Blob as a file through an object URL, released once the browser has started the download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once cancels the download in some browsers (Firefox); a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function exportCsv(fileName: string, header: readonly CsvCell[], rows: Iterable<readonly CsvCell[]> | AsyncIterable<readonly CsvCell[]>, options: CsvOptions = {}): Promise<void> {
  downloadBlob(await buildCsvBlob(header, rows, options), fileName);
}
