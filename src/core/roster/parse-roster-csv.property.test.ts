import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnerNameKey, MAX_LEARNER_NAME_LENGTH } from './check-roster-names';
import { parseRosterCsv } from './parse-roster-csv';

/** Names a spreadsheet could hold: any text, trimmed, non-empty, short enough, no two the same. */
const validNames = fc.uniqueArray(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= MAX_LEARNER_NAME_LENGTH),
  { minLength: 1, maxLength: 40, selector: learnerNameKey },
);

/** A cell as a spreadsheet may write it: quoted (quotes doubled) when it must be, or when it likes. */
function cell(value: string, quote: boolean, separator: string): string {
  const mustQuote = /["\r\n]/.test(value) || value.includes(separator) || value !== value.trim();
  return quote || mustQuote ? `"${value.replace(/"/g, '""')}"` : value;
}

describe('any class list written as CSV', () => {
  it('reads back the same names, whatever the separator, quoting and line endings', () => {
    fc.assert(
      fc.property(
        validNames,
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        fc.infiniteStream(fc.boolean()),
        fc.boolean(),
        (names, separator, newline, quotes, bom) => {
          const lines = [`id${separator}name`, ...names.map((name, i) => `${i}${separator}${cell(name, quotes.next().value, separator)}`)];
          const text = (bom ? '\uFEFF' : '') + lines.join(newline);
          const parsed = parseRosterCsv(new TextEncoder().encode(text));
          expect(parsed.problems).toEqual([]);
          expect(parsed.valid.map((r) => r.name)).toEqual(names);
        },
      ),
      { numRuns: 300 },
    );
  });
});
