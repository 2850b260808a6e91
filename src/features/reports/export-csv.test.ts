import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCsvBlob, CSV_BOM, csvCell, csvLine } from './export-csv';

/** A tiny RFC 4180 reader, for tests only: fields, quotes, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

async function* asyncRows(count: number) {
  for (let i = 1; i <= count; i++) yield [i, `Learner ${i}`, i % 2 === 0 ? 'سلمى, "نجمة"' : '=1+1'];
}

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+33 6', "'+33 6"],
    ['-2', "'-2"],
    ['@cmd', "'@cmd"],
    ['=A1,"x"', `"'=A1,""x"""`],
    [-2, '-2'],
    [Number.NaN, ''],
    [null, ''],
    [true, 'true'],
  ])('writes %j as %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('reads back as the same text (with the formula guard) whatever the text', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }), (cells) => {
      const [parsed] = parseCsv(csvLine(cells));
      expect(parsed).toEqual(cells.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
    }), { numRuns: 500 });
  });
});

describe('buildCsvBlob', () => {
  it('writes 100,000 rows in chunks, giving the page a turn between them and reporting progress', async () => {
    let turns = 0;
    const progress: number[] = [];
    const blob = await buildCsvBlob(['#', 'name', 'note'], asyncRows(100_000), {
      yieldToPage: async () => void turns++,
      onProgress: (done) => progress.push(done),
    });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    let expectedSize = new TextEncoder().encode(`${CSV_BOM}#,name,note\r\n`).length;
    for (let i = 1; i <= 100_000; i++) expectedSize += new TextEncoder().encode(csvLine([i, `Learner ${i}`, i % 2 === 0 ? 'سلمى, "نجمة"' : '=1+1'])).length;
    expect(blob.size).toBe(expectedSize);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('#,name,note');
    expect(lines[1]).toBe("1,Learner 1,'=1+1");
    expect(lines[100_000]).toBe('100000,Learner 100000,"سلمى, ""نجمة"""');
    expect(lines[100_001]).toBe('');
    expect(turns).toBe(50);
    expect(progress.at(0)).toBe(2000);
    expect(progress.at(-1)).toBe(100_000);
    expect(blob.type).toBe('text/csv;charset=utf-8');
  });

  it('stops with an AbortError when cancelled between chunks', async () => {
    const controller = new AbortController();
    let turns = 0;
    const building = buildCsvBlob(['#'], asyncRows(10_000), {
      chunkRows: 1000, signal: controller.signal,
      yieldToPage: async () => { if (++turns === 2) controller.abort(); },
    });
    await expect(building).rejects.toMatchObject({ name: 'AbortError' });
    expect(turns).toBe(2);
  });

  it('writes only the header for no rows', async () => {
    const blob = await buildCsvBlob(['a', 'b'], []);
    expect(await blob.text()).toBe('a,b\r\n'); // text() drops the byte order mark…
    expect(blob.size).toBe(3 + 5); // …which is there: 3 bytes
  });
});
