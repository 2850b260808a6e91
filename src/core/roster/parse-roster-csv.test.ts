import { describe, expect, it } from 'vitest';
import { SabilError } from '../errors/index';
import { parseRosterCsv, ROSTER_MAX_BYTES, ROSTER_MAX_ROWS } from './parse-roster-csv';

const utf8 = (text: string) => new TextEncoder().encode(text);
const names = (text: string | Uint8Array, existing: string[] = []) =>
  parseRosterCsv(typeof text === 'string' ? utf8(text) : text, existing).valid.map((r) => r.name);

function refusal(bytes: Uint8Array): string | undefined {
  try {
    parseRosterCsv(bytes);
    return undefined;
  } catch (error) {
    return error instanceof SabilError ? error.code : 'not a SabilError';
  }
}

describe('reading a class list', () => {
  it.each([
    ['a plain comma-separated file', 'name,age\nSalma,7\nYoussef,15\n', ['Salma', 'Youssef']],
    ['a semicolon-separated file from a French spreadsheet', 'Nom;Prénom\nBenali, Salma;S\nAmrani;Y', ['Benali, Salma', 'Amrani']],
    ['a UTF-8 byte order mark before the header', '\uFEFFname\nSalma', ['Salma']],
    ['Windows line endings', 'name\r\nSalma\r\nYoussef\r\n', ['Salma', 'Youssef']],
    ['old Mac line endings', 'name\rSalma\rYoussef', ['Salma', 'Youssef']],
    ['quotes around a name holding the separator', 'id,name\n1,"Ben Ali, Salma"\n', ['Ben Ali, Salma']],
    ['a doubled quote inside quotes', 'name\n"Salma ""Sousou"" B."', ['Salma "Sousou" B.']],
    ['a line break inside quotes', 'name,note\n"Salma\nB.",x\nYoussef,y', ['Salma\nB.', 'Youssef']],
    ['blank lines, which are skipped', '\nname\n\nSalma\n , \nYoussef\n\n', ['Salma', 'Youssef']],
    ['the Arabic header and names', 'الاسم\nسلمى\nيوسف', ['سلمى', 'يوسف']],
    ['a header in another case and spacing', 'Class, Display  Name \n3A,Salma', ['Salma']],
    ['spaces around a name, which are trimmed', 'name\n  Salma  ', ['Salma']],
  ])('reads %s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a UTF-16 little-endian file', new Uint8Array([0xff, 0xfe, 0x6e, 0x00]), 'roster/wrong-encoding'],
    ['a UTF-16 big-endian file', new Uint8Array([0xfe, 0xff, 0x00, 0x6e]), 'roster/wrong-encoding'],
    ['a Latin-1 file (é as one byte)', new Uint8Array([...utf8('nom\nH'), 0xe9, ...utf8('l\n')]), 'roster/wrong-encoding'],
    ['an empty file', new Uint8Array(), 'roster/empty'],
    ['a file of blank lines', utf8('\n\r\n , \n'), 'roster/empty'],
    ['a header with no learners', utf8('name\n'), 'roster/empty'],
    ['no name column', utf8('first,last\nSalma,B'), 'roster/missing-column'],
    ['more than the row limit', utf8(`name\n${Array.from({ length: ROSTER_MAX_ROWS + 1 }, (_, i) => `L${i}`).join('\n')}`), 'roster/too-large'],
    ['more than the byte limit', new Uint8Array(ROSTER_MAX_BYTES + 1).fill(0x61), 'roster/too-large'],
  ])('refuses %s', (_case, bytes, code) => {
    expect(refusal(bytes)).toBe(code);
  });

  it('accepts exactly the row limit', () => {
    expect(names(`name\n${Array.from({ length: ROSTER_MAX_ROWS }, (_, i) => `L${i}`).join('\n')}`)).toHaveLength(ROSTER_MAX_ROWS);
  });

  it('reports each bad row by the number the spreadsheet shows, counting the header and blank lines', () => {
    const csv = ['name', 'Salma', '', '""', `"${'x'.repeat(101)}"`, 'salma ', 'Adam', '"Nour\nB."', 'nour  b.', 'Youssef'].join('\n');
    const parsed = parseRosterCsv(utf8(csv), ['YOUSSEF']);
    expect(parsed.valid).toEqual([
      { row: 2, name: 'Salma' },
      { row: 7, name: 'Adam' },
      { row: 8, name: 'Nour\nB.' },
    ]);
    expect(parsed.problems).toEqual([
      { row: 5, name: 'x'.repeat(101), problem: 'roster/name-too-long' },
      { row: 6, name: 'salma', problem: 'roster/duplicate-in-file' },
      { row: 9, name: 'nour  b.', problem: 'roster/duplicate-in-file' },
      { row: 10, name: 'Youssef', problem: 'roster/duplicate-in-class' },
    ]);
  });

  it('reports a row whose name cell is empty while other cells are not', () => {
    expect(parseRosterCsv(utf8('name;class\n;3A\nSalma;3A')).problems).toEqual([{ row: 2, name: '', problem: 'roster/name-empty' }]);
  });
});
