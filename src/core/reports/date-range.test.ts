import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInRange, localDay, makeDateRange, parseDay, startOfDay } from './date-range';

describe('makeDateRange', () => {
  it('accepts the two ends in any order', () => {
    const a = makeDateRange({ from: '2025-03-12', to: '2025-03-10', timeZone: 'UTC' });
    expect([a.from, a.to]).toEqual(['2025-03-10', '2025-03-12']);
    expect(a.startMs).toBe(Date.UTC(2025, 2, 10));
    expect(a.endMs).toBe(Date.UTC(2025, 2, 13));
  });

  it.each([
    ['Africa/Lagos', '2025-03-10', Date.UTC(2025, 2, 9, 23)], // UTC+1
    ['America/Lima', '2025-03-10', Date.UTC(2025, 2, 10, 5)], // UTC-5
    ['Europe/Paris', '2025-03-30', Date.UTC(2025, 2, 29, 23)], // the day clocks go forward at 02:00
    ['Asia/Beirut', '2025-03-30', Date.UTC(2025, 2, 29, 22)], // clocks jump from 00:00 to 01:00: the day starts at the jump
    ['America/Sao_Paulo', '2018-11-04', Date.UTC(2018, 10, 4, 3)], // midnight skipped (DST then)
    ['Asia/Kolkata', '2025-01-01', Date.UTC(2024, 11, 31, 18, 30)], // half-hour offset
  ])('starts a day in %s at the first instant of %s', (timeZone, day, expected) => {
    expect(startOfDay(day, timeZone)).toBe(expected);
  });

  it.each([
    [{ from: '', to: '2025-03-10' }, null, '2025-03-10'],
    [{ from: '2025-02-30', to: undefined }, null, null],
    [{ from: 'soon', to: ' 2025-03-10 ' }, null, '2025-03-10'],
  ])('leaves an empty or invalid end open: %j', (input, from, to) => {
    const range = makeDateRange({ ...input, timeZone: 'UTC' });
    expect([range.from, range.to]).toEqual([from, to]);
    expect(isInRange(makeDateRange({ timeZone: 'UTC' }), 0)).toBe(true);
  });

  it('falls back to UTC for a time zone Intl does not know', () => {
    expect(makeDateRange({ from: '2025-03-10', timeZone: 'Mars/Olympus' }).timeZone).toBe('UTC');
  });

  it('keeps exactly the instants whose local day lies between the ends, whatever the zone and order', () => {
    const zones = fc.constantFrom('UTC', 'Africa/Casablanca', 'Asia/Beirut', 'America/Sao_Paulo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kathmandu');
    const instant = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 0, 1) });
    fc.assert(fc.property(zones, instant, instant, instant, (timeZone, a, b, t) => {
      const [dayA, dayB] = [localDay(a, timeZone), localDay(b, timeZone)];
      const range = makeDateRange({ from: dayA, to: dayB, timeZone });
      const day = localDay(t, timeZone);
      const [low, high] = dayA < dayB ? [dayA, dayB] : [dayB, dayA];
      expect(isInRange(range, t)).toBe(day >= low && day <= high);
    }), { numRuns: 300 });
  });
});

describe('parseDay', () => {
  it.each([['2024-02-29', '2024-02-29'], ['2023-02-29', null], ['2024-2-1', null], [null, null]])('reads %s as %s', (text, day) => {
    expect(parseDay(text)).toBe(day);
  });
});
