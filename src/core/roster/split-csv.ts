/**
 * RFC 4180 records from text: fields separated by `,` or `;`, records by CRLF, LF or CR, fields
 * in double quotes may hold separators and line breaks, and `""` inside quotes is one quote.
 * Lenient like spreadsheets: a quote inside an unquoted field is kept as text, and an unclosed
 * quote runs to the end of the file.
 */

export type CsvSeparator = ',' | ';';

/** The separator of a file, judged from its first record: French spreadsheets write `;`. */
export function detectSeparator(text: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export function splitCsv(text: string, separator: CsvSeparator): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (ch === separator) {
      record.push(field);
      field = '';
      atFieldStart = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      atFieldStart = true;
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  // The last record has no line break after it, unless the file ended with one.
  if (field !== '' || record.length > 0 || !atFieldStart) {
    record.push(field);
    records.push(record);
  }
  return records;
}
